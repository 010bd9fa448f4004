//! Segmenting the body into sentences, clauses and tokens.
//!
//! A token is a word (letters and combining marks), a numeral (digits with
//! `.`/`,` between them) or one other non-space character. Sentences end at
//! `.`, `!`, `?`, `…` before an upper-case start, and at paragraph ends (a
//! line break inside a paragraph is white space); clauses split sentences
//! at `;` and `:`. Numbers are parsed by the next stage.

use std::ops::Range;
use std::sync::LazyLock;

use std::collections::HashMap;

use bumpalo::Bump;
use regex::Regex;

use crate::body::Line;
use crate::lexicon::{
    closes_pair, fold_into, is_folded, is_toned, one_step_capital, small_letter_len,
    small_of_capital, DocHash,
};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum TokKind {
    /// Letters: a Vietnamese syllable, an abbreviation, a foreign word.
    Word = 0,
    /// Digits, possibly with `.` or `,` between digit groups.
    Num = 1,
    /// Any other single non-space character.
    Punct = 2,
}

/// A token of a sentence: 24 bytes. A document's tokens are most of the
/// memory it takes to extract it, so the offsets take four bytes each,
/// not eight, and the kind and the space before it ride in the end
/// offset's three top bits: the texts [`crate::extract`] tokenises are
/// at most [`MAX_OFFSET`] bytes (longer ones are read in parts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    /// Folded form (lower case, traditional tones) for words; the text
    /// itself otherwise. Borrowed from the text unless folding changes
    /// it, else from the document's arena of folded words: building a
    /// token copies nothing (1.5 % of the instructions on a 4 MB slice of
    /// the bench corpus) and allocates nothing of its own (one allocation
    /// per token was a quarter of the extraction's time), and reading it
    /// asks no question (an enum of borrowed and inline forms cost 1 % of
    /// the instructions and 5 % of the mispredicted branches).
    pub norm: &'t str,
    /// Byte offset in the document text ([`Token::start`]).
    at: u32,
    /// [`Token::end`], [`Token::kind`] and [`Token::space_before`].
    packed: u32,
}

/// The largest byte offset a token holds: 512 MiB, eight times the
/// largest input `--max-filesize` lets through by default.
pub const MAX_OFFSET: usize = (1 << END_BITS) - 1;

/// The bits of [`Token`]'s `packed` that hold its end offset; the next
/// one holds the space before it, the top two its kind (read with a
/// shift alone).
const END_BITS: u32 = 29;

impl Token<'_> {
    /// Byte offset in the document text.
    #[inline(always)]
    pub fn start(&self) -> usize {
        self.at as usize
    }

    /// Byte offset just past the token.
    #[inline(always)]
    pub fn end(&self) -> usize {
        (self.packed & ((1 << END_BITS) - 1)) as usize
    }

    /// Word, numeral or punctuation.
    #[inline(always)]
    pub fn kind(&self) -> TokKind {
        match self.packed >> (END_BITS + 1) {
            0 => TokKind::Word,
            1 => TokKind::Num,
            _ => TokKind::Punct,
        }
    }

    /// Whether whitespace separates it from the previous token.
    #[inline(always)]
    pub fn space_before(&self) -> bool {
        self.packed & (1 << END_BITS) != 0
    }

    /// A token of `kind` at `start..end` (both at most [`MAX_OFFSET`]).
    fn new(kind: TokKind, start: usize, end: usize, space_before: bool, norm: &str) -> Token<'_> {
        debug_assert!(start <= end && end <= MAX_OFFSET);
        Token {
            norm,
            at: start as u32,
            packed: end as u32
                | u32::from(space_before) << END_BITS
                | (kind as u32) << (END_BITS + 1),
        }
    }

    /// The year a numeral writes: four digits in 1900–2100 (`2023`).
    pub fn year(&self) -> Option<i32> {
        if self.kind() != TokKind::Num || self.norm.len() != 4 {
            return None;
        }
        let y: i32 = self.norm.parse().ok()?;
        (1900..=2100).contains(&y).then_some(y)
    }

    /// The single character of a punctuation token.
    pub fn punct(&self) -> Option<char> {
        match self.kind() {
            TokKind::Punct => self.norm.chars().next(),
            _ => None,
        }
    }

    /// Whether this is the punctuation `c`.
    pub fn is(&self, c: char) -> bool {
        self.punct() == Some(c)
    }

    /// Whether this is a word.
    pub fn is_word(&self) -> bool {
        self.kind() == TokKind::Word
    }
}

/// A sentence of the body with its tokens and clauses.
#[derive(Debug, Clone)]
pub struct Sentence<'t> {
    /// 1-based line it starts on.
    pub line: usize,
    /// Byte offset of its first token.
    pub start: usize,
    /// Byte offset past its last token.
    pub end: usize,
    /// Its tokens, if it holds a numeral (ASCII digits); empty otherwise.
    /// Claims and year expressions all start at a numeral, and the units
    /// are read from the sentence's text, so nothing reads the tokens of
    /// the other sentences: folding them was most of the segmenter's time.
    /// Kept in the document's arena, like the folded norms: a vector per
    /// sentence was a tenth of the allocations and their frees. Scanned
    /// into one list reused from sentence to sentence and copied at their
    /// exact length (scanning in place needs room reserved for the most
    /// tokens a sentence can have: instructions −0.3 %, but wall time
    /// +6 % in 8 interleaved pairs, the arena ten times the text).
    pub tokens: &'t [Token<'t>],
    /// Index of the paragraph it belongs to ([`crate::body::paragraphs`]):
    /// the headline is paragraph 0, whatever its lines.
    pub paragraph: usize,
}

