//! The phrase lists behind `cues`. All entries are lower-case words as
//! `text::words::normalized` yields them, separated by single spaces.

/// Discourse markers skipped before looking at how a sentence starts.
pub const LEAD_INS: &[&str] = &[
    "please", "so", "okay", "ok", "and", "alright", "all", "well", "now", "then", "yeah", "yes", "great",
    "cool", "um", "uh", "but", "also", "next", "sure", "hmm", "mhmm", "fine", "good", "right",
    "perfect", "nice", "awesome", "understood", "thanks", "oh",
];

pub const WH_WORDS: &[&str] = &["what", "what's", "whats", "how", "why", "where", "when", "which", "who", "whose"];

/// Openings that make a `?` sentence a real question.
pub const QUESTION_OPENERS: &[&str] = &[
    "what", "what's", "whats", "how", "why", "where", "when", "which", "who", "whom", "whose",
    "can you", "could you", "would you", "will you", "do you", "did you", "does", "have you",
    "has", "had you", "are you", "were you", "is", "are", "was", "were", "should", "shall we",
    "may", "any", "is there", "are there", "you have", "you've",
];

/// Inner phrases that make a `?` sentence a real question.
pub const QUESTION_INSIDE: &[&str] = &[
    "what is", "what's", "what are", "how do", "how does", "how would", "how can", "how did",
    "why do", "why did", "difference between", "do you", "did you", "have you", "can you",
    "could you", "would you", "what about", "how about", "any other", "what kind",
];

/// Words that, alone or nearly, make a `?` a tag ("Right?").
pub const TAG_WORDS: &[&str] = &[
    "right", "okay", "ok", "correct", "yeah", "yes", "no", "huh", "see", "sure", "alright", "so",
];

/// Endings that make a `?` sentence a tag ("…, right?", "you know?").
pub const TAGS: &[&str] = &[
    "right", "okay", "ok", "correct", "yeah", "you know", "isn't it", "is it", "am i right",
    "know what i mean", "no", "huh", "yes", "don't you think", "isn't that right",
];

/// Openings of a speaker asking leave or checking the task.
pub const CLARIFYING: &[&str] = &[
    "can i", "could i", "may i", "shall i", "should i", "do i", "am i", "do you want me",
    "would you like me", "you want me", "want me", "is it okay if i", "is it fine if i",
    "is it fine for if i", "is that okay", "is that fine", "do you mean", "you mean",
    "are you asking", "are you saying", "did you say", "can we assume", "should we assume",
    "so you want", "you're asking", "you are asking",
];

/// Inner phrases of a `?` sentence that check the task.
pub const CLARIFYING_INSIDE: &[&str] = &[
    "you're saying", "you are saying", "you mean", "you want me", "do i need", "should i",
    "can i", "shall i", "may i", "do i", "you said", "i'm sorry", "sorry", "pardon",
    "i didn't get", "go to the next", "you are asking", "you're asking", "are you asking",
    "to what",
];

/// Openings of an instruction or request.
pub const PROMPTS: &[&str] = &[
    "tell me", "tell us", "walk me through", "walk us through", "take me through",
    "talk me through", "describe", "explain", "give me", "give us", "write", "implement",
    "design", "talk about", "talk to me about", "let's talk about", "let's discuss",
    "let's start with", "can you", "could you", "would you", "will you",
    "i want you to", "i'd like you to", "i would like you to", "i would like to",
    "i'd like to", "i want to know", "i want to understand", "how about", "what about",
    "given a", "given an",
    "go ahead and", "maybe a little bit more about", "a little bit more about", "share",
    "elaborate", "define", "compare",
];

/// Inner phrases of an instruction or request.
pub const PROMPTS_INSIDE: &[&str] = &[
    "more about you", "about yourself", "introduce yourself", "little bit about you",
    "about your background", "about your experience", "any questions for me",
    "any questions for us", "questions for me", "walk me through", "tell me about",
    "tell me how", "tell me what", "tell me why", "i want you to", "i'd like you to",
    "can you explain", "could you explain", "can you tell", "could you tell",
    "can you walk", "can you describe", "can you give",
];

/// Acknowledgement and back-channel words.
pub const ACK_WORDS: &[&str] = &[
    "okay", "ok", "yeah", "yes", "yep", "yup", "right", "sure", "mhmm", "mm", "hmm", "mm-hmm",
    "uh-huh", "got", "it", "great", "good", "nice", "cool", "perfect", "fine", "understood",
    "alright", "all", "thanks", "thank", "you", "awesome", "makes", "sense", "that", "i",
    "see", "interesting", "excellent", "correct", "exactly", "absolutely", "wonderful", "k",
    "so", "no", "oh", "ah", "very", "that's", "gotcha", "true", "fair", "enough", "sounds",
    "much", "well", "uh", "um", "wow", "really", "indeed", "definitely", "lovely",
];

/// Acknowledgements that judge what was heard.
pub const EVALUATIVE_ACKS: &[&str] = &[
    "great", "got it", "makes sense", "perfect", "nice", "excellent", "interesting",
    "understood", "awesome", "good", "cool", "wonderful", "fair enough", "i see", "thank you",
    "thanks", "gotcha", "lovely", "very good",
];

