//! The words a unit's name is read from, folded so that case and the
//! placement of tone marks do not matter (`Uỷ ban` = `Ủy ban`,
//! `Liên đoàn lao động` = `Liên đoàn Lao động`), and the phrase tables
//! they are matched against.

use std::collections::HashMap;

use crate::lexicon::WordHash;
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
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match table(c) {
        Some(f) => f.letter,
        None => c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c),
    }
}

/// Marks that join two word parts into one word when nothing else is
/// between them: `GD-ĐT`, `TP.HCM`, `NN&PTN`, `Tr’hy`.
fn joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '&' | '’' | '\'')
}

/// What folding does to one letter of the Latin blocks Vietnamese is
/// written in, worked out once from the standard decomposition and lower
/// case (see [`fold`]).
#[derive(Debug, Clone, Default)]
struct CharFold {
    /// Lower case, decomposed, without its tone mark.
    base: String,
    /// Its tone mark, if it carries one.
    tone: Option<char>,
    letter: bool,
    upper: bool,
    lower: bool,
}

/// The Latin-1 Supplement to Latin Extended-B, and Latin Extended
/// Additional (where the letters with two marks, `ế`, `ộ`, are).
const BLOCKS: [(u32, u32); 2] = [(0xC0, 0x24F), (0x1E00, 0x1EFF)];

static TABLE: std::sync::LazyLock<Vec<CharFold>> = std::sync::LazyLock::new(|| {
    BLOCKS
        .iter()
        .flat_map(|&(a, b)| a..=b)
        .map(|u| {
            let Some(c) = char::from_u32(u) else {
                return CharFold::default();
            };
            let mut base = String::new();
            let mut tone = None;
            for d in std::iter::once(c).nfd() {
                if is_tone_mark(d) {
                    tone = Some(d);
                } else {
                    base.extend(d.to_lowercase());
                }
            }
            CharFold {
                base,
                tone,
                letter: c.is_alphabetic(),
                upper: c.is_uppercase(),
                lower: c.is_lowercase(),
            }
        })
        .collect()
});

/// The table's entry for `c`, if `c` is in its blocks.
fn table(c: char) -> Option<&'static CharFold> {
    let u = u32::from(c);
    let mut offset = 0;
    for (a, b) in BLOCKS {
        if (a..=b).contains(&u) {
            return TABLE.get((offset + u - a) as usize);
        }
        offset += b - a + 1;
    }
    None
}

/// The words and punctuation marks of `text[range]`, pushed to `out`.
pub fn scan(text: &str, range: Range<usize>, out: &mut Vec<Word>) {
    let mut words = Words::default();
    out.extend_from_slice(words.scan(text, range));
}

/// A sentence's words, read into slots kept from sentence to sentence so
/// that the folded forms reuse their allocations.
#[derive(Debug, Default)]
pub struct Words {
    slots: Vec<Word>,
    len: usize,
}

impl Words {
    /// The words and punctuation marks of `text[range]`.
    pub fn scan(&mut self, text: &str, range: Range<usize>) -> &[Word] {
        self.len = 0;
        let s = &text[range.clone()];
        let mut it = s.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let start = range.start + i;
            let mut end = start + c.len_utf8();
            if word_char(c) {
                while let Some(&(j, d)) = it.peek() {
                    let next_is_word =
                        || s[j + d.len_utf8()..].chars().next().is_some_and(word_char);
                    if word_char(d) || joiner(d) && next_is_word() {
                        end = range.start + j + d.len_utf8();
                        it.next();
                    } else {
                        break;
                    }
                }
            }
            self.push(&text[start..end], start);
        }
        &self.slots[..self.len]
    }

    /// Fills the next slot with the word (or mark) `w` at `start`.
    fn push(&mut self, w: &str, start: usize) {
        if self.len == self.slots.len() {
            self.slots.push(Word {
                span: 0..0,
                fold: String::new(),
                cap: false,
                upper: false,
                punct: false,
                digit: false,
            });
        }
        let slot = &mut self.slots[self.len];
        self.len += 1;
        slot.span = start..start + w.len();
        slot.fold.clear();
        let first = w.chars().next().unwrap_or(' ');
        slot.punct = !word_char(first);
        slot.digit = first.is_ascii_digit();
        if slot.punct {
            slot.fold.push_str(w);
            slot.cap = false;
            slot.upper = false;
            return;
        }
        let (cap, upper) = fold_into(w, &mut slot.fold);
        slot.cap = cap;
        slot.upper = upper;
    }
}

/// Folds the word `w` into `out` (see [`fold`]); whether it starts with a
/// capital, and whether it has letters and no small one.
fn fold_into(w: &str, out: &mut String) -> (bool, bool) {
    let (mut cap, mut letters, mut small) = (None, false, false);
    let mut tone = None;
    for c in w.chars() {
        let (is_letter, is_upper, is_lower) = if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            (
                c.is_ascii_alphabetic(),
                c.is_ascii_uppercase(),
                c.is_ascii_lowercase(),
            )
        } else if let Some(f) = table(c) {
            out.push_str(&f.base);
            tone = f.tone.or(tone);
            (f.letter, f.upper, f.lower)
        } else {
            for d in std::iter::once(c).nfd() {
                if is_tone_mark(d) {
                    tone = Some(d);
                } else {
                    out.extend(d.to_lowercase());
                }
            }
            (c.is_alphabetic(), c.is_uppercase(), c.is_lowercase())
        };
        cap.get_or_insert(is_upper);
        letters |= is_letter;
        small |= is_lower;
    }
    out.extend(tone);
    (cap.unwrap_or(false), letters && !small)
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
    by_first: HashMap<String, Vec<(Vec<String>, T)>, WordHash>,
}

impl<T> Phrases<T> {
    /// The table of `(phrase, value)` pairs.
    pub fn new(entries: impl IntoIterator<Item = (String, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>, WordHash> = HashMap::default();
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
    fn the_table_folds_as_the_standard_decomposition_does() {
        // Every letter of the table's blocks, alone and capitalised in a word.
        for (a, b) in BLOCKS {
            for c in (a..=b)
                .filter_map(char::from_u32)
                .filter(|c| c.is_alphabetic())
            {
                let w = format!("{c}a");
                let mut out = String::new();
                fold_into(&w, &mut out);
                assert_eq!(out, fold(&w), "{c}");
            }
        }
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
