//! The words a unit's name is read from, folded so that case and the
//! placement of tone marks do not matter (`Uỷ ban` = `Ủy ban`,
//! `Liên đoàn lao động` = `Liên đoàn Lao động`), and the phrase tables
//! they are matched against.

use std::collections::HashMap;

use super::tables;
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
    /// The word lists have a name starting with this word written so (see
    /// [`tables::may_start`]).
    pub starter: bool,
    /// The folded form's number in the words of the phrase tables
    /// ([`vocabulary`]), 0 for a word of none: the tables compare these
    /// numbers, not the strings (see [`Phrases::at`]).
    pub lex: u32,
}

/// The folded words of every phrase table ([`tables::PHRASE_LISTS`]),
/// numbered from 1. Made from the lists rather than from the tables, as
/// the words read are numbered before any table is built.
#[derive(Debug, Default)]
struct Vocabulary {
    /// Each folded word's number.
    words: HashMap<String, u32, WordHash>,
    /// Each phrase of the lists as its words' numbers, so that the tables
    /// made of them need not read them again.
    phrases: HashMap<&'static str, Vec<u32>, WordHash>,
}

static VOCABULARY: std::sync::LazyLock<Vocabulary> = std::sync::LazyLock::new(|| {
    let mut v = Vocabulary::default();
    let phrases = tables::PHRASE_LISTS
        .iter()
        .flat_map(|t| crate::lexicon::rows(t).map(|r| r[0]));
    for phrase in phrases {
        let numbers = phrase_words(phrase)
            .into_iter()
            .map(|fold| {
                let next = u32::try_from(v.words.len() + 1).unwrap_or(u32::MAX);
                *v.words.entry(fold).or_insert(next)
            })
            .collect();
        v.phrases.insert(phrase, numbers);
    }
    v
});

/// The number of the folded word `fold` in [`VOCABULARY`], 0 if none.
fn vocabulary(fold: &str) -> u32 {
    VOCABULARY.words.get(fold).copied().unwrap_or(0)
}

/// [`vocabulary`] of each ASCII mark, looked up once.
static ASCII_LEX: std::sync::LazyLock<[u32; 128]> = std::sync::LazyLock::new(|| {
    let mut out = [0; 128];
    for (b, lex) in (0u8..128).zip(out.iter_mut()) {
        *lex = vocabulary(char::from(b).encode_utf8(&mut [0; 4]));
    }
    out
});

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

/// A letter, digit or combining mark: part of a word. `chars` is
/// [`TABLE`], dereferenced once per sentence by the caller.
#[inline]
fn word_char(chars: &[CharFold], c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // General Punctuation (quotes, dashes, `…`) holds no letter.
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    match table_in(chars, c).filter(|f| f.base[0].is_some()) {
        Some(f) => f.letter,
        None => c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c),
    }
}

