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

/// The kinds of cue searched for, in the order of their patterns.
const KINDS: [&str; 3] = ["last_year", "this_year", "soft"];

/// The cue phrases and the kind of each.
static PHRASES: LazyLock<Vec<(String, usize)>> = LazyLock::new(|| {
    KINDS
        .iter()
        .enumerate()
        .flat_map(|(k, kind)| CUES.phrases(kind).map(move |p| (p, k)))
        .collect()
});

/// The phrases searched for together. Their first letters are ASCII, so
/// ASCII case folding finds `Năm qua` and `Trong năm` too. Overlapping
/// matches: `Trong năm qua` holds both `trong năm` and `năm qua`.
static SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(PHRASES.iter().map(|(p, _)| p.as_str()))
        .expect("year cue phrases are valid")
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
    for m in SEARCH.find_overlapping_iter(&text[body.clone()]) {
        let at = body.start + m.start();
        let end = body.start + m.end();
        let k = sentences.partition_point(|s| s.start <= at);
        let inside = k > 0 && at < sentences[k - 1].end;
        if !inside || !word_bounded(text, at, end) {
            continue;
        }
        let role = match KINDS[PHRASES[m.pattern().as_usize()].1] {
            "last_year" => Role::LastYear,
            "this_year" => Role::ThisYear,
            _ => {
                // `năm vừa qua` is the year just past, found as such.
                let after_nam = text[..at].trim_end().ends_with("ăm");
                found.soft |= !numeral_follows(text, end) && !after_nam;
                continue;
            }
        };
        if !plural_before(text, at) {
            found.anchored.push(YearAt { at, year: 0, role });
        }
    }
    found
}

/// Whether the match `at..end` is whole words.
fn word_bounded(text: &str, at: usize, end: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Whether a numeral or a word that makes another expression follows
/// (`trong năm 2023`, `đầu năm 2022`, `trong năm học`): then the cue is
/// no period without a year.
fn numeral_follows(text: &str, end: usize) -> bool {
    let next = text[end..].split_whitespace().next().unwrap_or("");
    next.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            fold(next.trim_end_matches(|c: char| !c.is_alphanumeric())).as_str(),
            "qua" | "nay" | "học" | "trước" | "ngoái" | "tới" | "sau" | "mới"
        )
}

/// Whether `những`, `các`, `nhiều`, `mấy` or a number comes right before
/// (`trong những năm qua`, `5 năm qua`): past years, not one year.
fn plural_before(text: &str, at: usize) -> bool {
    let prev = text[..at].split_whitespace().next_back().unwrap_or("");
    prev.chars().all(|c| c.is_ascii_digit()) && !prev.is_empty() || CUES.is("plural", &fold(prev))
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
    }
}
