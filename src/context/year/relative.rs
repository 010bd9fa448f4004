//! Years named relative to the article's date: `năm qua` (the year just
//! past), `năm nay` (this year), and the current period with no year of
//! its own (`trong năm`, `từ đầu năm đến nay`, `6 tháng đầu năm`,
//! `vừa qua`). They are words, not numerals, so they are found in the
//! text of every sentence, with or without a numeral.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;

use super::cues::{CueKind, CUES};
use super::expressions::{Role, YearAt};
use crate::lexicon::fold;
use crate::segment::Sentence;

/// The kinds of cue searched for.
const KINDS: [CueKind; 3] = [CueKind::LastYear, CueKind::ThisYear, CueKind::Soft];

/// A cue phrase: its words, its kind, and its anchor, the word searched
/// for (`năm` where it has one, else its last word: `vừa qua`).
struct Phrase {
    words: Vec<String>,
    kind: CueKind,
    anchor: usize,
}

/// The cue phrases, longest first.
static PHRASES: LazyLock<Vec<Phrase>> = LazyLock::new(|| {
    let mut all: Vec<Phrase> = KINDS
        .iter()
        .flat_map(|&kind| {
            CUES.of(kind).iter().map(move |c| Phrase {
                anchor: c.words.iter().position(|w| w == "năm").unwrap_or(0),
                words: c.words.clone(),
                kind,
            })
        })
        .collect();
    all.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
    all
});

/// The anchor words, each searched for by its tail after its first
/// letter (`ăm` of `năm`, `ừa` of `vừa`) with SIMD `memmem`, the first
/// letter then checked in either case (`Năm`): two passes over the text
/// cost less than an automaton's walk over every byte. Every phrase but
/// one holds `năm`, a rarer word than their first ones (`trong`, `từ`);
/// the rest is read word by word around it, so a line break inside a
/// phrase (`năm\nqua` in hard-wrapped text) does not hide it.
static ANCHORS: LazyLock<Vec<(u8, memmem::Finder<'static>)>> = LazyLock::new(|| {
    let mut words: Vec<&str> = PHRASES.iter().map(|p| p.words[p.anchor].as_str()).collect();
    words.sort_unstable();
    words.dedup();
    words
        .into_iter()
        .filter_map(|w| {
            let first = *w.as_bytes().first()?;
            // Only an ASCII first letter can be matched in either case
            // by one byte (every anchor of the list has one).
            first
                .is_ascii_alphabetic()
                .then(|| (first, memmem::Finder::new(&w[1..]).into_owned()))
        })
        .collect()
});

/// What the relative cues of a document say.
#[derive(Debug, Clone, Default)]
pub(super) struct Relatives {
    /// `năm qua`, `năm nay` as expressions (their years still 0).
    pub anchored: Vec<YearAt>,
    /// Whether the body names the current period without a year.
    pub soft: bool,
}

/// Finds the relative cues in the sentences that can date a figure: the
/// lead's (up to byte `lead_end`) and those of paragraphs with a numeral
/// (a claim's own paragraph carries its year; the others hold none).
pub(super) fn scan(text: &str, sentences: &[Sentence], lead_end: usize) -> Relatives {
    let mut found = Relatives::default();
    let bytes = text.as_bytes();
    for run in runs(sentences, lead_end) {
        let ss = &sentences[run];
        let (Some(first), Some(last)) = (ss.first(), ss.last()) else {
            continue;
        };
        let body = first.start..last.end.min(text.len());
        for (letter, tail) in ANCHORS.iter() {
            for hit in tail.find_iter(&bytes[body.clone()]) {
                let end = body.start + hit + tail.needle().len();
                let Some(at) = (body.start + hit).checked_sub(1) else {
                    continue;
                };
                if at >= body.start && bytes[at].to_ascii_lowercase() == *letter {
                    cue_at(text, ss, at..end, &mut found);
                }
            }
        }
    }
    found
}

/// The runs of sentences to read (index ranges): whole paragraphs with a
/// numeral, and the lead.
fn runs(sentences: &[Sentence], lead_end: usize) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        let p = sentences[i].paragraph;
        let n = sentences[i..]
            .iter()
            .take_while(|s| s.paragraph == p)
            .count();
        let para = i..i + n;
        let needed = sentences[para.clone()]
            .iter()
            .any(|s| !s.tokens.is_empty() || s.start < lead_end);
        if needed {
            match runs.last_mut() {
                Some(r) if r.end == para.start => r.end = para.end,
                _ => runs.push(para),
            }
        }
        i += n.max(1);
    }
    runs
}