/// The character at byte `at` of `text`, if `at` is before `end`: an
/// ASCII byte is its character, and only a letter with marks (most of a
/// Vietnamese word's letters have none) is decoded.
#[inline(always)]
fn char_at(text: &str, at: usize, end: usize) -> Option<char> {
    let b = *text.as_bytes().get(at).filter(|_| at < end)?;
    if b.is_ascii() {
        return Some(char::from(b));
    }
    text.get(at..end)?.chars().next()
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
    /// Lower case, decomposed, without its tone mark: a letter and at
    /// most one vowel mark.
    base: [Option<char>; 2],
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
            let mut base = [None; 2];
            let mut tone = None;
            let mut n = 0;
            for d in std::iter::once(c).nfd() {
                if is_tone_mark(d) {
                    tone = Some(d);
                    continue;
                }
                for l in d.to_lowercase() {
                    if let Some(b) = base.get_mut(n) {
                        *b = Some(l);
                    }
                    n += 1;
                }
            }
            if n > 2 {
                // No letter of these blocks has more; keep the rule whole.
                return CharFold::default();
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
#[inline]
fn table(c: char) -> Option<&'static CharFold> {
    table_in(&TABLE, c)
}

/// [`table`] of the table `chars` (the [`TABLE`] already at hand).
#[inline]
fn table_in(chars: &[CharFold], c: char) -> Option<&CharFold> {
    let u = u32::from(c);
    let [(a0, b0), (a1, b1)] = BLOCKS;
    let index = if (a0..=b0).contains(&u) {
        u - a0
    } else if (a1..=b1).contains(&u) {
        b0 - a0 + 1 + u - a1
    } else {
        return None;
    };
    chars.get(index as usize)
}

/// The words and punctuation marks of `text[range]`, pushed to `out`,
/// folded afresh with no [`Word::starter`] marked: the word lists are
/// read so, and the starters are what they define.
pub fn scan(text: &str, range: Range<usize>, out: &mut Vec<Word>) {
    let mut words = Words::default();
    words.read(text, range, None);
    out.extend_from_slice(&words.slots[..words.len]);
}

/// [`scan`] without numbering the words: what [`VOCABULARY`] is made of.
fn scan_unnumbered(text: &str, out: &mut Vec<Word>) {
    let mut words = Words {
        unnumbered: true,
        ..Words::default()
    };
    words.read(text, 0..text.len(), None);
    out.extend_from_slice(&words.slots[..words.len]);
}

/// A sentence's words, read into slots kept from sentence to sentence so
/// that the folded forms reuse their allocations.
#[derive(Debug, Default)]
pub struct Words {
    slots: Vec<Word>,
    len: usize,
    /// The words read that are neither marks nor numerals, and how many
    /// of them have no small letter: counted as they are written, so that
    /// [`Words::shouting`] need not go over them again.
    letters: usize,
    capitals: usize,
    /// Whether a straight or opening double quote mark was read.
    quote: bool,
    /// Leaves [`Word::lex`] 0: the words read make the vocabulary.
    unnumbered: bool,
}

/// The first space of `bytes[from..end]`, else `end`. A plain search: a
/// hand-made eight-byte search cut mispredicted branches by 5 % but not
/// the run by the tenth a hand-written piece must earn, and `memchr`'s
/// set-up costs more than a syllable's few bytes.
fn space_at(bytes: &[u8], from: usize, end: usize) -> usize {
    bytes
        .get(from..end)
        .and_then(|run| run.iter().position(|&b| b == b' '))
        .map_or(end, |n| from + n)
}

/// `u8::is_ascii_punctuation` as a table: one load, where the test of
/// four ranges took a score of instructions.
static ASCII_MARKS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_punctuation();
        b += 1;
    }
    table
};

/// The bytes of `run` between the ASCII marks before and after its word
/// (`(đoàn`, `viên),`): the first two on each side counted without a
/// branch, as whether a syllable has a mark beside it cannot be
/// predicted, and any more in a loop.
fn marks_around(bytes: &[u8], run: Range<usize>) -> Range<usize> {
    let mark =
        |k: usize| (k < run.end) & bytes.get(k).is_some_and(|&b| ASCII_MARKS[usize::from(b)]);
    let (l0, l1) = (mark(run.start), mark(run.start + 1));
    let mut start = run.start + usize::from(l0) + usize::from(l0 & l1);
    if l0 & l1 {
        while start < run.end && ASCII_MARKS[usize::from(bytes[start])] {
            start += 1;
        }
    }
    let before = |k: usize| (k > start) & mark(k.saturating_sub(1));
    let t0 = before(run.end);
    let t1 = t0 & before(run.end.saturating_sub(1));
    let mut end = run.end - usize::from(t0) - usize::from(t0 & t1);
    if t0 & t1 {
        while end > start && ASCII_MARKS[usize::from(bytes[end - 1])] {
            end -= 1;
        }
    }
    start..end.max(start)
}

/// What is kept of a word's spelling: its folded form and what
/// [`Word`] says of it.
#[derive(Debug)]
struct Folded {
    fold: Box<str>,
    cap: bool,
    upper: bool,
    starter: bool,
    lex: u32,
}

/// Words beyond this many distinct spellings are not kept: running
/// Vietnamese uses a few thousand syllables, and a pathological input
/// must neither grow the memory nor, with keys chosen to collide under
/// the unseeded hash, the probes without bound.
const FOLDS_KEPT: usize = 1 << 13;

