//! The words a unit's name is read from, folded so that case and the
//! placement of tone marks do not matter (`Uỷ ban` = `Ủy ban`,
//! `Liên đoàn lao động` = `Liên đoàn Lao động`), and the phrase tables
//! they are matched against.

use std::collections::HashMap;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

/// A word or punctuation mark of a sentence.
#[derive(Debug, Clone)]
pub struct Word {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Folded form: lower case, the tone mark at the word's end (see
    /// [`fold`]).
    pub fold: String,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Has letters and no small letter (`LĐLĐ`, `TNHH`, `ĐOÀN`).
    pub upper: bool,
    /// A punctuation mark, not a word.
    pub punct: bool,
    /// Starts with a digit.
    pub digit: bool,
}

/// The five Vietnamese tone marks as combining characters (grave, acute,
/// tilde, hook above, dot below).
fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

/// The folded form of `s` (see [`Word::fold`]): std's lower case of the
/// canonical decomposition, each word's tone mark moved to the word's
/// end, so a tone written on the other vowel of a pair (`uỷ`/`ủy`,
/// `hoà`/`hòa`) folds the same while `toán` and `toàn` stay apart.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return out;
    }
    let mut tone = None;
    for c in s.nfd() {
        if is_tone_mark(c) {
            tone = Some(c);
            continue;
        }
        if c.is_whitespace() {
            out.extend(tone.take());
        }
        out.extend(c.to_lowercase());
    }
    out.extend(tone);
    out
}

/// `và` (and), folded: joins two parts of a name or two tiers.
pub const VA: &str = "va\u{300}";
/// `của` (of), folded: before a giver or an owner.
pub const CUA: &str = "cua\u{309}";

/// A letter, digit or combining mark: part of a word.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Marks that join two word parts into one word when nothing else is
/// between them: `GD-ĐT`, `TP.HCM`, `NN&PTN`, `Tr’hy`.
fn joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '&' | '’' | '\'')
}

/// The words and punctuation marks of `text[range]`, pushed to `out`.
pub fn scan(text: &str, range: Range<usize>, out: &mut Vec<Word>) {
    let s = &text[range.clone()];
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let start = range.start + i;
        if !word_char(c) {
            let end = start + c.len_utf8();
            out.push(Word {
                span: start..end,
                fold: c.to_string(),
                cap: false,
                upper: false,
                punct: true,
                digit: false,
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            let next_is_word = s[j + d.len_utf8()..].chars().next().is_some_and(word_char);
            if word_char(d) || joiner(d) && next_is_word {
                end = range.start + j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        out.push(word(&text[start..end], start));
    }
}

fn word(w: &str, start: usize) -> Word {
    let first = w.chars().next().unwrap_or(' ');
    let has_letter = w.chars().any(char::is_alphabetic);
    Word {
        span: start..start + w.len(),
        fold: fold(w),
        cap: first.is_uppercase(),
        upper: has_letter && !w.chars().any(char::is_lowercase),
        punct: false,
        digit: first.is_ascii_digit(),
    }
}

/// The folded words of a phrase, as [`scan`] reads them from a text.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    scan(phrase, 0..phrase.len(), &mut out);
    out.into_iter().map(|w| w.fold).collect()
}

/// Phrases of a word list, looked up by their first folded word; the
/// longest that matches at a place wins.
#[derive(Debug)]
pub struct Phrases<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T> Phrases<T> {
    /// The table of `(phrase, value)` pairs.
    pub fn new(entries: impl IntoIterator<Item = (String, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>> = HashMap::new();
        for (phrase, value) in entries {
            let words = phrase_words(&phrase);
            if let Some(first) = words.first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, value));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        Phrases { by_first }
    }

    /// The value of a one-word phrase, given folded.
    pub fn at_word(&self, folded: &str) -> Option<&T> {
        self.by_first
            .get(folded)?
            .iter()
            .find(|(p, _)| p.len() == 1)
            .map(|(_, v)| v)
    }

    /// The longest phrase starting at `words[i]`: its length in words and
    /// its value.
    pub fn at(&self, words: &[Word], i: usize) -> Option<(usize, &T)> {
        let first = words.get(i)?;
        self.by_first.get(&first.fold)?.iter().find_map(|(p, v)| {
            let there = words.get(i..i + p.len())?;
            there
                .iter()
                .zip(p)
                .all(|(w, f)| w.fold == *f)
                .then_some((p.len(), v))
        })
    }
}

/// The rows of a tab-separated word list: comment lines (`#`) and blank
/// lines skipped, fields trimmed.
pub fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_placement_and_case_fold_away() {
        // `Uỷ ban` and `Ủy ban` put the tone on another vowel.
        assert_eq!(fold("Uỷ ban"), fold("Ủy ban"));
        assert_eq!(fold("Liên đoàn lao động"), fold("Liên đoàn Lao động"));
        assert_eq!(fold("Hoà Bình"), fold("Hòa Bình"));
        // Vowel marks stay: `Sở` (department) is not `số` (number).
        assert_ne!(fold("Sở"), fold("số"));
        // d23: `dự toán huyện` (the district's estimate) is not `toàn huyện`.
        assert_ne!(fold("toán huyện"), fold("toàn huyện"));
    }

    #[test]
    fn the_folded_constants_are_the_folds() {
        assert_eq!(fold("và"), VA);
        assert_eq!(fold("của"), CUA);
    }

    #[test]
    fn joined_parts_are_one_word() {
        let text = "Phòng GD-ĐT, LĐLĐ TP.HCM và TP. Huế";
        let mut w = Vec::new();
        scan(text, 0..text.len(), &mut w);
        let folds: Vec<&str> = w.iter().map(|w| w.fold.as_str()).collect();
        assert_eq!(
            folds,
            ["phòng", "gd-đt", ",", "lđlđ", "tp.hcm", "và", "tp", ".", "huế"].map(fold)
        );
        assert!(w[3].upper && w[0].cap && !w[0].upper);
    }

    #[test]
    fn the_longest_phrase_wins() {
        let p = Phrases::new([
            ("Công đoàn".to_string(), 1),
            ("Công đoàn cơ sở".to_string(), 2),
        ]);
        let text = "các công đoàn cơ sở tặng";
        let mut w = Vec::new();
        scan(text, 0..text.len(), &mut w);
        assert_eq!(p.at(&w, 1), Some((4, &2)));
        assert_eq!(p.at(&w, 0), None);
    }
}