/// Reads the cue whose anchor word is at `anchor`, if any, into `found`.
fn cue_at(text: &str, sentences: &[Sentence], anchor: Range<usize>, found: &mut Relatives) {
    let at = anchor.start;
    // `năm 2023`: a numeral right after the anchor makes a year
    // expression, read with the numerals; most anchors are these.
    let numeral_next =
        next_word(text, anchor.end).is_some_and(|(a, _)| text.as_bytes()[a].is_ascii_digit());
    if numeral_next {
        return;
    }
    let k = sentences.partition_point(|s| s.start <= at);
    if k == 0 || at >= sentences[k - 1].end || !word_bounded(text, at, anchor.end) {
        return;
    }
    // The words before it that count are its sentence's.
    let own = sentences[k - 1].start;
    let Some((from, to, kind)) = phrase_around(text, own, at) else {
        return;
    };
    let role = match kind {
        CueKind::LastYear => Role::LastYear,
        CueKind::ThisYear => Role::ThisYear,
        _ => {
            // `năm vừa qua` is the year just past, found as such.
            let after_nam = previous_word(&text[own..from]).is_some_and(|w| same_word(w, "năm"));
            found.soft |= !other_expression_follows(text, to) && !after_nam;
            return;
        }
    };
    if !plural_before(&text[own..from]) {
        found.anchored.push(YearAt {
            at: from,
            year: 0,
            role,
        });
    }
}

/// The longest cue phrase around its anchor word at byte `at` (its
/// sentence starting at `own`): where it starts and ends, its kind. The
/// two words either side are read once for all the phrases.
fn phrase_around(text: &str, own: usize, at: usize) -> Option<(usize, usize, CueKind)> {
    let (_, anchor_end) = word_at(text, at)?;
    let anchor = &text[at..anchor_end];
    let mut after: [Option<(usize, usize)>; 2] = [None; 2];
    after[0] = next_word(text, anchor_end);
    after[1] = after[0].and_then(|(_, e)| next_word(text, e));
    let mut before: [Option<usize>; 2] = [None; 2];
    before[0] = previous_start(text, own, at);
    before[1] = before[0].and_then(|b| previous_start(text, own, b));
    PHRASES.iter().find_map(|p| {
        let (pre, post) = (&p.words[..p.anchor], &p.words[p.anchor + 1..]);
        if !same_word(anchor, &p.words[p.anchor]) || pre.len() > 2 || post.len() > 2 {
            return None;
        }
        let mut to = anchor_end;
        for (w, found) in post.iter().zip(&after) {
            let (a, b) = (*found)?;
            if !same_word(&text[a..b], w) {
                return None;
            }
            to = b;
        }
        let mut from = at;
        for (w, found) in pre.iter().rev().zip(&before) {
            let a = (*found)?;
            let (_, b) = word_at(text, a)?;
            if !same_word(&text[a..b], w) {
                return None;
            }
            from = a;
        }
        Some((from, to, p.kind))
    })
}

/// Where the word before byte `at` starts, inside the sentence starting
/// at `own`, with only white space between.
fn previous_start(text: &str, own: usize, at: usize) -> Option<usize> {
    let head = &text[own..at];
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() {
        return None;
    }
    let word = previous_word(trimmed)?;
    Some(own + trimmed.len() - word.len())
}

/// The word (letters and digits) starting at `at`.
fn word_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let len: usize = text[at..]
        .chars()
        .take_while(|&c| word_char(c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some((at, at + len))
}

/// The next word after `pos`, with only white space (line breaks too)
/// between: a mark between ends the phrase.
fn next_word(text: &str, pos: usize) -> Option<(usize, usize)> {
    let gap: usize = text[pos..]
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    (gap > 0).then_some(())?;
    word_at(text, pos + gap)
}

/// The last word of `head`, white space after it.
fn previous_word(head: &str) -> Option<&str> {
    let head = head.trim_end();
    let len: usize = head
        .chars()
        .rev()
        .take_while(|&c| word_char(c))
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| &head[head.len() - len..])
}

/// Whether `word` as written is the folded cue word `cue` (the cue words
/// hold no tone pair, so lower case is their fold).
fn same_word(word: &str, cue: &str) -> bool {
    if word.is_ascii() {
        return word.eq_ignore_ascii_case(cue);
    }
    word.chars().flat_map(char::to_lowercase).eq(cue.chars())
}