thread_local! {
    /// Folds of the words seen so far on this thread: Vietnamese is
    /// written in a few thousand syllables, so almost every word of a
    /// sentence has been folded before, in this document or an earlier
    /// one. A hand-made memo kept for speed: on the bench corpus a run
    /// that folds every word afresh takes a quarter longer.
    static FOLDS: std::cell::RefCell<HashMap<Spelling, Folded, WordHash>> =
        std::cell::RefCell::new(HashMap::default());
}

impl Words {
    /// The words and punctuation marks of `text[range]`, each folded (see
    /// [`fold`]), in one pass over the characters.
    pub fn scan(&mut self, text: &str, range: Range<usize>) -> &[Word] {
        self.clear();
        FOLDS.with_borrow_mut(|folds| {
            if folds.len() > FOLDS_KEPT {
                folds.clear();
            }
            self.read(text, range, Some(folds));
        });
        &self.slots[..self.len]
    }

    /// Reads `text[range]` a run between spaces at a time: a run that is
    /// a word already folded (most of a sentence: Vietnamese is written
    /// in a few thousand syllables, each between spaces) is written from
    /// the memo without reading its characters; any other run is read a
    /// character at a time. A run between spaces reads the same alone as
    /// in its sentence: white space ends every word and mark.
    fn read_runs(
        &mut self,
        text: &str,
        range: Range<usize>,
        folds: &mut HashMap<Spelling, Folded, WordHash>,
    ) {
        self.clear();
        let bytes = text.as_bytes();
        let end = range.end.min(bytes.len());
        let mut at = range.start;
        while at < end {
            if bytes[at] == b' ' {
                at += 1;
                continue;
            }
            let run_end = space_at(bytes, at, end);
            if bytes[at].is_ascii_digit() {
                // A numeral (`2.134`, `97,4%.`): a word starting with a
                // digit is never kept, so neither look-up can find it.
                self.read_chars(text, at..run_end, Some(folds));
                at = run_end + 1;
                continue;
            }
            // Most runs are a bare word already folded. A kept word starts
            // and ends with a word character, never an ASCII mark, so a
            // run that is one has no marks to strip: looked up whole, it
            // needs no look at its ends.
            let bare = bytes
                .get(at..run_end)
                .and_then(spelling)
                .and_then(|k| folds.get(&k));
            match bare {
                Some(f) => self.push_kept(at..run_end, f),
                None => {
                    let core = marks_around(bytes, at..run_end);
                    if !self.kept_run(text, at..run_end, core, folds) {
                        self.read_chars(text, at..run_end, Some(folds));
                    }
                }
            }
            // Past the space that ends the run: a second one is rare.
            at = run_end + 1;
        }
    }

    /// Writes the run `text[run]` if its `core` is a word already folded
    /// and the rest ASCII marks before and after it (`(đoàn`, `viên),`),
    /// whether it was: a mark before a word or after it is never part of
    /// it.
    fn kept_run(
        &mut self,
        text: &str,
        run: Range<usize>,
        core: Range<usize>,
        folds: &HashMap<Spelling, Folded, WordHash>,
    ) -> bool {
        let bytes = text.as_bytes();
        let kept = match core.is_empty() {
            true => None,
            false => match bytes
                .get(core.clone())
                .and_then(spelling)
                .and_then(|k| folds.get(&k))
            {
                Some(f) => Some(f),
                None => return false,
            },
        };
        for (at, &b) in (run.start..core.start).zip(&bytes[run.start..core.start]) {
            self.mark(at, char::from(b));
        }
        if let Some(f) = kept {
            self.push_kept(core.clone(), f);
        }
        let after = core.end.max(core.start)..run.end;
        for (at, &b) in after.clone().zip(&bytes[after]) {
            self.mark(at, char::from(b));
        }
        true
    }

    /// The words and marks last read.
    pub fn words(&self) -> &[Word] {
        &self.slots[..self.len]
    }

    /// Forgets the words read.
    fn clear(&mut self) {
        self.len = 0;
        (self.letters, self.capitals, self.quote) = (0, 0, false);
    }

    /// Whether the words read are all capitals (a shouted headline): at
    /// least three words of letters, four in five without a small letter.
    /// What [`super::names::shouting`] says of them.
    pub fn shouting(&self) -> bool {
        self.letters >= 3 && self.capitals * 5 >= self.letters * 4
    }