impl Sentence<'_> {
    /// Whether its only numerals date it: years (`NĂM HỌC 2024 - 2025`),
    /// and the months of a period (`NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016`): a
    /// heading's, where a line with a count of anything else is a list
    /// item.
    pub fn numerals_are_dates(&self) -> bool {
        let toks = self.tokens;
        (0..toks.len())
            .filter(|&k| toks[k].kind() == TokKind::Num)
            .all(|k| {
                toks[k].year().is_some()
                    || toks.get(k + 1).is_some_and(|n| {
                        n.is_word() && crate::lexicon::TIME_UNITS.contains(&n.norm)
                    })
            })
    }

    /// Token ranges of its clauses: the tokens between `;` and `:` marks,
    /// none empty (and none when `tokens` is). Found when asked, not kept:
    /// a list per sentence was a twentieth of all allocations.
    pub fn clauses(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let marks = self
            .tokens
            .iter()
            .enumerate()
            // Bitwise: a branch on each token's kind mispredicted.
            .filter(|(_, t)| {
                let n = t.norm.as_bytes();
                (t.kind() == TokKind::Punct)
                    & (n.len() == 1)
                    & matches!(n.first().copied().unwrap_or(0), b';' | b':')
            })
            .map(|(i, _)| i);
        let mut from = 0;
        marks
            .chain(std::iter::once(self.tokens.len()))
            .filter_map(move |end| {
                let clause = from..end;
                from = end + 1;
                (!clause.is_empty()).then_some(clause)
            })
    }
}

/// The token pattern, `[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|\S`, is scanned by
/// hand (see `tokens`): the regex engine cost more than the rest of the
/// segmentation. These two decide the characters the fast path of
/// `class` does not know.
static LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\p{M}]$").expect("letter pattern is valid"));
static DIGIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d$").expect("digit pattern is valid"));

/// The class of a character in the token pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// `[\p{L}\p{M}]`: letters and combining marks.
    Letter,
    /// `\d`: any decimal digit.
    Digit,
    /// `\s`: separates tokens.
    Space,
    /// Anything else: a token of its own.
    Other,
}

fn class(c: char) -> Class {
    known_class(c).unwrap_or_else(|| {
        let mut buf = [0; 4];
        let one = &*c.encode_utf8(&mut buf);
        if LETTER.is_match(one) {
            Class::Letter
        } else if DIGIT.is_match(one) {
            Class::Digit
        } else {
            Class::Other
        }
    })
}

/// The class of `c` where it is known without the Unicode tables of the
/// regex engine: ASCII, white space and the ranges of Vietnamese text.
fn known_class(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        _ if c.is_whitespace() => Class::Space,
        _ if c.is_ascii() => Class::Other,
        // Latin-1 letters (less × and ÷), Latin Extended-A/B, combining
        // marks, Latin Extended Additional (Vietnamese precomposed letters).
        '\u{D7}' | '\u{F7}' => Class::Other,
        '\u{C0}'..='\u{24F}' | '\u{300}'..='\u{36F}' | '\u{1E00}'..='\u{1EFF}' => Class::Letter,
        // General Punctuation (quotes, dashes, `…`) holds no letter or digit.
        '\u{2000}'..='\u{206F}' => Class::Other,
        _ => return None,
    })
}

/// Bits of a character's entry in [`CHARS`].
mod bits {
    /// Class `Letter` of the token pattern.
    pub const LETTER: u8 = 1;
    /// Class `Digit`.
    pub const DIGIT: u8 = 2;
    /// Class `Space`.
    pub const SPACE: u8 = 4;
    /// A letter `lexicon::small_letter_len` leaves as it is.
    pub const SMALL: u8 = 8;
    /// A toned vowel that closes a new-style pair (`lexicon::is_toned`).
    pub const TONED: u8 = 16;
    /// `char::is_alphabetic`.
    pub const ALPHA: u8 = 32;
    /// Not in the table: decode the character and ask `class`.
    pub const SLOW: u8 = 128;
}

/// Where the table holds U+1E00–U+1EFF (Vietnamese precomposed letters).
const VIET_AT: usize = 0x800;
/// Where it holds U+2000–U+207F (General Punctuation).
const PUNCT_AT: usize = 0x900;
/// The entry of every other character.
const SLOW_AT: usize = 0x980;

/// What the scanner needs to know of a character, one byte of [`bits`]:
/// the characters below U+0800 (ASCII at its byte, two-byte characters
/// at their code point), then U+1E00–U+1EFF and U+2000–U+207F, then one
/// entry for the rest (and for the characters of those ranges that only
/// the regex classes know). Built from `known_class` and the `lexicon`
/// rules, so it says what they say; a look-up replaces the chain of byte
/// ranges that mispredicted at every change between ASCII and Vietnamese
/// letters (a quarter of all mispredicted branches were the scanner's).
static CHARS: LazyLock<[u8; SLOW_AT + 1]> = LazyLock::new(|| {
    let mut table = [bits::SLOW; SLOW_AT + 1];
    let covered = (0..0x800).chain(0x1E00..0x1F00).chain(0x2000..0x2080);
    for (entry, cp) in table.iter_mut().zip(covered) {
        if let Some(c) = char::from_u32(cp) {
            *entry = entry_of(c);
        }
    }
    table
});

/// The table entry of `c`: the slow one unless [`known_class`] knows it
/// (so building the table needs no regex).
fn entry_of(c: char) -> u8 {
    let mut buf = [0; 4];
    let b = c.encode_utf8(&mut buf).as_bytes();
    let mut e = match known_class(c) {
        Some(Class::Letter) => bits::LETTER,
        Some(Class::Digit) => bits::DIGIT,
        Some(Class::Space) => bits::SPACE,
        Some(Class::Other) => 0,
        None => return bits::SLOW,
    };
    if small_letter_len(b, 0).is_some() {
        e |= bits::SMALL;
    }
    if is_toned(c) {
        e |= bits::TONED;
    }
    if c.is_alphabetic() {
        e |= bits::ALPHA;
    }
    e
}

/// The [`CHARS`] entry and byte length of the character at byte `i` of
/// `b`, a char boundary below `b.len()`. With the slow entry the length
/// means nothing: the caller decodes the character.
#[inline(always)]
fn char_at(table: &[u8; SLOW_AT + 1], b: &[u8], i: usize) -> (u8, usize) {
    let x = b[i];
    // ASCII by a branch: inside a word the letter loop takes ASCII first.
    if x < 0x80 {
        return (table[usize::from(x)], 1);
    }
    let y = b.get(i + 1).copied().unwrap_or(0);
    let z = b.get(i + 2).copied().unwrap_or(0);
    // The rest by masks, not branches: whether a Vietnamese letter takes
    // two bytes or three is what the branch predictor cannot guess.
    let two = x & 0xE0 == 0xC0;
    let viet = (x == 0xE1) & (y & 0xFC == 0xB8);
    let punct = (x == 0xE2) & (y & 0xFE == 0x80);
    let low = |v: u8| usize::from(v & 0x3F);
    let k = (usize::from(two) * ((usize::from(x & 0x1F) << 6) | low(y)))
        | (usize::from(viet) * (VIET_AT + ((usize::from(y & 3) << 6) | low(z))))
        | (usize::from(punct) * (PUNCT_AT + ((usize::from(y & 1) << 6) | low(z))))
        | (usize::from(!(two | viet | punct)) * SLOW_AT);
    let n = 2 * usize::from(two) + 3 * usize::from(viet | punct);
    (table[k.min(SLOW_AT)], n)
}

