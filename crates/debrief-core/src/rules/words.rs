//! What the rules read in a sentence's tokens (`text::tokens`): phrases,
//! numbers, past tenses.

pub use crate::text::tokens::{tokens, Token};
pub use crate::text::words::WordList;
use rustc_hash::FxHashMap;

/// Whether `words` (lower-case, space-separated) occur at `tokens[at..]`.
pub fn phrase_at(tokens: &[Token], at: usize, words: &str) -> bool {
    // Rules try every phrase at every word: reject on the first word before
    // splitting the phrase.
    let Some(first) = tokens.get(at) else {
        return false;
    };
    let head = first.word().as_bytes();
    // Most tries fail on the first letter: test it before comparing more.
    let opens = words.as_bytes().first() == head.first()
        && words.as_bytes().starts_with(head)
        && words.as_bytes().get(head.len()).copied().unwrap_or(b' ') == b' ';
    if !opens {
        return false;
    }
    let mut i = at;
    for expected in words.split(' ') {
        match tokens.get(i) {
            Some(token) if token.word() == expected => i += 1,
            _ => return false,
        }
    }
    true
}

/// A phrase list indexed by first word, each phrase split into words once:
/// trying it at a word costs one lookup rather than one comparison per
/// phrase, which matters because the rules try their lists at every word of
/// every answer.
pub struct Phrases {
    by_first: FxHashMap<&'static str, Vec<Listed>>,
    /// The first bytes and the lengths of the phrases' first words. Most
    /// words open no phrase, and these reject them without hashing them.
    first_bytes: [bool; 256],
    first_lengths: u64,
}

/// A phrase of a list and its words after the first.
struct Listed {
    phrase: &'static str,
    rest: Vec<&'static str>,
}

impl Listed {
    /// Whether the words after the first follow `tokens[at]`.
    fn follows(&self, tokens: &[Token<'_>], at: usize) -> bool {
        let after = tokens.get(at + 1..at + 1 + self.rest.len());
        after.is_some_and(|after| {
            after
                .iter()
                .zip(&self.rest)
                .all(|(token, word)| token.word() == *word)
        })
    }
}

impl Phrases {
    pub fn new(list: &'static [&'static str]) -> Self {
        let mut by_first: FxHashMap<&'static str, Vec<Listed>> = FxHashMap::default();
        let mut first_bytes = [false; 256];
        let mut first_lengths = 0;
        for phrase in list {
            let mut words = phrase.split(' ');
            let first = words.next().unwrap_or_default();
            if let Some(&byte) = first.as_bytes().first() {
                first_bytes[usize::from(byte)] = true;
            }
            first_lengths |= length_bit(first.len());
            by_first.entry(first).or_default().push(Listed {
                phrase,
                rest: words.collect(),
            });
        }
        Phrases {
            by_first,
            first_bytes,
            first_lengths,
        }
    }

    /// Whether `word` may be the first word of a phrase: false for most
    /// words, which is decided without hashing them.
    #[inline]
    fn may_open(&self, word: &str) -> bool {
        let opens = match word.as_bytes().first() {
            Some(&byte) => self.first_bytes[usize::from(byte)],
            None => true,
        };
        opens && self.first_lengths & length_bit(word.len()) != 0
    }

    /// The phrases that `tokens[at]` may open, whose other words are still
    /// to be compared. Inlined: for most words this is an empty slice,
    /// decided without a call.
    #[inline]
    fn opened_at(&self, tokens: &[Token<'_>], at: usize) -> &[Listed] {
        match tokens.get(at) {
            Some(token) if self.may_open(token.word()) => self.opened_by(token.word()),
            _ => &[],
        }
    }

    fn opened_by(&self, word: &str) -> &[Listed] {
        self.by_first.get(word).map_or(&[], Vec::as_slice)
    }

    #[inline]
    fn listed_at<'a>(
        &'a self,
        tokens: &'a [Token<'_>],
        at: usize,
    ) -> impl Iterator<Item = &'a Listed> + 'a {
        self.opened_at(tokens, at)
            .iter()
            .filter(move |listed| listed.follows(tokens, at))
    }

    /// The phrases of the list that occur at `tokens[at..]`, in list order.
    #[inline]
    pub fn at<'a>(
        &'a self,
        tokens: &'a [Token<'_>],
        at: usize,
    ) -> impl Iterator<Item = &'static str> + 'a {
        self.listed_at(tokens, at).map(|listed| listed.phrase)
    }

    /// The length in words of the longest phrase at `tokens[at..]`.
    #[inline]
    pub fn longest_at(&self, tokens: &[Token<'_>], at: usize) -> Option<usize> {
        self.listed_at(tokens, at)
            .map(|listed| listed.rest.len() + 1)
            .max()
    }
}