    /// Whether a straight or opening double quote mark (`"`, `“`) was
    /// read: only such a sentence can name an undertaking.
    pub fn quoted(&self) -> bool {
        self.quote
    }

    /// Counts a word of letters (no mark, no numeral) for
    /// [`Words::shouting`].
    #[inline(always)]
    fn count_letters(&mut self, upper: bool) {
        self.letters += 1;
        self.capitals += usize::from(upper);
    }

    /// Writes the kept word `f` read at `span`.
    #[inline(always)]
    fn push_kept(&mut self, span: Range<usize>, f: &Folded) {
        let slot = self.next_slot();
        slot.span = span;
        (slot.digit, slot.punct) = (false, false);
        slot.fold.clear();
        slot.fold.push_str(&f.fold);
        (slot.cap, slot.upper, slot.starter) = (f.cap, f.upper, f.starter);
        slot.lex = f.lex;
        self.count_letters(f.upper);
    }

    /// Splits `text[range]` into words and marks; a joiner belongs to the
    /// word before it only if a word character follows.
    fn read(
        &mut self,
        text: &str,
        range: Range<usize>,
        folds: Option<&mut HashMap<Spelling, Folded, WordHash>>,
    ) {
        self.clear();
        match folds {
            Some(folds) => self.read_runs(text, range, folds),
            None => self.read_chars(text, range, None),
        }
    }

    /// [`Words::read`] a character at a time, appending to the words read.
    fn read_chars(
        &mut self,
        text: &str,
        range: Range<usize>,
        mut folds: Option<&mut HashMap<Spelling, Folded, WordHash>>,
    ) {
        // The span of the word being read, and a joiner seen after it.
        let mut word: Option<Range<usize>> = None;
        let mut joint: Option<(usize, char)> = None;
        let chars: &[CharFold] = &TABLE;
        let bytes = text.as_bytes();
        let mut next = range.start;
        while let Some(c) = char_at(text, next, range.end) {
            let at = next;
            next += c.len_utf8();
            if word_char(chars, c) {
                // The ASCII letters after it (most of a syllable's) in one
                // run, without the general path's questions.
                while next < range.end && bytes.get(next).is_some_and(u8::is_ascii_alphanumeric) {
                    next += 1;
                }
                match word.as_mut() {
                    Some(w) => {
                        joint = None;
                        w.end = next;
                    }
                    None => word = Some(at..next),
                }
                continue;
            }
            if word.is_some() && joint.is_none() && joiner(c) {
                joint = Some((at, c));
                continue;
            }
            self.end_word(text, &mut word, &mut joint, folds.as_deref_mut());
            if !c.is_whitespace() {
                self.mark(at, c);
            }
        }
        self.end_word(text, &mut word, &mut joint, folds);
    }

    /// Writes the word being read, folded, and a joiner after it as a mark
    /// of its own.
    fn end_word(
        &mut self,
        text: &str,
        word: &mut Option<Range<usize>>,
        joint: &mut Option<(usize, char)>,
        folds: Option<&mut HashMap<Spelling, Folded, WordHash>>,
    ) {
        if let Some(span) = word.take() {
            let w = &text[span.clone()];
            let unnumbered = self.unnumbered;
            let slot = self.next_slot();
            slot.digit = w.starts_with(|c: char| c.is_ascii_digit());
            slot.punct = false;
            slot.span = span;
            slot.fold.clear();
            match folds {
                // A numeral is kept in no table: numbers seldom repeat, and
                // kept they would crowd out the syllables that do.
                Some(folds) if !slot.digit => fold_kept(w, slot, folds),
                _ => {
                    fold_word(w, slot);
                    if !unnumbered {
                        slot.lex = vocabulary(&slot.fold);
                    }
                }
            }
            if !slot.digit {
                let upper = slot.upper;
                self.count_letters(upper);
            }
        }
        if let Some((at, c)) = joint.take() {
            self.mark(at, c);
        }
    }