/// The class of a table entry that is not the slow one.
#[inline(always)]
fn class_of(e: u8) -> Class {
    if e & bits::LETTER != 0 {
        Class::Letter
    } else if e & bits::DIGIT != 0 {
        Class::Digit
    } else if e & bits::SPACE != 0 {
        Class::Space
    } else {
        Class::Other
    }
}

/// The class and byte length of the character at byte `i` of `s`,
/// decoded: for the characters the table leaves out.
#[cold]
fn slow_class_at(s: &str, i: usize) -> (Class, usize) {
    match s.get(i..).and_then(|r| r.chars().next()) {
        Some(c) => (class(c), c.len_utf8()),
        None => (Class::Other, 1),
    }
}

/// The class and byte length of the character at byte `i` of `s` (a char
/// boundary; past the end it is a space of length 0).
#[inline(always)]
fn class_at(table: &[u8; SLOW_AT + 1], s: &str, i: usize) -> (Class, usize) {
    let b = s.as_bytes();
    if i >= b.len() {
        return (Class::Space, 0);
    }
    let (e, n) = char_at(table, b, i);
    if e & bits::SLOW != 0 {
        return slow_class_at(s, i);
    }
    (class_of(e), n)
}

/// What making a word's norm takes, judged while the word is scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    /// Nothing: the word is already folded ([`is_folded`]), or the token
    /// is no word.
    Not,
    /// Its first letter only: a capital one code point from its small
    /// letter (`Đoàn`, `Công`, `Ấp`), before a folded rest. Most words
    /// that are not folded are these.
    First,
    /// The whole of [`fold_into`].
    Whole,
}

/// The end of the run of letters from byte `start` of `s` (a letter of
/// `n` bytes and table entry `first`; `LETTER` alone for one the table
/// leaves out), and what folding it takes: judged while it is scanned,
/// each byte once, rather than by a second pass over every word (that
/// pass was a twentieth of the extraction).
#[inline(always)]
fn letter_run(
    table: &[u8; SLOW_AT + 1],
    s: &str,
    start: usize,
    first: u8,
    n: usize,
) -> (usize, Fold) {
    let b = s.as_bytes();
    let mut i = start + n;
    // Whether the letters after the first are folded.
    let mut folded = true;
    while let Some(&x) = b.get(i) {
        // ASCII letters first: a word is mostly these.
        if x.is_ascii_alphabetic() {
            folded &= x >= b'a';
            i += 1;
            continue;
        }
        if x < 0x80 {
            break;
        }
        let (e, n) = char_at(table, b, i);
        if e & bits::LETTER == 0 {
            if e & bits::SLOW == 0 {
                break;
            }
            let (class, n) = slow_class_at(s, i);
            if class != Class::Letter {
                break;
            }
            // `small_letter_len` knows no letter the table leaves out.
            folded = false;
            i += n;
            continue;
        }
        // `is_folded`'s rules: a small letter, and not the toned vowel
        // closing a new-style pair after `o`/`u` (no letter after it).
        // Bitwise, so the only branch is the end of the word.
        let pair = (e & bits::TONED != 0)
            & matches!(b[i - 1], b'o' | b'u')
            & !b.get(i + n).is_some_and(u8::is_ascii_alphabetic);
        folded &= (e & bits::SMALL != 0) & !pair;
        i += n;
    }
    let fold = if !folded {
        Fold::Whole
    } else if first & bits::SMALL != 0 {
        Fold::Not
    } else if one_step_capital(b, start)
        // `Oà`: lowered, the capital would open a pair with the letter
        // after it (a small `o`/`u` is looked at in the loop above).
        && !(matches!(b[start], b'O' | b'U') && closes_pair(s, start + 1))
    {
        Fold::First
    } else {
        Fold::Whole
    };
    (i, fold)
}

/// What a token of `word` is: a numeral if it starts with an ASCII digit,
/// a word if it has more than one character or is alphabetic (`Ⅻ`),
/// punctuation otherwise. The scanner decides its common tokens without
/// asking; this is the rule.
fn kind_of(word: &str) -> TokKind {
    let first = word.chars().next();
    if word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        TokKind::Num
    } else if first.is_some_and(|c| word.len() > c.len_utf8() || c.is_alphabetic()) {
        TokKind::Word
    } else {
        TokKind::Punct
    }
}

/// The kind of a token the scanner does not decide itself ([`kind_of`]),
/// and what folding it takes if it is a word.
fn judged(word: &str) -> (TokKind, Fold) {
    let kind = kind_of(word);
    let fold = if kind == TokKind::Word && !is_folded(word) {
        Fold::Whole
    } else {
        Fold::Not
    };
    (kind, fold)
}

/// The tokens of `s`, as the token pattern would find them
/// (leftmost-first, greedy), placed at `base` in the document, handed to
/// `emit` in order. A loop with a sink rather than an iterator, so the
/// scan and what is made of each token compile into one loop.
#[inline(always)]
fn scan_tokens(s: &str, base: usize, mut emit: impl FnMut(Bare)) {
    let table = &*CHARS;
    let b = s.as_bytes();
    let mut pos = 0;
    let mut prev_end = 0;
    while pos < b.len() {
        let start = pos;
        let (e, n) = entry_at(table, s, start);
        if e & bits::SPACE != 0 {
            pos += n.max(1);
            continue;
        }
        let (end, kind, fold) = if e & bits::LETTER != 0 {
            let (end, fold) = letter_run(table, s, start, e, n);
            // One character the table does not call alphabetic: a lone
            // mark, or a letter the table leaves out (`Я`), which keeps
            // the fold its run was judged to take.
            let kind = if end - start > n || e & bits::ALPHA != 0 {
                TokKind::Word
            } else {
                kind_of(&s[start..end])
            };
            let fold = if kind == TokKind::Word {
                fold
            } else {
                Fold::Not
            };
            (end, kind, fold)
        } else if e & bits::DIGIT != 0 {
            let end = numeral_end(table, s, start + n);
            if b[start].is_ascii_digit() {
                (end, TokKind::Num, Fold::Not)
            } else {
                let (kind, fold) = judged(&s[start..end]);
                (end, kind, fold)
            }
        } else {
            // One character: a word only if alphabetic (`Ⅻ`).
            let end = start + n.max(1);
            if e & bits::SLOW == 0 && e & bits::ALPHA == 0 {
                (end, TokKind::Punct, Fold::Not)
            } else {
                let (kind, fold) = judged(&s[start..end]);
                (end, kind, fold)
            }
        };
        pos = end;
        let space_before = start > prev_end || start == 0;
        prev_end = end;
        emit(Bare {
            kind,
            start: base + start,
            end: base + end,
            space_before,
            fold,
        });
    }
}

