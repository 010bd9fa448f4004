//! The words that decide a figure's year, read from
//! `src/lexicon/year_cues.tsv` (one `kind, phrase, value, example` a line).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon::fold;
use crate::segment::Token;

/// The cue list as written, each entry with the phrase it came from.
const YEAR_CUES: &str = include_str!("../../lexicon/year_cues.tsv");

/// A cue: its folded words and its value (the place of a stem or branch
/// in the sexagenary cycle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cue {
    pub words: Vec<String>,
    pub value: Option<u32>,
}

/// The cues by kind.
#[derive(Debug, Default)]
pub(super) struct Cues {
    by_kind: HashMap<String, Vec<Cue>>,
}

/// The cues of `year_cues.tsv`, read once.
pub(super) static CUES: LazyLock<Cues> = LazyLock::new(|| Cues::parse(YEAR_CUES));

impl Cues {
    /// Reads the tab-separated list; `#` lines and blank lines are notes.
    fn parse(tsv: &str) -> Cues {
        let mut by_kind: HashMap<String, Vec<Cue>> = HashMap::new();
        for line in tsv.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(kind), Some(phrase)) = (cols.next(), cols.next()) else {
                continue;
            };
            let value = cols.next().and_then(|v| v.parse().ok());
            let words = fold(phrase)
                .split_whitespace()
                .map(str::to_string)
                .collect();
            by_kind
                .entry(kind.to_string())
                .or_default()
                .push(Cue { words, value });
        }
        Cues { by_kind }
    }

    /// The cues of `kind` (none for an unknown kind).
    pub fn of(&self, kind: &str) -> &[Cue] {
        self.by_kind.get(kind).map_or(&[], Vec::as_slice)
    }

    /// The phrases of `kind` as written in the list, folded.
    pub fn phrases(&self, kind: &str) -> impl Iterator<Item = String> + '_ {
        self.of(kind).iter().map(|c| c.words.join(" "))
    }

    /// Whether the one-word cue `word` (folded) is of `kind`.
    pub fn is(&self, kind: &str, word: &str) -> bool {
        self.of(kind)
            .iter()
            .any(|c| c.words.len() == 1 && c.words[0] == word)
    }

    /// The value of the one-word cue `word` of `kind`.
    pub fn value(&self, kind: &str, word: &str) -> Option<u32> {
        self.of(kind)
            .iter()
            .find(|c| c.words.len() == 1 && c.words[0] == word)
            .and_then(|c| c.value)
    }

    /// Where a phrase of `kind` ending at token `end` (exclusive) starts:
    /// the longest one.
    pub fn ending_at(&self, kind: &str, toks: &[Token], end: usize) -> Option<usize> {
        self.of(kind)
            .iter()
            .filter(|c| {
                let n = c.words.len();
                n <= end
                    && toks[end - n..end]
                        .iter()
                        .zip(&c.words)
                        .all(|(t, w)| t.is_word() && t.norm == w)
            })
            .map(|c| end - c.words.len())
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_list_is_a_cue_with_its_example() {
        for line in YEAR_CUES.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "kind, phrase, value, example: {line}");
            assert!(!cols[3].is_empty(), "no example: {line}");
        }
    }

    #[test]
    fn the_cycle_names_have_their_places() {
        assert_eq!(CUES.value("stem", "đinh"), Some(3));
        assert_eq!(CUES.value("branch", "dậu"), Some(9));
        assert_eq!(CUES.value("branch", "mẹo"), CUES.value("branch", "mão"));
        assert_eq!(CUES.of("stem").len(), 10);
    }

    #[test]
    fn phrases_are_matched_on_folded_words() {
        assert!(CUES.is("holiday", "tết"));
        assert!(!CUES.is("holiday", "Tết"));
        assert!(CUES.phrases("compare").any(|p| p == "so sánh với"));
    }
}