    /// Writes the punctuation mark `c` at `at`.
    fn mark(&mut self, at: usize, c: char) {
        let unnumbered = self.unnumbered;
        let slot = self.next_slot();
        slot.fold.clear();
        slot.fold.push(c);
        slot.lex = match (unnumbered, c.is_ascii()) {
            (true, _) => 0,
            (false, true) => ASCII_LEX[usize::from(c as u8 & 0x7f)],
            (false, false) => vocabulary(&slot.fold),
        };
        slot.span = at..at + c.len_utf8();
        (slot.punct, slot.digit, slot.cap, slot.upper) = (true, false, false, false);
        slot.starter = false;
        self.quote |= matches!(c, '"' | '“');
    }

    /// The next slot, made if there is none to reuse.
    fn next_slot(&mut self) -> &mut Word {
        if self.len == self.slots.len() {
            self.slots.push(Word {
                span: 0..0,
                fold: String::new(),
                cap: false,
                upper: false,
                punct: false,
                digit: false,
                starter: false,
                lex: 0,
            });
        }
        self.len += 1;
        &mut self.slots[self.len - 1]
    }
}

/// Folds the word `w` into `slot`, as kept from an earlier sentence if it
/// was seen, else afresh and kept, with whether it may start a name.
fn fold_kept(w: &str, slot: &mut Word, folds: &mut HashMap<Spelling, Folded, WordHash>) {
    let spelt = spelling(w.as_bytes());
    if let Some(f) = spelt.and_then(|k| folds.get(&k)) {
        slot.fold.push_str(&f.fold);
        (slot.cap, slot.upper, slot.starter) = (f.cap, f.upper, f.starter);
        slot.lex = f.lex;
        return;
    }
    fold_word(w, slot);
    slot.lex = vocabulary(&slot.fold);
    slot.starter = !slot.digit && tables::may_start(&slot.fold, slot.cap);
    let Some(spelt) = spelt else {
        return;
    };
    let folded = Folded {
        fold: slot.fold.as_str().into(),
        cap: slot.cap,
        upper: slot.upper,
        starter: slot.starter,
        lex: slot.lex,
    };
    folds.insert(spelt, folded);
}

/// A word's spelling as the memo of folds keys it: for a word of at
/// most 15 bytes (a syllable is at most 9 bytes of UTF-8, an abbreviation
/// seldom more), bytes that cover it, read in fixed-size loads from both
/// ends, and its length in the top byte of the second word (free, as the
/// second word holds at most seven of the word's bytes); a longer word is
/// not kept. Compared in two machine words, and made without a copy: a
/// string key was compared by a call to `memcmp`, and a padded array
/// copied in by one to `memcpy`, once for every word read. Sixteen bytes,
/// not 24 with the length apart: the memo's buckets are the unit stage's
/// most missed loads.
type Spelling = (u64, u64);

/// The [`Spelling`] of `w`, if it is short enough to keep.
fn spelling(b: &[u8]) -> Option<Spelling> {
    let n = b.len();
    // For a length of 9 to 15, the first eight bytes and the last eight,
    // less the bytes the first already holds, cover the word, as the
    // first four and the last four do for 4 to 8, and the first, middle
    // and last byte for 1 to 3.
    let load = |at: usize, size: usize| -> Option<u64> {
        let mut word = [0u8; 8];
        word[..size].copy_from_slice(b.get(at..at + size)?);
        Some(u64::from_le_bytes(word))
    };
    let (first, second) = match n {
        9..=15 => (load(0, 8)?, load(n - 8, 8)? >> (8 * (16 - n))),
        4..=8 => (load(0, 4)?, load(n - 4, 4)?),
        1..=3 => {
            let byte = |i: usize| u64::from(b[i]);
            (byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16, 0)
        }
        _ => return None,
    };
    Some((first, second | (n as u64) << 56))
}

/// Folds the word `w` into `slot`, a character at a time.
fn fold_word(w: &str, slot: &mut Word) {
    (slot.starter, slot.lex) = (false, 0);
    if w.is_ascii() {
        // A numeral or an ASCII word (`NQ`, `2.134`): lower case is all
        // its folding, as in `Folder::add`.
        let from = slot.fold.len();
        slot.fold.push_str(w);
        if let Some(added) = slot.fold.get_mut(from..) {
            added.make_ascii_lowercase();
        }
        let b = w.as_bytes();
        slot.cap = b.first().is_some_and(u8::is_ascii_uppercase);
        slot.upper = b.iter().any(u8::is_ascii_alphabetic) && !b.iter().any(u8::is_ascii_lowercase);
        return;
    }
    let mut folder = Folder::default();
    for c in w.chars() {
        folder.add(c, &mut slot.fold);
    }
    (slot.cap, slot.upper) = folder.finish(&mut slot.fold);
}