/// The table entry of the character at byte `at` of `s` and its length;
/// a character out of the table gets the entry of its class alone, never
/// small.
#[inline(always)]
fn entry_at(table: &[u8; SLOW_AT + 1], s: &str, at: usize) -> (u8, usize) {
    let (e, n) = char_at(table, s.as_bytes(), at);
    if e & bits::SLOW == 0 {
        return (e, n);
    }
    let (class, len) = slow_class_at(s, at);
    let e = match class {
        Class::Letter => bits::LETTER,
        Class::Digit => bits::DIGIT,
        Class::Space => bits::SPACE,
        Class::Other => bits::SLOW,
    };
    (e, len)
}

/// The end of a numeral whose first digit group goes on at byte `from`:
/// its digits, then `[.,]` groups as long as a digit follows the mark
/// (`1.250`, `12,5`, `3.475.000`).
#[inline(always)]
fn numeral_end(table: &[u8; SLOW_AT + 1], s: &str, from: usize) -> usize {
    let digits = |mut i: usize| {
        while i < s.len() {
            let (c, n) = class_at(table, s, i);
            if c != Class::Digit {
                break;
            }
            i += n;
        }
        i
    };
    let mut end = digits(from);
    while matches!(s.as_bytes().get(end), Some(b'.' | b','))
        && end + 1 < s.len()
        && class_at(table, s, end + 1).0 == Class::Digit
    {
        end = digits(end + 1);
    }
    end
}

/// A token before its norm: all that finding sentence ends needs.
#[derive(Debug, Clone, Copy)]
struct Bare {
    kind: TokKind,
    start: usize,
    end: usize,
    space_before: bool,
    /// What making its norm takes (`Not` for every token but a word).
    fold: Fold,
}

/// Splits the paragraphs of `text` ([`crate::body::paragraphs`], or any
/// kept lines) into sentences. Their tokens, and the
/// norms that folding changes, are kept in `arena`, which lives as long
/// as the text: one arena per document, freed with it. The text is at
/// most [`MAX_OFFSET`] bytes long ([`crate::extract`] reads a longer one
/// in parts).
pub fn sentences<'t>(text: &'t str, lines: &[Line], arena: &'t Bump) -> Vec<Sentence<'t>> {
    split_lines(text, None, lines, true, arena)
}

/// [`sentences`] of `flat`, the text with the line breaks inside its
/// paragraphs made spaces ([`crate::body::flatten`]), numbering lines on
/// `text`: a compound broken at its hyphen by the wrap is one word in
/// `flat` only, and the tokens must be read where the later stages read
/// them. At most [`MAX_OFFSET`] bytes, as [`sentences`].
pub fn sentences_of_flat<'t>(
    flat: &'t str,
    text: &str,
    lines: &[Line],
    arena: &'t Bump,
) -> Vec<Sentence<'t>> {
    let breaks: Vec<usize> = lines
        .iter()
        .filter(|p| p.last > p.number)
        .flat_map(|p| {
            memchr::memchr_iter(b'\n', &text.as_bytes()[p.start..p.end]).map(|i| p.start + i)
        })
        .collect();
    sentences_flattened(flat, &breaks, lines, arena)
}

/// [`sentences_of_flat`] given the offsets of the line breaks
/// [`crate::body::flatten_cow`] made spaces, in order, instead of the text.
pub fn sentences_flattened<'t>(
    flat: &'t str,
    breaks: &[usize],
    lines: &[Line],
    arena: &'t Bump,
) -> Vec<Sentence<'t>> {
    split_lines(flat, Some(breaks), lines, true, arena)
}

/// [`sentences`] with an arena that is never freed, for tests that keep
/// the sentences of a text they make on the spot.
#[cfg(test)]
pub(crate) fn sentences_for_test<'t>(text: &'t str, lines: &[Line]) -> Vec<Sentence<'t>> {
    sentences(text, lines, Box::leak(Box::new(Bump::new())))
}

