//! Cutting the article body: the lines before the news site's furniture
//! (`Có thể bạn quan tâm`, `Tin khác` …), without furniture lines inside it
//! (hotlines, visit counters, image placeholders). Later stages see only the
//! lines this stage keeps.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::lexicon::{fold_into, FURNITURE_LINE_CUES, FURNITURE_MARKERS, FURNITURE_PREFIXES};

/// The line cues, searched for together: one pass over a short line, not
/// one substring search (and searcher set-up) per cue.
static LINE_CUES: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(FURNITURE_LINE_CUES).expect("line cues are valid"));

/// A line of the text kept for extraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number.
    pub number: usize,
    /// Byte offset of the line's first character.
    pub start: usize,
    /// Byte offset just past the line (before its `\n`).
    pub end: usize,
}

/// Returns the lines that belong to the article body. With `all_text`,
/// every line is kept.
pub fn cut(text: &str, all_text: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    // Folding every paragraph is costly and only short lines can be
    // furniture: folding keeps the number of characters or adds some, and
    // the trailing `:.| ` it trims are no letters, so a line whose bare form
    // is longer than every marker and which has 100 characters or more is
    // article text without folding it.
    let longest_marker = FURNITURE_MARKERS
        .iter()
        .map(|m| m.chars().count())
        .max()
        .unwrap_or(0);
    let mut start = 0;
    // One buffer for the folded short lines.
    let mut folded = String::new();
    // SIMD `memchr` for the line ends (`str::split` uses a scalar search).
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for (i, end) in ends.enumerate() {
        let raw = &text[start..end];
        let line = Line {
            number: i + 1,
            start,
            end: start + raw.len(),
        };
        start += raw.len() + 1;
        if all_text {
            lines.push(line);
            continue;
        }
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        // A character is one to four bytes: the byte length settles most
        // lines without counting.
        let at_least =
            |s: &str, n: usize| s.len() >= 4 * n || s.len() >= n && s.chars().nth(n - 1).is_some();
        let long = at_least(trimmed, 100);
        let bare_raw = trimmed.trim_end_matches([':', '.', '|', ' ']);
        if long && at_least(bare_raw, longest_marker + 1) {
            lines.push(line);
            continue;
        }
        fold_into(trimmed, &mut folded);
        let bare = folded.trim_end_matches([':', '.', '|', ' ']);
        if FURNITURE_MARKERS.contains(&bare)
            || FURNITURE_PREFIXES.iter().any(|p| folded.starts_with(p))
        {
            break;
        }
        // Furniture lines are short; a paragraph that mentions `truy cập`
        // is still article text.
        if !long && LINE_CUES.is_match(folded.as_str()) {
            continue;
        }
        if starts_with_slug(trimmed) {
            continue;
        }
        lines.push(line);
    }
    lines
}

/// Whether a line opens with four or more words of bare ASCII: the URL slug
/// of a headline (`nhieu hoat dong thiet thuc huong ve co so Hoàn thành …`),
/// which news pages print before related links and image alt texts.
/// Vietnamese prose without a single tone mark in four words is not text.
fn starts_with_slug(line: &str) -> bool {
    line.split_whitespace()
        .take(4)
        .filter(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        .count()
        == 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_articles_after_the_marker_are_cut() {
        let text = "LĐLĐ quận: 10 đoàn viên\nCó thể bạn quan tâm\nHơn 2,3 triệu tỷ đồng";
        let lines = cut(text, false);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].number, 1);
        assert_eq!(cut(text, true).len(), 3);
    }

    #[test]
    fn a_tag_line_starts_the_furniture() {
        let text = "Kết nạp 10 đoàn viên\nTừ khóa: LĐLĐ, 5 CĐCS\nHơn 2 tỷ đồng";
        assert_eq!(cut(text, false).len(), 1);
    }

    #[test]
    fn slug_lines_are_furniture() {
        // thanh-xuan-2016: related links printed after the headline's slug
        let text = "Năm 2016 có 5 CĐCS\nnhieu hoat dong thiet thuc huong ve co so Đối thoại về 20 chính sách";
        assert_eq!(cut(text, false).len(), 1);
        assert!(!starts_with_slug("kết nạp được 2134/1800 đoàn viên"));
    }

    #[test]
    fn visit_counters_and_hotlines_are_furniture() {
        let text = "Tổng truy cập 7.142.338\nHotline: 0982.095.095\nThân bài 5 CĐCS";
        let lines = cut(text, false);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].number, 3);
    }
}
