//! Many phrases of whole words, found in a text one word at a time.
//!
//! The topic index holds thousands of phrases. As an Aho-Corasick DFA over
//! bytes they make a table of megabytes, and reading a text is a cache miss
//! per byte; as a trie over word ids they cost a hash look-up or two per
//! word, in tables that stay in cache.

use rustc_hash::FxHashMap;

/// The id of a word no phrase contains.
const UNKNOWN: u32 = u32::MAX;
/// The trie's root, which no edge leads to.
const ROOT: u32 = 0;

pub struct PhraseSet {
    /// Every word of any phrase, numbered.
    ids: FxHashMap<Box<str>, u32>,
    /// The trie over the phrases read from their last word back: a node
    /// and the word before it lead to a node.
    edges: FxHashMap<(u32, u32), u32>,
    /// Per node: the phrase that ends there.
    phrase_at: Vec<Option<usize>>,
    /// Per word id: the node its edge from the root leads to, or the root
    /// when there is none. Every known word of a text takes this first
    /// step: an index rather than a hash look-up.
    from_root: Vec<u32>,
    /// Per node: whether any edge leaves it. Most phrases are one word,
    /// and no longer phrase ends with it: the walk stops there without a
    /// look-up of the word before.
    leads_on: Vec<bool>,
}

impl PhraseSet {
    /// The set of `phrases`, each given as its words; a phrase is known by
    /// its position in the list.
    pub fn new<'a>(phrases: impl IntoIterator<Item = impl IntoIterator<Item = &'a str>>) -> Self {
        let mut set = PhraseSet {
            ids: FxHashMap::default(),
            edges: FxHashMap::default(),
            phrase_at: vec![None],
            from_root: Vec::new(),
            leads_on: Vec::new(),
        };
        for (phrase, words) in phrases.into_iter().enumerate() {
            let ids: Vec<u32> = words
                .into_iter()
                .map(|word| {
                    let next = set.ids.len() as u32;
                    *set.ids.entry(word.into()).or_insert(next)
                })
                .collect();
            let mut node = ROOT;
            for &word in ids.iter().rev() {
                let next = set.phrase_at.len() as u32;
                node = *set.edges.entry((node, word)).or_insert(next);
                if node == next {
                    set.phrase_at.push(None);
                }
            }
            set.phrase_at[node as usize] = Some(phrase);
        }
        set.from_root = vec![ROOT; set.ids.len()];
        set.leads_on = vec![false; set.phrase_at.len()];
        for (&(from, word), &to) in &set.edges {
            if from == ROOT {
                set.from_root[word as usize] = to;
            }
            set.leads_on[from as usize] = true;
        }
        set
    }

    /// The id of `word`, for `find`.
    pub fn id(&self, word: &str) -> u32 {
        self.ids.get(word).copied().unwrap_or(UNKNOWN)
    }

    /// Calls `found` with every phrase occurring in `words` (ids from `id`),
    /// each time it occurs, in the order of the word it ends with and the
    /// longest first among those ending with the same word.
    pub fn find(&self, words: &[u32], mut found: impl FnMut(usize)) {
        let mut ending_here = Vec::new();
        for end in 0..words.len() {
            // No phrase has a word the set does not know: most words end
            // none.
            let Some(&(mut node)) = self.from_root.get(words[end] as usize) else {
                continue;
            };
            if node == ROOT {
                continue;
            }
            ending_here.extend(self.phrase_at[node as usize]);
            for &word in words[..end].iter().rev() {
                if !self.leads_on[node as usize] {
                    break;
                }
                let Some(&next) = self.edges.get(&(node, word)) else {
                    break;
                };
                node = next;
                ending_here.extend(self.phrase_at[node as usize]);
            }
            ending_here.drain(..).rev().for_each(&mut found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(phrases: &[&str], text: &str) -> Vec<usize> {
        let set = PhraseSet::new(phrases.iter().map(|p| p.split(' ')));
        let words: Vec<u32> = text.split(' ').map(|w| set.id(w)).collect();
        let mut out = Vec::new();
        set.find(&words, |phrase| out.push(phrase));
        out
    }

    #[test]
    fn finds_overlapping_phrases_by_end_and_longest_first() {
        let phrases = ["list", "tuple", "list and tuple", "and tuple", "dict"];
        assert_eq!(found(&phrases, "a list and tuple list"), [0, 2, 3, 1, 0]);
    }

    #[test]
    fn whole_words_only() {
        assert!(found(&["list"], "lists listing").is_empty());
        assert!(found(&["list and tuple"], "list and a tuple").is_empty());
    }
}