/// `sentences` without their tokens, so that the arena holding them can
/// be freed: once the grammar has read its claims and the year stage its
/// expressions and each claim's year, the unit stage reads the
/// sentences' text and bounds only. The list itself is reused in place.
pub fn without_tokens(sentences: Vec<Sentence<'_>>) -> Vec<Sentence<'static>> {
    sentences
        .into_iter()
        .map(|s| Sentence {
            line: s.line,
            start: s.start,
            end: s.end,
            tokens: &[],
            paragraph: s.paragraph,
        })
        .collect()
}

/// `sentences`; `fast` lets [`plain`] lines skip the tokens (false only
/// in the test that proves both ways agree). `breaks`: for a flat text,
/// the offsets of the line breaks made spaces in it, in order (see
/// [`LineOf`]).
fn split_lines<'t>(
    text: &'t str,
    breaks: Option<&[usize]>,
    lines: &[Line],
    fast: bool,
    arena: &'t Bump,
) -> Vec<Sentence<'t>> {
    // Room for a sentence in every 128 bytes (articles average one in 125)
    // and one a line: growing by doubling reallocated the list a few
    // times in every document.
    let mut out = Vec::with_capacity(text.len() / 128 + lines.len());
    // Buffers reused from line to line and word to word; a long sentence
    // is a few hundred tokens.
    let mut bare: Vec<Bare> = Vec::with_capacity(256);
    let mut ends: Vec<usize> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut norms = Norms::default();
    let mut list: Vec<Token<'t>> = Vec::with_capacity(256);
    // The first of `breaks` not before the paragraph: paragraphs come in
    // text order.
    let mut next_break = 0;
    for (paragraph, line) in lines.iter().enumerate() {
        let slice = &text[line.start..line.end];
        let breaks = breaks.map(|b| {
            while b.get(next_break).is_some_and(|&at| at < line.start) {
                next_break += 1;
            }
            &b[next_break..]
        });
        let mut at_line = LineOf::new(text, breaks, line);
        if !(fast && plain(slice)) {
            bare_tokens(text, line.start..line.end, &mut bare);
            sentence_ends(text, &bare, &mut ends);
            let mut from = 0;
            for end in ends.drain(..).chain(std::iter::once(bare.len())) {
                if end > from {
                    let toks = &bare[from..end];
                    out.push(sentence(
                        text,
                        at_line.of(toks[0].start),
                        paragraph,
                        toks,
                        &mut norms,
                        arena,
                    ));
                }
                from = end;
            }
            continue;
        }
        // Most lines: the sentence ends are found on the characters, and
        // only a sentence with a digit is tokenised.
        plain_spans(slice, &mut spans);
        for span in spans.drain(..) {
            let at = line.start + span.start..line.start + span.end;
            // Branch-free, so vectorised: an early exit per byte cost more
            // than reading the whole sentence.
            let digit = slice.as_bytes()[span]
                .iter()
                .fold(false, |found, &b| found | b.is_ascii_digit());
            // A sentence with a digit goes straight to tokens, with no list
            // of bare ones between: on a plain line an ASCII digit always
            // starts or continues a numeral, so the sentence has one and is
            // folded. The span is trimmed, so its ends are its first
            // token's start and its last token's end.
            let mut tokens: &'t [Token<'t>] = &[];
            if digit {
                list.clear();
                scan_tokens(&text[at.clone()], at.start, |b| {
                    list.push(token_of(text, b, &mut norms, arena));
                });
                tokens = arena.alloc_slice_copy(&list);
                debug_assert!(tokens.iter().any(|t| t.kind() == TokKind::Num));
            }
            out.push(Sentence {
                line: at_line.of(at.start),
                start: at.start,
                end: at.end,
                tokens,
                paragraph,
            });
        }
    }
    out
}

/// The 1-based line of increasing byte offsets in a paragraph: its first
/// line's number and the line breaks before the offset. A paragraph of one
/// line (most, in text written one paragraph a line) counts nothing.
struct LineOf<'a> {
    text: &'a str,
    /// In a flat text, the line breaks made spaces from the paragraph's
    /// start on, counted as the text's own (the flat text has none left
    /// in a paragraph of several lines); else the text's line breaks
    /// count.
    breaks: Option<&'a [usize]>,
    /// Where counting has reached, and the line there.
    at: usize,
    line: usize,
    /// Whether the paragraph spans more than one line.
    joined: bool,
}

impl<'a> LineOf<'a> {
    fn new(text: &'a str, breaks: Option<&'a [usize]>, p: &Line) -> Self {
        LineOf {
            text,
            breaks,
            at: p.start,
            line: p.number,
            joined: p.last > p.number,
        }
    }

    /// The line of byte `to` (not before the last one asked).
    fn of(&mut self, to: usize) -> usize {
        if self.joined && to > self.at {
            if let Some(breaks) = self.breaks.as_mut() {
                let made = breaks.iter().take_while(|&&b| b < to).count();
                self.line += made;
                *breaks = &breaks[made..];
            } else {
                let seg = &self.text.as_bytes()[self.at..to];
                self.line += memchr::memchr_iter(b'\n', seg).count();
            }
            self.at = to;
        }
        self.line
    }
}

/// The bare tokens of `text[at]`, into `bare` (cleared first).
fn bare_tokens(text: &str, at: Range<usize>, bare: &mut Vec<Bare>) {
    bare.clear();
    scan_tokens(&text[at.clone()], at.start, |b| bare.push(b));
}

/// Whether no character of `s` can be a digit other than an ASCII one:
/// every character is below U+0640 (the first non-ASCII decimal digit is
/// U+0660),
/// a Vietnamese letter of U+1E00–U+1EFF or punctuation of U+2000–U+207F.
/// Then a `.` is part of a numeral exactly when ASCII digits surround it,
/// and `plain_spans` can find the sentences without the tokens.
fn plain(s: &str) -> bool {
    // On the UTF-8 bytes: below 0xD9 is ASCII, a continuation byte or the
    // lead of a character below U+0640; a byte of 0xD9 or more is always a
    // lead byte, judged with the byte after it. Branch-free, so vectorised.
    let b = s.as_bytes();
    let Some((&last, body)) = b.split_last() else {
        return true;
    };
    let bad = body.iter().zip(&b[1..]).fold(false, |bad, (&x, &y)| {
        let vietnamese = (x == 0xE1) & (0xB8..=0xBB).contains(&y);
        let punctuation = (x == 0xE2) & ((y == 0x80) | (y == 0x81));
        bad | ((x >= 0xD9) & !vietnamese & !punctuation)
    });
    !bad && last < 0xD9
}

/// The searcher for `…`, built once: building it for every line was
/// nearly one percent of the instructions of a run.
static ELLIPSIS: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("…"));

/// What [`plain_spans`] needs to know of the character at byte `i` of a
/// [`plain`] line, read on the bytes: its length and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Whitespace: separates tokens.
    Space,
    /// `.`, `!`, `?`, `…`: may end a sentence.
    Ender,
    /// `”`, `"`, `)`: stays with the mark before it.
    Closer,
    /// Anything else.
    Other,
}

#[inline]
fn mark_at(b: &[u8], i: usize) -> Option<(Mark, usize)> {
    let x = *b.get(i)?;
    let next = |k: usize| b.get(i + k).copied().unwrap_or(0);
    Some(match x {
        b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => (Mark::Space, 1),
        b'.' | b'!' | b'?' => (Mark::Ender, 1),
        b'"' | b')' => (Mark::Closer, 1),
        0..=0x7f => (Mark::Other, 1),
        // U+0085 and U+00A0 are the white space below U+0100.
        0xC2 if matches!(next(1), 0x85 | 0xA0) => (Mark::Space, 2),
        0xC0..=0xDF => (Mark::Other, 2),
        // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F: white space;
        // U+2026 `…`; U+201D `”`.
        0xE2 => {
            let kind = match (next(1), next(2)) {
                (0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F) => Mark::Space,
                (0x80, 0xA6) => Mark::Ender,
                (0x80, 0x9D) => Mark::Closer,
                _ => Mark::Other,
            };
            (kind, 3)
        }
        0xE0..=0xEF => (Mark::Other, 3),
        _ => (Mark::Other, 4),
    })
}

