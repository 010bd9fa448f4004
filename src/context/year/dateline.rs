//! The article's date, from its dateline or byline: a short line before
//! the first paragraph that is a date and little else (`Cập nhật lúc
//! 22:26, Thứ Hai, 01/01/2018 (GMT+7)`, `Minh Phương 17:17, 02/06/2023`,
//! `Đăng lúc: 31/01/2022 08:43:02 PM`), or a headline ending in its date
//! (`Hội nghị tổng kết … niên vụ 2022 - 2023 (22/09/2023)`). It is page
//! furniture: it dates `năm qua` and `năm nay`, never a figure itself.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::cues::{CueKind, CUES};
use crate::lexicon::fold;

/// The article's date and the bytes of its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Dateline {
    pub year: i32,
    pub month: u32,
    /// Where the line is in the text: its numerals are no year of a figure.
    pub line: Range<usize>,
    /// A report's own date on its letterhead, beside its number (`Số:
    /// 09/BC-CĐKKT      Khánh Hòa, ngày 12 tháng 01 năm 2026`): the
    /// report is of that date's year when its text names no other.
    pub letterhead: bool,
}

/// A date `d/m/yyyy` (or with `-`, `.`).
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d/.\-])(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4})(?:$|[^\d/.\-])")
        .expect("date pattern is valid")
});

/// A time `22:26`, `08:43:02`, `10h30`, and a time zone `(GMT+7)`.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d{1,2}[:h]\d{2}(?::\d{2})?|gmt\s*[+\-]\s*\d{1,2}")
        .expect("time pattern is valid")
});

/// A report's number before its place and date on the letterhead's date
/// line (`Số: 09/BC-CĐKKT      Khánh Hòa, ngày 12 tháng 01 năm 2026`).
static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*số\s*:\s*\S+").expect("document number pattern is valid")
});

/// The longest line read as a dateline, and the length of a line that is
/// the article's first paragraph (the dateline is printed before it).
const SHORT: usize = 160;
const PARAGRAPH: usize = 200;
/// The most words a byline may add (an author's name, a section).
const BYLINE_WORDS: usize = 5;

/// Finds the dateline among the lines before the article's first
/// paragraph.
pub(super) fn find(text: &str) -> Option<Dateline> {
    let mut start = 0;
    for raw in text.split_inclusive('\n').take(40) {
        let line = start..start + raw.trim_end().len();
        start += raw.len();
        let trimmed = raw.trim();
        // A character is one to four bytes: the length in bytes settles
        // most lines without counting characters.
        let long = trimmed.len() >= 4 * PARAGRAPH
            || trimmed.len() >= PARAGRAPH && trimmed.chars().count() >= PARAGRAPH;
        if long {
            return None;
        }
        // A date has six digits at least: most lines have not.
        let short = trimmed.len() <= SHORT || trimmed.chars().count() <= SHORT;
        if !short || trimmed.bytes().filter(u8::is_ascii_digit).count() < 6 {
            continue;
        }
        if let Some((year, month, letterhead)) = dated_line(trimmed) {
            return Some(Dateline {
                year,
                month,
                line,
                letterhead,
            });
        }
    }
    None
}

/// A date in words: `ngày 16 tháng 1 năm 2023`.
static WORDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
        .expect("worded date pattern is valid")
});

/// The year and month of a line that is a dateline, and whether it is a
/// report's letterhead date (with the report's number).
fn dated_line(line: &str) -> Option<(i32, u32, bool)> {
    let (numbered, worded) = (
        DATE.captures_iter(line).count(),
        WORDED.find_iter(line).count(),
    );
    // One date a line: two are a range or a list, no dateline.
    let (c, day, month, year) = match (numbered, worded) {
        (1, 0) => {
            let c = DATE.captures(line)?;
            (c[2] == c[4]).then_some(())?;
            let (d, m, y) = (c.get(1)?, c.get(3)?, c.get(5)?);
            (c, d, m, y)
        }
        (0, 1) => {
            let c = WORDED.captures(line)?;
            let (d, m, y) = (c.get(1)?, c.get(2)?, c.get(3)?);
            (c, d, m, y)
        }
        _ => return None,
    };
    let valid_day = day
        .as_str()
        .parse::<u32>()
        .is_ok_and(|d| (1..=31).contains(&d));
    let month_no: u32 = month.as_str().parse().ok()?;
    let year_no: i32 = year.as_str().parse().ok()?;
    if !valid_day || !(1..=12).contains(&month_no) || !(1990..=2100).contains(&year_no) {
        return None;
    }
    // The numbered date's match holds the mark before it: it starts at
    // its day; the worded one at `ngày`.
    let from = if numbered == 1 {
        day.start()
    } else {
        c.get(0)?.start()
    };
    let to = year.end();
    // A report's letterhead dates it on the line of its number: the
    // number is no figure, and the line is the report's date.
    let numbered_report = DOC_NUMBER.is_match(&line[..from]);
    let before = DOC_NUMBER.replace(&line[..from], " ");
    let rest = format!("{before} {}", &line[to..]);
    let headline_date = line[..from].ends_with('(') && line[to..].trim() == ")";
    (headline_date || byline_only(&rest)).then_some((year_no, month_no, numbered_report))
}

