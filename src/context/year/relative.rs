//! Years named relative to the article's date: `năm qua` (the year just
//! past), `năm nay` (this year), and the current period with no year of
//! its own (`trong năm`, `từ đầu năm đến nay`, `6 tháng đầu năm`,
//! `vừa qua`). They are words, not numerals, so they are found in the
//! text of every sentence, with or without a numeral.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::cues::CUES;
use super::expressions::{Role, YearAt};
use crate::lexicon::fold;
use crate::segment::Sentence;

/// The kinds of cue searched for.
const KINDS: [&str; 3] = ["last_year", "this_year", "soft"];

/// The cue phrases as (words, kind), longest first.
static PHRASES: LazyLock<Vec<(Vec<String>, &str)>> = LazyLock::new(|| {
    let mut all: Vec<(Vec<String>, &str)> = KINDS
        .iter()
        .flat_map(|kind| CUES.of(kind).iter().map(move |c| (c.words.clone(), *kind)))
        .collect();
    all.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    all
});

/// The first words of the phrases, searched for together. They are
/// single words: the rest is read word by word, so a line break inside
/// a phrase (`năm\nqua` in hard-wrapped text) does not hide it. Their
/// first letters are ASCII, so ASCII case folding finds `Năm`, `Trong`.
static FIRST_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let mut firsts: Vec<&str> = PHRASES.iter().map(|(w, _)| w[0].as_str()).collect();
    firsts.sort_unstable();
    firsts.dedup();
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(firsts)
        .expect("year cue words are valid")
});

/// What the relative cues of a document say.
#[derive(Debug, Clone, Default)]
pub(super) struct Relatives {
    /// `năm qua`, `năm nay` as expressions (their years still 0).
    pub anchored: Vec<YearAt>,
    /// Whether the body names the current period without a year.
    pub soft: bool,
}

/// Finds the relative cues inside the body's sentences.
pub(super) fn scan(text: &str, sentences: &[Sentence]) -> Relatives {
    let mut found = Relatives::default();
    let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
        return found;
    };
    let body = first.start..last.end.min(text.len());
    for m in FIRST_WORDS.find_iter(&text[body.clone()]) {
        let at = body.start + m.start();
        let k = sentences.partition_point(|s| s.start <= at);
        let inside = k > 0 && at < sentences[k - 1].end;
        if !inside || !word_bounded(text, at, body.start + m.end()) {
            continue;
        }
        // The words before it that count are its sentence's.
        let own = &text[sentences[k - 1].start..at];
        let Some((end, kind)) = phrase_at(text, at) else {
            continue;
        };
        let role = match kind {
            "last_year" => Role::LastYear,
            "this_year" => Role::ThisYear,
            _ => {
                // `năm vừa qua` is the year just past, found as such.
                let after_nam = previous_word(own).is_some_and(|w| same_word(w, "năm"));
                found.soft |= !other_expression_follows(text, end) && !after_nam;
                continue;
            }
        };
        if !plural_before(own) {
            found.anchored.push(YearAt { at, year: 0, role });
        }
    }
    found
}

/// The longest cue phrase starting at byte `at`: where it ends, its kind.
fn phrase_at(text: &str, at: usize) -> Option<(usize, &'static str)> {
    PHRASES.iter().find_map(|(words, kind)| {
        let mut pos = at;
        for (n, w) in words.iter().enumerate() {
            let (from, to) = if n == 0 {
                word_at(text, pos)?
            } else {
                next_word(text, pos)?
            };
            if !same_word(&text[from..to], w) {
                return None;
            }
            pos = to;
        }
        Some((pos, *kind))
    })
}

/// The word (letters and digits) starting at `at`.
fn word_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let len: usize = text[at..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
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
        .take_while(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    (len > 0).then(|| &head[head.len() - len..])
}

/// Whether `word` as written is the folded cue word `cue` (the cue words
/// hold no tone pair, so lower case is their fold).
fn same_word(word: &str, cue: &str) -> bool {
    word.chars().flat_map(char::to_lowercase).eq(cue.chars())
}

/// Whether the match `at..end` is whole words.
fn word_bounded(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
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
    previous_word(head)
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || CUES.is("plural", &fold(w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

    fn relatives(text: &str) -> Relatives {
        scan(text, &sentences(text, &cut(text, false)))
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
    fn a_line_break_inside_a_cue_does_not_hide_it() {
        let r = relatives("Trong năm\nqua, Huyện ủy kết nạp được 358 đảng viên mới.");
        assert_eq!(r.anchored.len(), 1);
        assert!(relatives("Năm, qua nhiều khó khăn").anchored.is_empty());
    }
}