/// The byte ranges of the sentences of a [`plain`] line, exactly as
/// `sentence_ends` finds them on its tokens: a token is a run of
/// non-space characters there, and `.`, `!`, `?`, `…` are tokens of their
/// own unless the `.` stands between two digits. Only those marks are
/// looked at (found by `memchr`); the rest of the line is skipped.
fn plain_spans(s: &str, out: &mut Vec<Range<usize>>) {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let ellipses = &*ELLIPSIS;
    // Where the current sentence may start, and where the search goes on.
    let mut from = 0;
    let mut pos = 0;
    let mut next_ellipsis = ellipses.find(b);
    loop {
        let mark = memchr::memchr3(b'.', b'!', b'?', &b[pos..]).map(|p| pos + p);
        if next_ellipsis.is_some_and(|e| e < pos) {
            next_ellipsis = ellipses.find(&b[pos..]).map(|p| pos + p);
        }
        let p = match (mark, next_ellipsis) {
            (Some(m), Some(e)) => m.min(e),
            (m, e) => match m.or(e) {
                Some(p) => p,
                None => break,
            },
        };
        pos = p + if b[p] == b'.' || b[p] == b'!' || b[p] == b'?' {
            1
        } else {
            3
        };
        if b[p] == b'.' && p > 0 && digit(p - 1) && digit(p + 1) {
            continue;
        }
        // `...` and `?!`: the marks glued to it stay in this sentence.
        while let Some((Mark::Ender | Mark::Closer, m)) = mark_at(b, pos) {
            pos += m;
        }
        let mut next = pos;
        while let Some((Mark::Space, m)) = mark_at(b, next) {
            next += m;
        }
        let next_starts = match s.get(next..).and_then(|r| r.chars().next()) {
            None => true,
            Some(c) => next > pos && opens_sentence(c),
        };
        if next_starts {
            let sentence = &s[from..pos];
            out.push(from + sentence.len() - sentence.trim_start().len()..pos);
            from = next;
            pos = next;
        }
    }
    let rest = &s[from..];
    let start = from + rest.len() - rest.trim_start().len();
    let end = from + rest.trim_end().len();
    if start < end {
        out.push(start..end);
    }
}

/// Whether a token starting with `c` can open a sentence.
fn opens_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || "“\"'(‘".contains(c)
}

fn starts_upper(t: &Bare, text: &str) -> bool {
    text[t.start..t.end]
        .chars()
        .next()
        .is_some_and(opens_sentence)
}

/// The token indices where the sentences of a line end: after `.`, `!`,
/// `?` or `…` (with the closing marks glued to it) before a spaced
/// upper-case start or the end of the line.
fn sentence_ends(text: &str, toks: &[Bare], ends: &mut Vec<usize>) {
    // The character of a punctuation token.
    let punct = |t: &Bare| {
        (t.kind == TokKind::Punct)
            .then(|| text[t.start..t.end].chars().next())
            .flatten()
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        i += 1;
        if matches!(punct(t), Some('.' | '!' | '?' | '…')) {
            // `...` and `?!`: keep the whole run in this sentence.
            while toks.get(i).is_some_and(|n| {
                matches!(punct(n), Some('.' | '!' | '?' | '…' | '”' | '"' | ')')) && !n.space_before
            }) {
                i += 1;
            }
            let next_starts = toks
                .get(i)
                .is_none_or(|n| n.space_before && starts_upper(n, text));
            if next_starts {
                ends.push(i);
            }
        }
    }
}

/// A sentence of the tokens `toks` (never empty); words are folded only if
/// it holds a numeral.
fn sentence<'t>(
    text: &'t str,
    line: usize,
    paragraph: usize,
    toks: &[Bare],
    norms: &mut Norms<'t>,
    arena: &'t Bump,
) -> Sentence<'t> {
    let (start, end) = match (toks.first(), toks.last()) {
        (Some(f), Some(l)) => (f.start, l.end),
        _ => (0, 0),
    };
    let mut s = Sentence {
        line,
        start,
        end,
        tokens: &[],
        paragraph,
    };
    if !toks.iter().any(|t| t.kind == TokKind::Num) {
        return s;
    }
    s.tokens = arena.alloc_slice_fill_iter(toks.iter().map(|&b| token_of(text, b, norms, arena)));
    s
}

/// What making a document's norms keeps from word to word: a buffer for
/// the folded word, and the norm of each word folded whole, by its
/// spelling. Such a word (`LĐLĐ`, `CĐCS`, a heading's `ĐOÀN`) is mostly
/// an abbreviation or a capital, written again and again in a document,
/// and folding it takes a pass of case mapping and one of tone marks.
#[derive(Default)]
struct Norms<'t> {
    folded: String,
    whole: HashMap<&'t str, &'t str, DocHash>,
}

