use super::macros::rule;
use super::words::WordList;
use super::{Context, Rule};
use crate::report::Finding;

rule! {
    /// Swearing, in an answer or in the small talk around the questions
    /// ("Oh, fuck. I'm sorry." after the last question still counts).
    ///
    /// Why it matters: the interview does not stop between questions. Even a
    /// slip the interviewer laughs off can decide between two close
    /// candidates, and it is easy to avoid.
    ///
    /// Example: "The old code was total crap." Instead: "The old code was
    /// hard to change." For a slip, "Sorry, one moment" is enough. Only whole
    /// words count: "class", "assess", "Diffie-Hellman" and "scrapped" are
    /// fine.
    pub struct Profanity {
        code: "professionalism.profanity",
        name: "profanity",
        category: Professionalism,
        severity: Error,
    }
}

/// Swear words as whole, lower-cased words.
const SWEARS: WordList = WordList::new(&[
    "shit", "shits", "shitty", "bullshit", "damn", "dammit", "damnit", "goddamn", "crap", "crappy",
    "bitch", "bitches", "bastard", "bastards", "asshole", "assholes", "arsehole", "wtf", "pissed",
    "piss", "dickhead", "cunt", "bollocks",
]);

/// Every word starting with this is a swear ("fucking", "fucked");
/// "motherfucker" is checked apart.
const SWEAR_STEM: &str = "fuck";

fn is_swear(word: &str) -> bool {
    word.starts_with(SWEAR_STEM) || word == "motherfucker" || SWEARS.contains(word)
}

impl Rule for Profanity {
    fn meta(&self) -> &'static super::Meta {
        &Self::META
    }

    fn check(&self, context: &Context<'_>, out: &mut Vec<Finding>) {
        for sentence in context.answer.iter().chain(&context.aside) {
            for token in sentence.tokens.iter().filter(|t| is_swear(t.word())) {
                out.push(Self::META.finding(
                    token.span,
                    format!("Swearing: \u{201C}{}\u{201D}.", sentence.said(token.span)),
                    Some(
                        "Leave it out; after a slip, \u{201C}Sorry, one moment\u{201D} is enough."
                            .into(),
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Kind;
    use crate::rules::testing::{check, context, quoted, run};

    fn swears(answer: &str) -> Vec<&str> {
        quoted(answer, &check(&Profanity, Kind::Technical, "", answer))
    }

    #[test]
    fn before_and_after() {
        let before = "The old code was total crap, so we scrapped it.";
        assert_eq!(swears(before), ["crap"]);
        let after = "The old code was hard to change, so we scrapped it.";
        assert!(swears(after).is_empty());
    }

    #[test]
    fn small_talk_after_the_last_question_counts() {
        let text = "I have no questions.\nCool. Thank you. Oh, fuck. I'm sorry.";
        let mut context = context(Kind::CandidateQuestion, "Any questions for me?", text);
        context.aside = context.answer.split_off(1);
        let findings = run(&Profanity, &context);
        assert_eq!(quoted(text, &findings), ["fuck"]);
        assert_eq!(findings[0].severity, "error");
    }

    #[test]
    fn whole_words_only() {
        let text =
            "The class assesses Diffie-Hellman and Hellman keys; we scrapped the Dammam office.";
        assert!(swears(text).is_empty(), "{:?}", swears(text));
        assert_eq!(swears("What the fucking hell, damn."), ["fucking", "damn"]);
    }
}