/// Whether `c` is part of a word: a letter or digit. The ranges
/// of Vietnamese letters are settled without the Unicode tables (a table
/// search per character was most of this stage's reading of words).
fn word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        _ if c.is_ascii() => false,
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// Whether the match `at..end` is whole words.
fn word_bounded(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(word_char) && !after.is_some_and(word_char)
}

/// Whether a numeral or a word that makes another expression follows
/// (`trong năm 2023`, `đầu năm 2022`, `trong năm học`, `trong năm qua`):
/// then the cue is no period without a year.
fn other_expression_follows(text: &str, end: usize) -> bool {
    let Some((from, to)) = next_word(text, end) else {
        return false;
    };
    let next = &text[from..to];
    next.starts_with(|c: char| c.is_ascii_digit())
        || [
            "qua", "nay", "học", "trước", "ngoái", "tới", "sau", "mới", "vừa",
        ]
        .iter()
        .any(|w| same_word(next, w))
}

/// Whether `head` ends in `những`, `các`, `nhiều`, `mấy` or a number
/// (`trong những năm qua`, `5 năm qua`): past years, not one year.
fn plural_before(head: &str) -> bool {
    previous_word(head).is_some_and(|w| {
        w.chars().all(|c| c.is_ascii_digit()) || CUES.is(CueKind::Plural, &fold(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

    fn relatives(text: &str) -> Relatives {
        scan(text, &sentences(text, &cut(text, false)), usize::MAX)
    }

    #[test]
    fn the_year_just_past_is_found_in_any_sentence() {
        // d19
        let r = relatives("Trong năm qua, Huyện ủy Xuân Lộc kết nạp được 358 đảng viên mới.");
        assert_eq!(r.anchored.len(), 1);
        assert_eq!(r.anchored[0].role, Role::LastYear);
        let r = relatives("Năm nay, Công đoàn chú trọng chăm lo đoàn viên.");
        assert_eq!(r.anchored[0].role, Role::ThisYear);
        assert_eq!(
            relatives("Năm vừa qua có nhiều khó khăn.").anchored[0].role,
            Role::LastYear
        );
    }

    #[test]
    fn past_years_are_not_one_year() {
        // d09
        assert!(
            relatives("Được biết, trong những năm qua, Công đoàn ngành Y tế đã làm tốt")
                .anchored
                .is_empty()
        );
        assert!(relatives("Trong 5 năm qua, hội đã vận động")
            .anchored
            .is_empty());
        assert!(relatives("năm quan trọng của nhiệm kỳ").anchored.is_empty());
    }

    #[test]
    fn the_current_period_without_a_year_is_soft() {
        // d12, d18
        assert!(relatives("Từ đầu năm đến nay, đã thành lập được 8 công đoàn cơ sở").soft);
        assert!(relatives("Trong 6 tháng đầu năm, toàn tỉnh có 630/847 khu dân cư").soft);
        assert!(!relatives("Trong năm 2023, toàn tỉnh có 630 khu dân cư").soft);
        assert!(!relatives("Từ đầu năm 2022, quận đã tổ chức 5 hội nghị").soft);
        assert!(!relatives("Trong năm qua, quận đã tổ chức 5 hội nghị").soft);
    }

    #[test]
    fn paragraphs_without_a_numeral_after_the_lead_are_not_read() {
        let text = "Tiêu đề\n\nNăm qua, hội làm tốt.\n\nNăm nay, hội chăm lo.\n\nNăm qua, đã kết nạp 50 hội viên.";
        let ss = sentences(text, &cut(text, false));
        let lead_end = ss[2].start;
        let r = scan(text, &ss, lead_end);
        let roles: Vec<Role> = r.anchored.iter().map(|y| y.role).collect();
        assert_eq!(roles, [Role::LastYear, Role::LastYear]);
    }

    #[test]
    fn word_characters_are_the_standard_ones() {
        for c in (0..0x2100).filter_map(char::from_u32) {
            assert_eq!(word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn a_line_break_inside_a_cue_does_not_hide_it() {
        let r = relatives("Trong năm\nqua, Huyện ủy kết nạp được 358 đảng viên mới.");
        assert_eq!(r.anchored.len(), 1);
        assert!(relatives("Năm, qua nhiều khó khăn").anchored.is_empty());
    }
}