/// The token of `b`, its norm made as the scan judged (a changed norm is
/// kept in `arena`, a word folded whole once per document).
#[inline(always)]
fn token_of<'t>(text: &'t str, b: Bare, norms: &mut Norms<'t>, arena: &'t Bump) -> Token<'t> {
    let word = &text[b.start..b.end];
    let folded = &mut norms.folded;
    let norm: &'t str = match b.fold {
        Fold::Whole => match norms.whole.get(word) {
            Some(&norm) => norm,
            None => {
                fold_into(word, folded);
                let norm = arena.alloc_str(folded);
                norms.whole.insert(word, norm);
                norm
            }
        },
        Fold::First => {
            let mut chars = word.chars();
            folded.clear();
            folded.extend(chars.next().map(small_of_capital));
            folded.push_str(chars.as_str());
            arena.alloc_str(folded)
        }
        Fold::Not => word,
    };
    Token::new(b.kind, b.start, b.end, b.space_before, norm)
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_of_a_rejoined_compound_are_read_where_the_flat_text_has_them() {
        // `Sở Tài nguyên-` ⏎ `Đất đai`: the wrap broke a compound at its
        // hyphen; body::flatten moves `Đất` back over the break, so its
        // bytes sit one earlier in the flat text. Tokens made of the text
        // itself would cut `Đ` in two there (a proptest input panicked so).
        let text = "Tổng kết\n\nSở Tài nguyên-\nđất đai tỉnh có 120 cán bộ, Phòng Kế hoạch-\nđầu tư có 45 người, và nhiều đơn vị khác tham gia.\n";
        let paras = crate::body::paragraphs(text, &crate::body::cut(text, false));
        let flat = crate::body::flatten(text, &paras);
        assert_ne!(
            flat.as_ref(),
            text.replace('\n', " "),
            "a compound was rejoined"
        );
        let arena = Bump::new();
        for s in sentences_of_flat(&flat, text, &paras, &arena) {
            for t in s.tokens {
                assert!(flat.get(t.start()..t.end()).is_some(), "{t:?}");
            }
        }
    }

    use super::*;
    use crate::body::{cut, paragraphs};

    fn split(text: &str) -> Vec<String> {
        sentences_for_test(text, &cut(text, true))
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn the_hand_scanner_finds_the_tokens_of_the_token_pattern() {
        // The pattern the scanner replaces, as the reference.
        let re = Regex::new(r"[\p{L}\p{M}]+|\d+(?:[.,]\d+)*|\S").unwrap();
        for text in [
            "Kết nạp 2134/1800 đoàn viên (đạt 128,56%); 10.493 ĐV, 3,1 tỷ đồng…",
            "“Công nhân giỏi Thủ đô”… 1.2. 3,,4 5.6.7 x×y ÷ ٣٤.٥ Ⅻ ª µ º\u{a0}a\u{2003}b",
            "tho\u{309}a, q\u{323} 12.a 1. ,5 ½ ① 𝟗𝟗 日本 ١٢٣",
            "",
        ] {
            let want: Vec<_> = re.find_iter(text).map(|m| m.range()).collect();
            let mut got = Vec::new();
            scan_tokens(text, 0, |t| got.push(t.start..t.end));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn the_fast_character_classes_agree_with_unicode() {
        // Every character the fast path decides, against the regex classes.
        let letter = Regex::new(r"^[\p{L}\p{M}]$").unwrap();
        let digit = Regex::new(r"^\d$").unwrap();
        let space = Regex::new(r"^\s$").unwrap();
        for c in (0..0x2100u32).filter_map(char::from_u32) {
            let one = c.to_string();
            let want = if letter.is_match(&one) {
                Class::Letter
            } else if digit.is_match(&one) {
                Class::Digit
            } else if space.is_match(&one) {
                Class::Space
            } else {
                Class::Other
            };
            assert_eq!(class(c), want, "U+{:04X}", c as u32);
            // The byte-level shortcuts too.
            assert_eq!(
                class_at(&CHARS, &one, 0),
                (want, one.len()),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn the_table_index_finds_each_characters_own_entry() {
        // `char_at` picks the entry by masks on the bytes; every character
        // must land on the entry built for it, or on the slow one if the
        // table leaves it out. Fails if an index is off by a range or a bit.
        let mut fast = 0;
        for c in (0..0x2200u32)
            .chain(0x1_F600..0x1_F610)
            .filter_map(char::from_u32)
        {
            let one = c.to_string();
            let (e, n) = char_at(&CHARS, one.as_bytes(), 0);
            if e == bits::SLOW {
                let covered = (c as u32) < 0x800 || ('\u{1E00}'..='\u{207F}').contains(&c);
                assert!(!covered || known_class(c).is_none(), "U+{:04X}", c as u32);
                continue;
            }
            assert_eq!((e, n), (entry_of(c), one.len()), "U+{:04X}", c as u32);
            fast += 1;
        }
        // ASCII, Latin-1 to Latin Extended-B, the marks, U+1E00–U+1EFF,
        // U+2000–U+206F: 1,010 characters.
        assert_eq!(fast, 1010);
    }

    #[test]
    fn plain_means_no_character_outside_the_safe_ranges() {
        let safe = |c: char| {
            (c as u32) < 0x640
                || ('\u{1E00}'..='\u{1EFF}').contains(&c)
                || ('\u{2000}'..='\u{207F}').contains(&c)
        };
        let edge = [
            'a', '9', 'đ', '\u{63F}', '\u{640}', '\u{660}', '\u{1DFF}', '\u{1E00}', 'ộ',
            '\u{1EFF}', '\u{1F00}', '\u{1FFF}', '\u{2000}', '…', '\u{207F}', '\u{2080}', '日',
            '😀',
        ];
        for x in edge {
            for y in edge {
                for pad in ["", "a"] {
                    let s = format!("{pad}{x}{y}");
                    assert_eq!(plain(&s), s.chars().all(safe), "{s:?}");
                }
            }
        }
        assert!(plain(""));
    }

    /// Words of `o`/`u` pairs, toned vowels and capitals in every order.
    const PIECES: &[&str] = &[
        "a", "o", "u", "q", "Q", "O", "U", "n", "h", "x", "đ", "Đ", "à", "á", "ả", "ã", "ạ", "ỳ",
        "ý", "ỷ", "ỹ", "ỵ", "Ý", "À", "Ấ", "ấ", "Ơ", "ơ", "ư", "Ư", "é", "É", "\u{301}", " ", " ",
        "5",
    ];

    proptest::proptest! {
        #[test]
        fn every_norm_is_what_fold_gives(
            parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..24)
        ) {
            let text = format!("{} 7", parts.concat());
            let mut bare = Vec::new();
            let mut norms = Norms::default();
            bare_tokens(&text, 0..text.len(), &mut bare);
            let arena = Bump::new();
            let s = sentence(&text, 1, 0, &bare, &mut norms, &arena);
            for (b, t) in bare.iter().zip(s.tokens) {
                if b.kind == TokKind::Word {
                    let word = &text[b.start..b.end];
                    proptest::prop_assert_eq!(b.fold == Fold::Not, is_folded(word), "{:?}", word);
                    proptest::prop_assert_eq!(t.norm, crate::lexicon::fold(word), "{:?}", word);
                }
            }
        }
    }

    #[test]
    fn the_fold_judged_while_scanning_gives_what_fold_gives() {
        // `Đoàn` (capital), `hoà`/`thuỷ` (new-style pairs), `hoàn` (no pair:
        // a letter follows), `tho\u{309}a` (a combining mark), `Ⅻ` (a word
        // of one character that is no letter), `CĐCS`, `ĐV`; capitals of
        // one step (`Ấp`, `Ăn`, `Ðo`), `Oà`/`Uỷ` (lowered, the capital opens
        // a pair), `Quý`, and capitals of no step (`Ñ` is one, `ǅ`, `Σ` not).
        let texts = crate::test_support::fixture_texts_and(&[
            "Đoàn hoà thuỷ hoàn khoản tho\u{309}a Ⅻ CĐCS ĐV uý oà Hoà ÔNG ơn ư 5.",
            "Oà Uỷ Oàn Quý QUÝ Ấp Ốc Ừ Ý Ỹ Ọ Ăn Ĩa Ũ Ơn Ưu Ðo Ñu ǅa Σa Ⅻ Zô Я Ω ǅ 7.",
        ]);
        let mut bare = Vec::new();
        let mut count = [0usize; 3];
        for text in &texts {
            bare_tokens(text, 0..text.len(), &mut bare);
            let arena = Bump::new();
            // Each text its own document: the norms kept are its own.
            let mut norms = Norms::default();
            let s = sentence(text, 1, 0, &bare, &mut norms, &arena);
            assert_eq!(s.tokens.len(), bare.len());
            for (b, t) in bare.iter().zip(s.tokens) {
                if b.kind != TokKind::Word {
                    continue;
                }
                let word = &text[b.start..b.end];
                assert_eq!(b.fold == Fold::Not, is_folded(word), "{word:?}");
                assert_eq!(t.norm, crate::lexicon::fold(word), "{word:?}");
                count[b.fold as usize] += 1;
            }
        }
        // Every way occurs, so each comparison can fail.
        assert!(count.iter().all(|&n| n > 10), "{count:?}");
    }

    #[test]
    fn plain_lines_split_as_their_tokens_do() {
        // The fast path finds sentence ends on the characters; it must cut
        // where the tokens cut and give the same tokens to every sentence
        // with a digit.
        let key = |s: &Sentence| {
            let toks: Vec<_> = s
                .tokens
                .iter()
                .map(|t| {
                    (
                        t.kind(),
                        t.start(),
                        t.end(),
                        t.space_before(),
                        t.norm.to_string(),
                    )
                })
                .collect();
            let clauses: Vec<_> = s.clauses().collect();
            (s.line, s.start, s.end, s.paragraph, toks, clauses)
        };
        let texts = crate::test_support::fixture_texts_and(&[
            "Đạt 10.493 đoàn viên. Năm 2016 có 5. Tăng 1,5%.",
            "Kết thúc... Tiếp theo?! “Mở” (đóng). a.B 1.2.3 x 1.2. Y 4.5.6.",
            "Hết câu.\u{a0}Câu mới…  “Trích dẫn” .Lạ . 7 người. 8 tổ.\u{2003}Chín",
            "  khoảng trắng đầu.   Đuôi  ",
            "Số 3.Chữ 4. (Mở ngoặc) 'nháy' ‘đơn’ ... ... . .",
            "Tp.HCM có 12 quận. Ông A.B. Nguyễn nói: 50% đạt.Tiếp",
            "Không có chữ số nào ở đây. Chỉ có câu! Và câu nữa?",
        ]);
        for text in &texts {
            // Lines, and paragraphs of several lines (a break before a
            // small letter joins them).
            let wrapped = text.replace(" đoàn viên", "\nđoàn viên");
            let (lines, paras) = (cut(text, true), paragraphs(&wrapped, &cut(&wrapped, true)));
            for (text, lines) in [(text.as_str(), lines), (wrapped.as_str(), paras)] {
                let arena = Bump::new();
                let fast: Vec<_> = split_lines(text, None, &lines, true, &arena)
                    .iter()
                    .map(key)
                    .collect();
                let slow: Vec<_> = split_lines(text, None, &lines, false, &arena)
                    .iter()
                    .map(key)
                    .collect();
                assert_eq!(fast, slow, "{}", &text[..text.len().min(60)]);
            }
        }
    }

    #[test]
    fn a_paragraph_of_several_lines_is_read_as_one() {
        // The issue's sentence broken before its noun: one sentence, its
        // tokens across the break, on the line it starts on; the next
        // sentence starts mid-line on line 2 and goes on to line 3; the
        // paragraph after the blank line is the second paragraph, on
        // line 5.
        let text = "Năm 2023 kết nạp được 2134/1800\nđoàn viên (đạt 128,56%). Thành\nlập 30 CĐCS.\n\nTrao 75 suất quà.";
        let s = sentences_for_test(text, &paragraphs(text, &cut(text, false)));
        let got: Vec<_> = s
            .iter()
            .map(|s| (&text[s.start..s.end], s.line, s.paragraph))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Năm 2023 kết nạp được 2134/1800\nđoàn viên (đạt 128,56%).",
                    1,
                    0
                ),
                ("Thành\nlập 30 CĐCS.", 2, 0),
                ("Trao 75 suất quà.", 5, 1),
            ]
        );
        assert!(s[0].tokens.iter().any(|t| t.norm == "viên"));
    }

    #[test]
    fn thousands_dots_do_not_end_a_sentence() {
        assert_eq!(split("cùng 10.493 đoàn viên. Năm 2016").len(), 2);
    }

    #[test]
    fn an_ellipsis_before_a_capital_ends_a_sentence() {
        // ha-noi-2023: `… “Công nhân giỏi Thủ đô”… Toàn Thành phố đã có …`
        let s = split("phấn đấu đạt danh hiệu “Công nhân giỏi Thủ đô”… Toàn Thành phố đã có trên 56.500 công nhân");
        assert_eq!(s.len(), 2);
        assert!(s[1].starts_with("Toàn"));
    }

    #[test]
    fn semicolons_split_clauses() {
        let text = "kết nạp được 2134/1800 đoàn viên (đạt 128,56%); thành lập 30/20 CĐCS";
        let s = sentences_for_test(text, &cut(text, true));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].clauses().count(), 2);
    }
}