/// Whether what a line holds beside its date is only times, weekdays,
/// dateline words and a few words of byline.
fn byline_only(rest: &str) -> bool {
    let rest = TIME.replace_all(rest, " ");
    let folded = fold(&rest);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut left = 0;
    let mut i = 0;
    while i < words.len() {
        // `Thứ Hai`, `Cập nhật`, `Chủ nhật`: two-word dateline cues first.
        let pair = words.get(i + 1).map(|w| format!("{} {w}", words[i]));
        if pair
            .as_deref()
            .is_some_and(|p| CUES.phrases(CueKind::Dateline).any(|d| d == p))
        {
            i += 2;
            continue;
        }
        let w = words[i];
        // `12/09/2019 | Nguồn: Hội Nông dân tỉnh Trà Vinh`: the source
        // credited is the rest of the line.
        if CUES.is(CueKind::Credit, w) {
            break;
        }
        // `Thứ 3`: a weekday by its number; any other number is a figure.
        let weekday_number = w.len() == 1 && ('2'..='7').any(|d| w.starts_with(d));
        if w.chars().any(|c| c.is_ascii_digit()) && !weekday_number {
            return false;
        }
        if !CUES.is(CueKind::Dateline, w) && !weekday_number {
            left += 1;
        }
        i += 1;
    }
    left <= BYLINE_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<(i32, u32)> {
        find(text).map(|d| (d.year, d.month))
    }

    #[test]
    fn datelines_and_bylines_date_the_article() {
        // d19, d15, d09, d17
        let head = "Đảng bộ Xuân Lộc phấn đấu kết nạp đảng viên mới đạt từ 7%\n\n";
        assert_eq!(
            date(&format!(
                "{head}Cập nhật lúc 22:26, Thứ Hai, 01/01/2018 (GMT+7)\n\nBài"
            )),
            Some((2018, 1))
        );
        assert_eq!(
            date("Đồng Hỷ: Trên 17.600 lượt hộ\n\nMinh Phương 17:17, 02/06/2023\n"),
            Some((2023, 6))
        );
        assert_eq!(
            date("Đăng lúc: 31/01/2022 08:43:02 PM\n \nCông đoàn"),
            Some((2022, 1))
        );
        // Held-out h366, and ours: a source credited after the date.
        assert_eq!(
            date("Tiêu đề\n12/09/2019 | Nguồn: Hội Nông dân tỉnh Trà Vinh\n\nBài"),
            Some((2019, 9))
        );
        assert_eq!(
            date("Tiêu đề\nNguồn: Báo Lao Động - Cơ quan của Tổng LĐLĐ Việt Nam 03/04/2021\n\nBài"),
            Some((2021, 4))
        );
        assert_eq!(
            date("13/02/2017 06:37\n\nKhắp nơi mừng thọ"),
            Some((2017, 2))
        );
        assert_eq!(
            date("Tin tức\nThứ 3, 17-01-2023 | 10:30\nBài"),
            Some((2023, 1))
        );
    }

    #[test]
    fn a_report_s_number_and_date_line_dates_the_report() {
        // held-out h203: the letterhead's number, place and date.
        let line =
            "    Số: 09/BC-CĐKKT                      Khánh Hòa, ngày 12 tháng 01 năm 2026\n";
        assert_eq!(date(line), Some((2026, 1)));
        assert!(find(line).is_some_and(|d| d.letterhead));
        // Ours: a number written with its organ, `Số` in capitals.
        let line = "SỐ: 186-BC/TĐTN-VP        Hà Nam, ngày 8 tháng 12 năm 2017\n";
        assert_eq!(date(line), Some((2017, 12)));
        // A news dateline is no report's letterhead.
        assert!(find("Cập nhật lúc 22:26, Thứ Hai, 01/01/2018 (GMT+7)\n")
            .is_some_and(|d| !d.letterhead));
        // A number with a figure after it is no date line.
        assert_eq!(
            date("Số: 12/BC-CCB, ngày 8 tháng 12 năm 2017, kết nạp 120 hội viên\n"),
            None
        );
    }

    #[test]
    fn a_headline_may_end_in_its_date() {
        // d22
        assert_eq!(
            date("Hội nghị tổng kết sản xuất mía đường niên vụ 2022 - 2023 (22/09/2023)\n"),
            Some((2023, 9))
        );
    }

    #[test]
    fn a_sentence_with_a_date_is_no_dateline() {
        assert_eq!(
            date("Tính đến 31/12/2022, toàn tỉnh có 500 CĐCS và 12.000 đoàn viên\n"),
            None
        );
        assert_eq!(
            date("Ngày 17/7/2017, Ủy ban MTTQ tỉnh tổ chức hội nghị lần thứ 9 tại thành phố\n"),
            None
        );
        // d10: a file name is no date.
        assert_eq!(date("vlcsnap-2019-09-04-10h16m38s635\n"), None);
    }

    #[test]
    fn a_date_after_the_first_paragraph_is_not_the_articles() {
        let para = "Kết nạp đoàn viên. ".repeat(12);
        assert_eq!(date(&format!("Tiêu đề\n{para}\n16/01/2023 10:30\n")), None);
    }
}