pub const INVITES_QUESTIONS: &[&str] = &[
    "any questions for me", "any questions for us", "questions for me", "questions for us",
    "anything you want to ask", "anything you'd like to ask", "what questions do you have",
    "any questions about", "do you have any questions", "have any questions", "questions on your side",
    "questions from your side", "questions from your end",
];

pub const CLOSINGS: &[&str] = &[
    "bye", "goodbye", "bye-bye", "nice talking to you", "nice talking with you",
    "nice to talk to you", "nice speaking with you", "nice speaking to you",
    "have a good day", "have a great day", "have a nice day", "have a good one",
    "have a great weekend", "have a good evening", "have a good weekend",
    "thanks for your time", "thank you for your time", "we'll get back to you",
    "we will get back to you", "will be in touch", "nice interview", "take care",
    "talk to you soon", "it was a pleasure", "good talking to you", "great talking to you",
    "great chatting", "nice chatting",
];

pub const OPENINGS: &[&str] = &[
    "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "welcome",
    "thanks for joining", "thank you for joining", "nice to meet you", "can you hear me",
];

pub const OPENINGS_INSIDE: &[&str] = &[
    "introduce yourself", "about yourself", "thanks for joining", "thank you for joining",
    "nice to meet you", "thanks for taking the time", "thank you for taking the time",
];

pub const MOVE_ONS: &[&str] = &[
    "next question", "next one", "go to the next", "move on", "moving on", "let's move",
    "my next question", "the next thing", "last question", "another question",
    "one more question", "switch gears", "change gears", "next topic",
];

pub const FIRST_PERSON: &[&str] = &["i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself", "im"];

pub const SECOND_PERSON: &[&str] = &[
    "you", "your", "you're", "you've", "you'd", "you'll", "yours", "yourself", "ur",
];

/// Sounds that are hesitations wherever they occur.
pub const NOISES: &[&str] = &["um", "uh", "umm", "uhh", "er", "erm", "hmm"];

/// Words that are hesitations when set off by commas.
pub const HESITATIONS: &[&str] = &["like", "basically", "actually"];

pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "would", "will", "should", "can", "could",
    "have", "has", "kind", "type", "exactly", "happens", "happened",
];

/// Questions about the speaker's own doing: thinking aloud, not asking.
pub const RHETORICAL: &[&str] = &[
    "what are my", "what is my", "what was my", "what did i", "what do i", "how did i",
    "why did i", "what i", "what we", "how can i", "what should i", "what will i",
    "what are we", "what did we", "so what i", "what my", "what will happen",
    "what happened", "what it will do", "what will it do", "what we need to do",
];

/// Openings that make a sentence a question even without its `?`.
pub const UNMARKED_OPENERS: &[&str] = &[
    "what is the", "what's the", "what are the", "what is a", "what is an",
    "what is the purpose", "what is the difference", "how do you", "how would you",
    "how does", "why do you", "why would you", "can you explain", "could you explain",
    "have you ever", "have you used", "have you worked", "do you know",
];

/// Openings that continue the speaker's previous thought.
pub const CONTINUATIONS: &[&str] = &[
    "and", "so", "but", "also", "then", "because", "after", "or", "like", "which", "that",
    "plus", "additionally", "again", "yeah", "yes", "okay", "right", "no", "this", "these",
    "those", "it", "they", "there", "here", "for", "if", "as", "when", "while",
];

/// Common English function words.
pub const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
    "have", "has", "had", "it", "its", "it's", "this", "that", "these", "those", "there",
    "here", "i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my",
    "your", "our", "their", "his", "what", "which", "who", "how", "why", "when", "where",
    "can", "could", "would", "should", "will", "shall", "may", "might", "must", "not", "no",
    "so", "if", "then", "than", "also", "just", "like", "very", "about", "into", "out", "up",
    "down", "over", "any", "some", "all", "each", "every", "one", "more", "most", "such",
    "only", "own", "same", "other", "again", "too", "way", "thing", "things", "kind", "sort",
    "lot", "get", "got", "go", "going", "know", "think", "mean", "say", "said", "yeah",
    "okay", "ok", "right", "well", "now", "let", "let's", "i'm", "you're", "we're", "don't",
    "didn't", "can't", "it's", "that's", "there's", "what's", "basically", "actually",
    "something", "anything", "everything", "maybe", "really", "much", "many", "want", "need",
    "use", "used", "using", "make", "made", "take", "see", "tell", "explain", "about",
];

/// Words that join the parts of a bare topic prompt.
pub const TOPIC_JOINS: &[&str] = &["and", "or", "vs", "versus", "of", "between"];

pub const ARTICLES: &[&str] = &["the", "a", "an"];

/// Words of questions about the call and its tools, not the subject.
pub const LOGISTICS: &[&str] = &[
    "screen", "sharing", "suggestions", "extension", "loading", "hear", "audio", "video",
    "camera", "mute", "unmute", "chat", "link", "minute", "visible", "browser", "chrome",
    "tab", "zoom", "connection", "lagging", "echo", "mic", "microphone", "headphones",
];

/// Phrases of questions about the call and its tools.
pub const LOGISTICS_PHRASES: &[&str] = &[
    "start again", "stop and start", "one second", "hold on", "give me a second",
    "can you repeat", "could you repeat", "say that again", "are you there",
];

/// Openings of a sentence that carries on from the same speaker's question.
pub const SELF_CONTINUATIONS: &[&str] = &[
    "because", "like", "or", "i mean", "and we", "and i", "so we", "so i", "means",
];