/// Folds a word a character at a time (see [`fold`]): the tone mark is
/// kept aside and written at the end.
#[derive(Debug, Default)]
struct Folder {
    cap: Option<bool>,
    letters: bool,
    small: bool,
    tone: Option<char>,
}

impl Folder {
    #[inline]
    fn add(&mut self, c: char, out: &mut String) {
        let (is_letter, is_upper, is_lower) = if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            (
                c.is_ascii_alphabetic(),
                c.is_ascii_uppercase(),
                c.is_ascii_lowercase(),
            )
        } else if let Some((f, b)) = table(c).and_then(|f| Some((f, f.base[0]?))) {
            out.push(b);
            if let Some(mark) = f.base[1] {
                out.push(mark);
            }
            self.tone = f.tone.or(self.tone);
            (f.letter, f.upper, f.lower)
        } else {
            for d in std::iter::once(c).nfd() {
                if is_tone_mark(d) {
                    self.tone = Some(d);
                } else {
                    out.extend(d.to_lowercase());
                }
            }
            (c.is_alphabetic(), c.is_uppercase(), c.is_lowercase())
        };
        self.cap.get_or_insert(is_upper);
        self.letters |= is_letter;
        self.small |= is_lower;
    }

    /// Writes the tone mark; whether the word starts with a capital, and
    /// whether it has letters and no small one.
    fn finish(self, out: &mut String) -> (bool, bool) {
        if let Some(t) = self.tone {
            out.push(t);
        }
        (self.cap.unwrap_or(false), self.letters && !self.small)
    }
}

/// Folds the word `w` into `out` (see [`fold`]); whether it starts with a
/// capital, and whether it has letters and no small one.
#[cfg(test)]
fn fold_into(w: &str, out: &mut String) -> (bool, bool) {
    let mut folder = Folder::default();
    for c in w.chars() {
        folder.add(c, out);
    }
    folder.finish(out)
}

/// The folded words of a phrase, as [`scan`] reads them from a text.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    scan_unnumbered(phrase, &mut out);
    out.into_iter().map(|w| w.fold).collect()
}

/// Phrases of a word list, looked up by their first folded word; the
/// longest that matches at a place wins.
#[derive(Debug)]
pub struct Phrases<T> {
    /// By a first word's [`Word::lex`], 1 + the index in `starting` of the
    /// phrases it starts, 0 for none: most words of a sentence start no
    /// phrase of a list, and one load says so.
    firsts: Box<[u32]>,
    /// The phrases that start with one word, longest first: a common first
    /// word (`công`, `hội`, `huyện`) starts dozens.
    starting: Vec<Vec<Phrase<T>>>,
}

/// A phrase of a [`Phrases`] table: the [`Word::lex`] of its folded words
/// after the first.
#[derive(Debug)]
struct Phrase<T> {
    /// The [`Word::lex`] of its second word, 0 for a phrase of one word:
    /// kept beside the value, as most phrases a look-up tries fail on
    /// their second word, and this one load turns them away without
    /// reaching `rest` on the heap.
    second: u32,
    rest: Vec<u32>,
    value: T,
}

impl<T> Phrase<T> {
    /// Whether the phrase's words after the first are written at the start
    /// of `there`, whose first word is numbered `next` (0 if there is
    /// none: no word of the vocabulary is numbered 0).
    #[inline(always)]
    fn matches(&self, next: u32, there: &[Word]) -> bool {
        if self.second == 0 {
            return true;
        }
        self.second == next
            && there.len() >= self.rest.len()
            && there.iter().zip(&self.rest).all(|(w, &lex)| w.lex == lex)
    }

    /// Its length in words.
    fn len(&self) -> usize {
        1 + self.rest.len()
    }
}