/// A word length's bit in a set of lengths; lengths from 63 on share a
/// bit.
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// The number of tokens in the phrase `words`.
pub fn phrase_len(words: &str) -> usize {
    words.split(' ').count()
}

/// Whether the word is a number: digits ("40", "3.5", "10x", "20%") or a
/// number word.
pub fn is_number(word: &str) -> bool {
    const NUMBER_WORDS: WordList = WordList::new(&[
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "percent",
        "half",
        "twice",
        "double",
        "triple",
        "dozen",
        "dozens",
    ]);
    word.chars().next().is_some_and(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(word)
}

/// The leftmost of `phrases` in `tokens`, the longest where several start
/// at the same word: the index of its first token and its length.
pub fn find_phrase(tokens: &[Token], phrases: &Phrases) -> Option<(usize, usize)> {
    (0..tokens.len()).find_map(|i| phrases.longest_at(tokens, i).map(|len| (i, len)))
}

/// Whether the word is a verb's simple past: a regular "-ed" ("migrated",
/// "used") or a common irregular one ("built", "led").
pub fn is_past_tense(word: &str) -> bool {
    const IRREGULAR: WordList = WordList::new(&[
        "began", "bought", "broke", "brought", "built", "caught", "chose", "cut", "did", "drove",
        "fought", "found", "gave", "got", "held", "hired", "kept", "led", "left", "lost", "made",
        "met", "paid", "put", "ran", "rebuilt", "rewrote", "said", "saw", "sent", "set", "shut",
        "sold", "spent", "split", "spoke", "taught", "told", "took", "went", "won", "wrote",
    ]);
    // "-eed" words are nouns and verbs in the present ("need", "speed"),
    // bar the two common pasts.
    let regular = word.len() >= 4
        && word.ends_with("ed")
        && (!word.ends_with("eed") || matches!(word, "agreed" | "freed"))
        && word != "hundred";
    regular || IRREGULAR.contains(word)
}

/// Where "I" or "we" is followed by a past-tense verb, directly or after
/// one adverb ("I built", "we then migrated"): the pronoun's index. This is
/// how speech tells a real occasion rather than a habit ("I usually…") or an
/// opinion ("I think…"); "I was", "I have" and "I am interested" are left
/// out, since they describe rather than act.
pub fn first_person_past(tokens: &[Token]) -> Option<usize> {
    const ADVERBS: &[&str] = &[
        "then", "also", "just", "first", "soon", "later", "again", "both", "all", "together",
        "still", "even",
    ];
    let adverb = |word: &str| word.ends_with("ly") || ADVERBS.contains(&word);
    tokens.iter().enumerate().find_map(|(i, token)| {
        if !matches!(token.word(), "i" | "we") {
            return None;
        }
        let next = tokens.get(i + 1)?.word();
        let acted = is_past_tense(next)
            || (adverb(next) && tokens.get(i + 2).is_some_and(|t| is_past_tense(t.word())));
        acted.then_some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words() {
        let found = tokens("You know, it works", 0);
        assert!(phrase_at(&found, 0, "you know"));
        assert!(!phrase_at(&found, 1, "you know"));
    }

    #[test]
    fn leftmost_longest_phrase() {
        let found = tokens("so we had to fix it", 0);
        assert_eq!(
            find_phrase(&found, &Phrases::new(&["fix", "we had", "we had to"])),
            Some((1, 3))
        );
        assert_eq!(find_phrase(&found, &Phrases::new(&["we have"])), None);
    }

    #[test]
    fn word_lists_rule_out_by_shape_and_then_compare() {
        const LIST: WordList = WordList::new(&["um", "uh", "hmm", ""]);
        for word in ["um", "uh", "hmm", ""] {
            assert!(LIST.contains(word), "{word}");
        }
        // "ur" has the shape of "um" and "uh"; "hm" and "umm" have none.
        for word in ["ur", "hm", "umm", "u", "UM"] {
            assert!(!LIST.contains(word), "{word}");
        }
        let long = WordList::new(&["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]);
        assert!(!long.contains(&"a".repeat(31)));
        assert!(long.contains(&"a".repeat(40)));
    }

    #[test]
    fn first_person_past_actions() {
        let at = |text: &str| first_person_past(&tokens(text, 0));
        assert_eq!(at("Then I built the cache."), Some(1));
        assert_eq!(at("We quickly migrated it."), Some(0));
        assert_eq!(at("We used Kafka."), Some(0));
        assert_eq!(at("I usually need a plan."), None);
        assert_eq!(at("I am interested in the role."), None);
        assert_eq!(at("I think teamwork matters."), None);
    }
}