impl<T> Phrases<T> {
    /// The table of `(phrase, value)` pairs. Every word of a phrase is one
    /// of [`VOCABULARY`]'s (its list is among [`tables::PHRASE_LISTS`]): a
    /// phrase with another word could never match, and is left out.
    pub fn new(entries: impl IntoIterator<Item = (String, T)>) -> Self {
        let mut firsts = vec![0u32; VOCABULARY.words.len() + 1].into_boxed_slice();
        let mut starting: Vec<Vec<Phrase<T>>> = Vec::new();
        for (phrase, value) in entries {
            let words: Vec<u32> = match VOCABULARY.phrases.get(phrase.as_str()) {
                Some(numbers) => numbers.clone(),
                None => phrase_words(&phrase)
                    .iter()
                    .map(|f| vocabulary(f))
                    .collect(),
            };
            debug_assert!(!words.contains(&0), "{phrase} is not in the vocabulary");
            let Some((&first, rest)) = words.split_first() else {
                continue;
            };
            if words.contains(&0) {
                continue;
            }
            let Some(slot) = firsts.get_mut(first as usize) else {
                continue;
            };
            if *slot == 0 {
                starting.push(Vec::new());
                *slot = u32::try_from(starting.len()).unwrap_or(0);
            }
            let second = rest.first().copied().unwrap_or(0);
            let rest = rest.to_vec();
            if let Some(list) = starting.get_mut((*slot as usize).wrapping_sub(1)) {
                list.push(Phrase {
                    second,
                    rest,
                    value,
                });
            }
        }
        for list in &mut starting {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        Phrases { firsts, starting }
    }

    /// The value of a one-word phrase, given folded.
    pub fn at_word(&self, folded: &str) -> Option<&T> {
        self.starting(vocabulary(folded))?
            .iter()
            .find(|p| p.rest.is_empty())
            .map(|p| &p.value)
    }

    /// The phrases whose first word is numbered `lex`.
    #[inline]
    fn starting(&self, lex: u32) -> Option<&[Phrase<T>]> {
        let s = *self.firsts.get(lex as usize)?;
        self.starting
            .get((s as usize).wrapping_sub(1))
            .map(Vec::as_slice)
    }

    /// The longest phrase starting at `words[i]`: its length in words and
    /// its value.
    #[inline]
    pub fn at(&self, words: &[Word], i: usize) -> Option<(usize, &T)> {
        let first = words.get(i)?;
        let s = *self.firsts.get(first.lex as usize)?;
        if s == 0 {
            return None;
        }
        self.longest_at(words, i, s)
    }

    /// [`Phrases::at`] past the quick test: kept out of line, as most
    /// look-ups end at the test.
    #[inline(never)]
    fn longest_at(&self, words: &[Word], i: usize, s: u32) -> Option<(usize, &T)> {
        let rest = words.get(i + 1..)?;
        let next = rest.first().map_or(0, |w| w.lex);
        self.starting
            .get((s as usize).wrapping_sub(1))?
            .iter()
            .find(|p| p.matches(next, rest))
            .map(|p| (p.len(), &p.value))
    }
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
    fn an_ascii_word_folds_as_a_character_at_a_time() {
        // Numerals, abbreviations and ASCII words take the short way.
        for w in [
            "NQ", "2.134", "97,4%", "Covid", "trong", "A1", "GD-DT", "x", "-",
        ] {
            let mut slot = Words::default().next_slot().clone();
            fold_word(w, &mut slot);
            let mut out = String::new();
            let flags = fold_into(w, &mut out);
            assert_eq!(
                (slot.fold.as_str(), slot.cap, slot.upper),
                (out.as_str(), flags.0, flags.1),
                "{w}"
            );
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
    fn a_spelling_tells_apart_words_that_differ_in_any_byte() {
        // Every length a spelling keeps, a word and the words that differ
        // from it in one byte (the middle ones are what the loads from
        // both ends must still cover), and a word one byte longer.
        for n in 1..=15 {
            let base = "a".repeat(n);
            let mine = spelling(base.as_bytes());
            assert!(mine.is_some(), "{n} bytes are kept");
            for i in 0..n {
                let mut other = base.clone().into_bytes();
                other[i] = b'b';
                let other = String::from_utf8(other).unwrap_or_default();
                assert_ne!(spelling(other.as_bytes()), mine, "{other}");
            }
            assert_ne!(spelling("a".repeat(n + 1).as_bytes()), mine);
        }
        assert_eq!(spelling("a".repeat(16).as_bytes()), None);
        assert_eq!(spelling(b""), None);
    }

    #[test]
    fn a_kept_fold_is_the_fold_made_afresh() {
        // Read twice through the memo (the second time every word is kept
        // from the first), and once afresh: the same words, a word longer
        // than a kept spelling (`TỔNGLIÊNĐOÀNLAOĐỘNG`) included, and the
        // memo's words marked as name starters where a name can start.
        // Words between marks (`(LĐLĐ`, `tỉnh),`, `“Hội”`), a joined
        // word and its parts (`GD-ĐT`, `GD`), a trailing joiner (`ĐT.`),
        // marks alone (`...`), numerals, and a tab and a non-breaking space
        // inside a run are read the same from the memo as afresh.
        let text = "Tổng Liên đoàn Lao động TỔNGLIÊNĐOÀNLAOĐỘNG tặng Hội Nông dân \
                    (LĐLĐ tỉnh), “Hội” GD-ĐT GD, ĐT. ... (5) 1.200,5 tỉnh\tđoàn tỉnh\u{a0}đoàn";
        let mut fresh = Vec::new();
        scan(text, 0..text.len(), &mut fresh);
        let mut words = Words::default();
        for _ in 0..2 {
            let kept = words.scan(text, 0..text.len());
            assert_eq!(kept.len(), fresh.len());
            for (k, f) in kept.iter().zip(&fresh) {
                assert_eq!(
                    (&k.fold, k.cap, k.upper, k.lex, k.punct, k.digit),
                    (&f.fold, f.cap, f.upper, f.lex, f.punct, f.digit)
                );
                assert_eq!(k.span, f.span);
            }
            assert!(kept[0].starter, "`Tổng` starts a name");
            assert!(!kept[6].starter, "`tặng` starts none");
        }
    }

    #[test]
    fn the_first_space_is_found_across_eight_byte_loads() {
        // A space at every place of a run of up to twenty bytes, a run with
        // none, a space past `end` (not seen), and a byte 0xA0 (the
        // second byte of `à`, which differs from a space in one bit).
        for n in 0..20 {
            for space in 0..n {
                let mut run = vec![b'a'; n];
                run[space] = b' ';
                assert_eq!(space_at(&run, 0, n), space, "{n} {space}");
                assert_eq!(space_at(&run, 0, space), space, "end at the space");
            }
            assert_eq!(space_at(&vec![b'a'; n], 0, n), n);
        }
        let text = "Hòa Bình đoàn";
        assert_eq!(space_at(text.as_bytes(), 0, text.len()), 4);
        assert_eq!(space_at(text.as_bytes(), 5, text.len()), 10);
        assert_eq!(space_at(text.as_bytes(), 11, text.len()), text.len());
    }

    #[test]
    fn the_counts_kept_while_reading_say_what_the_words_say() {
        // Every line of the fixtures, and lines of capitals with numerals,
        // marks and quotes: the counts made while reading give what
        // `names::shouting` and a look for a quote mark give on the words.
        let mut texts = crate::test_support::fixture_texts_and(&[
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐẮK LẮK",
            "BÁO CÁO 6 THÁNG, NĂM 2024 (LĐLĐ)",
            "Hội thi \"Bữa cơm gia đình\" và “Tết sum vầy” có 120 đội",
            "TP.HCM GD-ĐT 1.200,5 ...",
        ]);
        texts.push(String::new());
        let mut words = Words::default();
        let mut lines = 0;
        for text in &texts {
            for line in text.lines() {
                let read = words.scan(line, 0..line.len()).to_vec();
                let quoted = read
                    .iter()
                    .any(|w| w.punct && matches!(w.fold.as_str(), "\"" | "“"));
                assert_eq!(
                    words.shouting(),
                    super::super::names::shouting(&read),
                    "{line}"
                );
                assert_eq!(words.quoted(), quoted, "{line}");
                lines += 1;
            }
        }
        assert!(lines > 100);
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
