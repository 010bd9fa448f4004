//! Tables of results flattened to text lines, as `pdftotext -layout` and
//! a copied sheet give them: a heading line that names its columns, then
//! rows whose cells stand apart by two spaces or more (or a tab), by a
//! `|`, or by one space only (a table copied out of a PDF without its
//! layout: its cells are then told apart by their words).
//!
//! ```text
//! TT  Chỉ tiêu                               Kế hoạch   Thực hiện   Tỷ lệ (%)
//! 1   Kết nạp đoàn viên mới (người)             2.400       2.518      104,9
//! 4   Thu kinh phí công đoàn (triệu đồng)      38.500      36.960       96,0
//! ```
//!
//! A row under such a heading is one claim: its label says what is
//! counted (and, in parentheses, its unit: `(triệu đồng)` makes the
//! figures money in millions), the plan column is the target, the done
//! column the achieved value, the rate column the percent. The row's
//! number is no count.
//!
//! A table by unit (`TT  Khối  Số CĐCS  Chỉ tiêu giao  Kết nạp mới  Tỷ
//! lệ (%)`) has rows that are no thing counted: the heading of the done
//! column names what its figures count, and a `Số …` column gives each
//! row's count of that noun, one claim more. A heading not known loses
//! its column only.
//!
//! A sheet's heading may wrap in its cells onto a second line (`Kế
//! hoạch` over `năm 2021`, `So kế hoạch` over `(%)`), or more (`Dự toán`
//! over `tỉnh giao` over `năm 2020`): each cell of those lines goes on the
//! heading cell it stands under. A heading set in from
//! its line's start, blank over the rows' labels (and numbers), gains
//! those columns; `Đơn vị` after the label is then the rows' unit.
//!
//! Headings that name years (`Quyết toán năm 2015  Dự toán năm 2016  Ước
//! TH năm 2016  UTH/DT (%)  Dự toán năm 2017`) make a row several claims,
//! each of its own year: the year with both a plan and a done column is
//! the row's claim, a past year's figure an actual, a later year's a plan.
//! A table comparing years (`Nội dung  Năm 2023  Năm 2024  Tăng (+),
//! giảm (-)`), or dates (`Đến 31/12/2015  Đến 30/11/2016`, the date
//! maybe wrapped under its `Đến`), gives each year its figure; the change
//! column is a rise or fall of its own, of the later year, as the text's
//! `tăng 4,8 tỷ đồng` is.
//!
//! A line `Trong đó:` (`Gồm:`, `Chia ra:`) between rows opens the
//! breakdown of the row above: no figure, and the table goes on with its
//! sub-rows, whose bullet (`+ Doanh nghiệp FDI`) is no word of the label.
//!
//! A table with no plan or done column may head its figures by what they
//! measure (`Nội dung  Số lượt  Kinh phí` under a caption `(ĐVT: triệu
//! đồng)`, `Loại cây  Diện tích (ha)  Sản lượng (tấn)`): each figure of a
//! row is a claim of its own, a count keeping its noun (`lượt`), money
//! scaled by its heading's unit or else the caption's, which no count
//! takes; a rate column (`Xếp loại  Số lượng  Tỷ lệ (%)`) is the share of
//! the whole its row's count is. A total row (`Cộng`) counts what each
//! heading names.
//!
//! Cells one space apart may hold figures whose thousands are grouped by
//! spaces too (`BHXH bắt buộc 5 120,0 5 236,4 102,3`): the row's run of
//! figure words is cut into one figure for each figure column, when it
//! cuts one way only.
//!
//! A label wider than its column wraps in its cell: its last words stand
//! on the lines after the row's figures (`2  Thành lập tổ hợp tác, tổ
//! liên kết  Tổ  4  3  75,0` over `do phụ nữ làm chủ`), its first words
//! on the line before them (`1  Thăm hỏi, trợ cấp đoàn viên ốm đau,` over
//! `tai nạn lao động  186  148,8`). Those lines are the row's label
//! ([`Wrapped`]); the table goes on after them.

use std::ops::Range;
use std::sync::LazyLock;

use super::Claim;
use crate::lexicon::{
    fold, rows, table_heading, BULLETS, CURRENCY_WORDS, SCALE_WORDS, TABLE_HEADINGS,
};
use crate::number;
use crate::record::{Basis, Figure, Figures, Kind, Measure, Qualifier};
use crate::segment::Sentence;

/// What a column of a table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Number,
    Label,
    Target,
    Achieved,
    /// An estimate of the value reached (`Ước thực hiện`): achieved, approx.
    Estimate,
    Percent,
    /// Remarks (`Ghi chú`): read as no figure, often left blank.
    Note,
    /// The unit of the row's figures (`Đơn vị tính`, `ĐVT`): `Hội viên`,
    /// `Hộ`, `Triệu đồng`.
    Unit,
    /// Who or where a row is (`Khối`, `Đơn vị`, `Huyện`): the row is no
    /// thing counted, the figures' own headings say what is.
    Group,
    /// A count of the row's units (`Số CĐCS`, `Số hội viên`): the noun
    /// after `Số` is what it counts.
    Count,
    /// The change from one year's column to the next (`Tăng (+), giảm
    /// (-)`, `Chênh lệch`): a signed figure, its size a claim of its own
    /// ([`change`]).
    Change,
    /// A measure other than a count of the row's units, in a table of
    /// measures (`Số lượng`, `Diện tích (ha)`): its unit is its heading's
    /// own, else the row's unit cell.
    Measure,
    /// An amount of money, in a table of measures (`Kinh phí`, `Số tiền`,
    /// `Giá trị`): its scale is its heading's own (`Kinh phí (triệu
    /// đồng)`), else the caption's (`(ĐVT: triệu đồng)`).
    Money,
    /// The grade a row stands for (`Xếp loại`: `Vững mạnh`, `Khá`): the
    /// rows' label when it heads the first column, else remarks.
    Grade,
    /// A heading not known: its column is read as no figure.
    Unknown,
}

/// What a column named `kind` in `table_columns.tsv` holds.
fn column_named(kind: &str) -> Option<Column> {
    Some(match kind {
        "number" => Column::Number,
        "label" => Column::Label,
        "target" => Column::Target,
        "achieved" => Column::Achieved,
        "estimate" => Column::Estimate,
        "percent" => Column::Percent,
        "unit" => Column::Unit,
        "note" => Column::Note,
        "group" => Column::Group,
        "count" => Column::Count,
        "change" => Column::Change,
        "measure" => Column::Measure,
        "money" => Column::Money,
        "grade" => Column::Grade,
        _ => return None,
    })
}

/// The column headings (folded) and what they hold, longest first.
static HEADINGS: LazyLock<Vec<(String, Column)>> = LazyLock::new(|| {
    TABLE_HEADINGS
        .iter()
        .filter_map(|(h, kind)| Some((h.clone(), column_named(kind)?)))
        .collect()
});

/// The cells of `text[range]`: runs of text between gaps of two spaces
/// or more, or a tab, as byte ranges (split on ASCII bytes only, so every
/// end is a character boundary).
fn cells(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    if memchr::memchr(b'|', line.as_bytes()).is_some() {
        return piped(line, range.start);
    }
    let b = line.as_bytes();
    let blank = |c: u8| c == b' ' || c == b'\t';
    let gap = |i: usize| b[i] == b'\t' || b[i] == b' ' && b.get(i + 1).is_some_and(|&c| blank(c));
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && blank(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        let start = i;
        while i < b.len() && !gap(i) {
            i += 1;
        }
        let end = start + line[start..i].trim_end().len();
        out.push(range.start + start..range.start + end);
    }
    out
}

/// The cells of a line whose cells stand between `|` (`Chỉ tiêu | Nghị
/// quyết nhiệm kỳ | Thực hiện | Tỷ lệ`, with or without a `|` at either
/// end), trimmed, a blank cell kept as an empty range; `at` is where the
/// line starts in the text.
fn piped(line: &str, at: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    for end in memchr::memchr_iter(b'|', line.as_bytes()).chain([line.len()]) {
        let cell = &line[from..end];
        let lead = cell.len() - cell.trim_start().len();
        let start = at + from + lead;
        out.push(start..start + cell.trim().len());
        from = end + 1;
    }
    // The `|` that opens or closes a line leaves no cell.
    if line.trim_start().starts_with('|') {
        out.remove(0);
    }
    if line.trim_end().ends_with('|') {
        out.pop();
    }
    out
}

/// The column a heading cell names.
fn column_of(cell: &str) -> Option<Column> {
    // `%`, `(%)`, `% so với KH`: the rate, however its words go on.
    if ratio(cell) || cell.starts_with('%') || cell.starts_with("(%)") {
        return Some(Column::Percent);
    }
    // Folded once: each reading below asks the folded words.
    let folded = fold(cell);
    if folded_year_heading(&folded) || folded_date_heading(&folded) {
        return Some(Column::Achieved);
    }
    // A heading not known that ends with a date (`31/12/2015`, `Dư nợ
    // đến 31/12/2015`) names what its figures are at that date.
    let column = table_heading(&folded)
        .and_then(column_named)
        .or_else(|| dated_last(cell).then_some(Column::Achieved));
    // `Đạt LĐTT` (reached the title): `đạt` with what was reached after
    // it counts those who reached it; `Đạt (%)`, `Đạt`, the rate.
    if column == Some(Column::Percent) && reached_what(cell) {
        return Some(Column::Achieved);
    }
    // `Lực lượng lao động (nghìn người)`: a heading not known that gives
    // its unit in parentheses, a scale or a currency, names a measure.
    column.or_else(|| scaled_measure(cell).then_some(Column::Measure))
}

/// Whether a heading ends with its unit in parentheses and the unit holds
/// a scale word or a currency (`(nghìn người)`, `(tỷ đồng)`).
fn scaled_measure(cell: &str) -> bool {
    let (name, unit) = label_unit(cell);
    !name.is_empty() && unit.is_some_and(|(exp, money)| exp > 0 || money)
}

/// Whether a heading opens with `Đạt` and names what was reached after
/// it, no rate (`Đạt LĐTT`, `Đạt danh hiệu`; not `Đạt (%)`, `Đạt tỷ lệ`).
fn reached_what(cell: &str) -> bool {
    let words: Vec<String> = cell.split_whitespace().map(fold).collect();
    let rate = words.len() > 2 && super::percents::spells_rate(&words[1], &words[2]);
    matches!(words.first().map(String::as_str), Some("đạt"))
        && words.len() > 1
        && words.iter().all(|w| !w.contains('%'))
        && !rate
}

/// Whether a heading cell's last word is a date naming its year.
fn dated_last(cell: &str) -> bool {
    cell.split_whitespace().next_back().is_some_and(dated)
}

/// Whether a heading cell names the ratio of two other columns, as
/// reports abbreviate them (`UTH/DT (%)`: the estimate over the budget,
/// `TH/KH`): the rate column.
fn ratio(cell: &str) -> bool {
    let head = cell.split_whitespace().next().unwrap_or("");
    head.split_once('/').is_some_and(|(a, b)| {
        let abbreviation =
            |w: &str| !w.is_empty() && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        abbreviation(a) && abbreviation(b)
    })
}

/// Whether a heading cell is a year (`Năm 2022`, `Năm 2023 (ước)`): the
/// figures done that year, as a table comparing years heads them. A
/// `Năm` column without a year (`Năm thành lập`) holds years, no figure.
fn year_heading(cell: &str) -> bool {
    folded_year_heading(&fold(cell))
}

/// [`year_heading`] of a folded cell.
fn folded_year_heading(folded: &str) -> bool {
    let mut ws = folded.split_whitespace();
    ws.next().is_some_and(|w| w == "năm")
        && ws
            .next()
            .is_some_and(|y| y.len() == 4 && year_of(y).is_some())
}

/// Whether a heading cell names the date its column's figures stand at
/// (`Đến 31/12/2015`, `Đến ngày 31/12/2019`, `Tháng 6/2016`, `Đến hết
/// năm 2015`): the figures
/// reached by then, of that date's year, as a table comparing two dates
/// heads them.
fn date_heading(cell: &str) -> bool {
    folded_date_heading(&fold(cell))
}

/// [`date_heading`] of a folded cell.
fn folded_date_heading(f: &str) -> bool {
    // The date ends the cell, or a bracket follows it (`(ước)`).
    let date = |r: &str| {
        let mut ws = r.split_whitespace();
        let year = |w: &str| w.len() == 4 && year_of(w).is_some();
        ws.next().is_some_and(|w| dated(w) || year(w))
            && ws.next().is_none_or(|w| w.starts_with('('))
    };
    PERIOD_OPENERS.iter().any(|o| {
        f.strip_prefix(o.as_str())
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(date)
    })
}

/// Whether a heading cell ends with the words opening a date (`Đến`,
/// `Đến ngày`, `Dư nợ đến`), its date wrapped onto the line under it.
fn date_opener(cell: &str) -> bool {
    let f = fold(cell.trim());
    PERIOD_OPENERS
        .iter()
        .any(|o| f == *o || f.strip_suffix(o.as_str()).is_some_and(|r| r.ends_with(' ')))
}

/// Whether a word is a date naming its year (`31/12/2015`, `6/2016`,
/// `30.11.2016`), as a date heading writes it.
fn dated(w: &str) -> bool {
    let parts: Vec<&str> = w.split(['/', '.', '-']).collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts
            .last()
            .is_some_and(|y| y.len() == 4 && year_of(y).is_some())
}

/// The words opening a date heading (`table_periods.tsv`), folded.
static PERIOD_OPENERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/table_periods.tsv"))
        .filter_map(|r| r.first().map(|w| fold(w)))
        .collect()
});

/// How a table's cells stand apart on its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Two spaces or more, or a tab (`pdftotext -layout`, a copied sheet).
    Gaps,
    /// A `|` between cells.
    Pipes,
    /// One space, as a table copied out of a PDF or a word processor
    /// without its layout: cells are told apart by their words (a
    /// heading cell opens with a capital, a row's figures end it).
    Spaces,
}

/// A table's heading line: what each column holds, and its heading as
/// written (the figures of a table by unit are named by their headings).
#[derive(Debug)]
struct Heading {
    columns: Vec<Column>,
    names: Vec<String>,
    /// The year each heading names (`Quyết toán năm 2015`, `KH 2023`,
    /// `Thực hiện 2018 - 2020`: the period's end).
    years: Vec<Option<i32>>,
    /// Where each heading cell stands on its line, in characters.
    spans: Vec<Range<usize>>,
    layout: Layout,
}

/// The year a heading names: its last four digits that are a year.
fn year_of(name: &str) -> Option<i32> {
    name.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .rfind(|y| (1900..=2100).contains(y))
}

/// The words of `text[range]`, as byte ranges.
fn words(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    line.split_whitespace()
        .map(|w| {
            let at = range.start + (w.as_ptr() as usize - line.as_ptr() as usize);
            at..at + w.len()
        })
        .collect()
}

/// The heading known to start at word `i` of `ws`: its column and how
/// many words it takes (the longest known, `Chỉ tiêu giao` before `Chỉ
/// tiêu`).
fn heading_at(text: &str, ws: &[Range<usize>], i: usize) -> Option<(Column, usize)> {
    let first = &text[ws[i].clone()];
    if ratio(first) {
        return Some((Column::Percent, 1));
    }
    if ws.len() > i + 1 && year_heading(&text[ws[i].start..ws[i + 1].end]) {
        return Some((Column::Achieved, 2));
    }
    // `Đến ngày 31/12/2019`, `Tháng 6/2016`: the opener and its date.
    if let Some(k) = (2..=3.min(ws.len() - i))
        .rev()
        .find(|&k| date_heading(&text[ws[i].start..ws[i + k - 1].end]))
    {
        return Some((Column::Achieved, k));
    }
    (1..=4.min(ws.len() - i)).rev().find_map(|k| {
        let f = fold(&text[ws[i].start..ws[i + k - 1].end]);
        HEADINGS.iter().find(|(h, _)| *h == f).map(|(_, c)| (*c, k))
    })
}

/// The cells of a heading line whose cells stand one space apart (`TT
/// Chỉ tiêu ĐVT Kế hoạch Thực hiện Tỷ lệ (%)`), with their columns: a
/// cell opens at a capitalised word that starts a known heading, as each
/// cell of a table's heading starts with a capital; the words after it
/// are its own (`năm 2015`, `(%)`). Prose is no such line: its cells would
/// run long.
fn spaced_heading(text: &str, range: Range<usize>) -> Option<Vec<(Range<usize>, Column)>> {
    // Asked of most sentences: one that ends as prose does, with a full
    // stop, or whose first word opens no heading of a row's number, label
    // or group, is none.
    if text[range.clone()].trim_end().ends_with(['.', '!', '?']) {
        return None;
    }
    let first = text[range.clone()].split_whitespace().next()?;
    if !first.chars().next().is_some_and(char::is_uppercase) || !FIRST_WORDS.contains(&fold(first))
    {
        return None;
    }
    let ws = words(text, range);
    if !(3..=32).contains(&ws.len()) {
        return None;
    }
    let mut out: Vec<(Range<usize>, Column, usize)> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let capital = text[ws[i].clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        match heading_at(text, &ws, i).filter(|_| capital) {
            Some((c, k)) => {
                out.push((ws[i].start..ws[i + k - 1].end, c, k));
                i += k;
            }
            None => {
                let last = out.last_mut()?;
                last.0.end = ws[i].end;
                last.2 += 1;
                i += 1;
            }
        }
    }
    let text_first = matches!(
        out.first().map(|c| c.1),
        Some(Column::Number | Column::Label | Column::Group)
    );
    (text_first && out.iter().all(|c| c.2 <= MAX_HEADING_WORDS))
        .then(|| out.into_iter().map(|(r, c, _)| (r, c)).collect())
}

/// The first words (folded) of the headings a table's first column may
/// have: its rows' number, label or group.
static FIRST_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = HEADINGS
        .iter()
        // A number spelled out (`Số TT`) opens with the `Số` of many a
        // sentence: its heading is read where cells stand apart only.
        .filter(|(h, c)| {
            matches!(c, Column::Label | Column::Group | Column::Grade)
                || *c == Column::Number && !h.contains(' ')
        })
        .filter_map(|(h, _)| h.split(' ').next().map(str::to_string))
        .collect();
    // Headings that share a first word (`loại`, `loại hình`): once each.
    v.sort_unstable();
    v.dedup();
    v
});

/// The most words a heading cell runs to (`Quyết toán năm 2015`, `Số
/// đoàn viên kết nạp mới`).
const MAX_HEADING_WORDS: usize = 6;

/// The columns a heading line names: a label (or a group) and at least
/// two of plan, done and rate; a heading not known loses its column, and
/// most must be known.
fn heading(text: &str, s: &Sentence) -> Option<Heading> {
    // Asked of every sentence: most have no gap at all, and most of the
    // others open with no heading known.
    let line = text.get(s.start..s.end)?.as_bytes();
    // A sentence that ends as prose does is no heading, whatever its gaps.
    if line.trim_ascii_end().ends_with(b".") {
        return None;
    }
    let layout = if memchr::memchr(b'|', line).is_some() {
        Layout::Pipes
    } else if memchr::memchr(b'\t', line).is_some() || memchr::memmem::find(line, b"  ").is_some() {
        Layout::Gaps
    } else {
        Layout::Spaces
    };
    let (cells, columns): (Vec<Range<usize>>, Vec<Column>) = if layout == Layout::Spaces {
        spaced_heading(text, s.start..s.end)?.into_iter().unzip()
    } else {
        let cells = cells(text, s.start..s.end);
        // One cell is no heading (below): its words need not be read for
        // a column's name (an indented line of prose is one cell).
        if cells.len() < 2 {
            return None;
        }
        let columns = cells
            .iter()
            .map(|c| column_of(&text[c.clone()]).unwrap_or(Column::Unknown))
            .collect();
        (cells, columns)
    };
    // A table of measures may have one figure column (`Nội dung  Kinh
    // phí`): two cells are a heading only when the second is a measure
    // (asked before anything is collected); [`settle`] asks three of the
    // others.
    let one_measure =
        |c: &[Column]| matches!(c, [_, Column::Count | Column::Measure | Column::Money]);
    if cells.len() < 2 || cells.len() == 2 && !one_measure(&columns) {
        return None;
    }
    // Two cells one space apart are a heading only when short (`Nội dung
    // Kinh phí (triệu đồng)`): a sentence opening `Nội dung Kinh phí`
    // goes on.
    if cells.len() == 2 && layout == Layout::Spaces && cells[0].start + 2 < cells[1].start {
        let words = text[cells[0].start..cells[1].end]
            .split_whitespace()
            .count();
        if words > MAX_HEADING_WORDS {
            return None;
        }
    }
    let names: Vec<String> = cells.iter().map(|c| text[c.clone()].to_string()).collect();
    let spans: Vec<Range<usize>> = cells.iter().map(|c| char_span(text, c.clone())).collect();
    let set_in = spans.first().is_some_and(|r| r.start >= MIN_INDENT);
    if let Some(h) = settle(columns, names.clone(), spans.clone(), layout) {
        return Some(h);
    }
    // A heading set in with no label column (`ĐVT  Kế hoạch  Thực hiện
    // Tỷ lệ (%)` over the labels' blank): the blank is theirs.
    if layout != Layout::Gaps || !set_in || cells.len() < 3 {
        return None;
    }
    let names: Vec<String> = std::iter::once(String::new()).chain(names).collect();
    let spans = std::iter::once(0..0).chain(spans).collect();
    let columns = names
        .iter()
        .enumerate()
        .map(|(i, n)| match i {
            0 => Column::Label,
            _ => column_of(n).unwrap_or(Column::Unknown),
        })
        .collect();
    settle(columns, names, spans, layout)
}

/// Where `text[r]` stands on its line, in characters from the line's
/// start: how a layout lines up its columns.
fn char_span(text: &str, r: Range<usize>) -> Range<usize> {
    let line = text[..r.start].rfind('\n').map_or(0, |i| i + 1);
    let at = text[line..r.start].chars().count();
    at..at + text[r].chars().count()
}

/// The heading of these cells and their columns, read as a table's
/// heading: most columns known, a label (or a group), and at least two
/// of plan, done and rate; or, with none of these, at least one measure
/// ([`of_measures`]).
fn settle(
    mut columns: Vec<Column>,
    names: Vec<String>,
    spans: Vec<Range<usize>>,
    layout: Layout,
) -> Option<Heading> {
    // A table by grade (`Xếp loại  Số lượng  Tỷ lệ (%)`) labels its rows
    // by their grades; a grade after the figures is a remark.
    let first = columns.iter().position(|c| *c != Column::Number);
    for (i, c) in columns.iter_mut().enumerate() {
        if *c == Column::Grade {
            *c = if Some(i) == first {
                Column::Label
            } else {
                Column::Unknown
            };
        }
    }
    // A table by unit reads `Chỉ tiêu` as its target and a count after it
    // as what was done ([`by_unit`]): then it is no table of measures.
    label_unnamed(&mut columns);
    let measures = of_measures(&columns) && {
        let mut read = columns.clone();
        by_unit(&mut read);
        second_label(&mut read);
        !read
            .iter()
            .any(|c| matches!(c, Column::Target | Column::Achieved | Column::Estimate))
    };
    if !measures {
        // Beside a plan or a done column, a measure's heading is none
        // known: the row's claim is the plan and what was done.
        for c in columns
            .iter_mut()
            .filter(|c| matches!(c, Column::Measure | Column::Money))
        {
            *c = Column::Unknown;
        }
    }
    let unknown = columns.iter().filter(|c| **c == Column::Unknown).count();
    if unknown * 2 >= columns.len() || columns.len() < 3 && !measures {
        return None;
    }
    unit_after_label(&mut columns, &names);
    if !measures {
        by_unit(&mut columns);
        second_label(&mut columns);
    }
    // A statistics release sets the quarter's estimate beside its rise
    // on the same quarter a year before (`Ước tính quý I/2026  So với
    // cùng kỳ năm trước (%)`): a change column counts beside what was done.
    let done = columns
        .iter()
        .any(|c| matches!(c, Column::Achieved | Column::Estimate));
    let values = columns
        .iter()
        .filter(|c| {
            matches!(
                c,
                Column::Target | Column::Achieved | Column::Estimate | Column::Percent
            ) || done && **c == Column::Change
        })
        .count();
    let labelled = columns.contains(&Column::Label) || columns.contains(&Column::Group);
    let years = names.iter().map(|n| year_of(n)).collect();
    (labelled && (values >= 2 || measures)).then_some(Heading {
        columns,
        names,
        years,
        spans,
        layout,
    })
}

/// Reads the first column after the rows' number as their label when its
/// heading is not known (`TT  Hạng mục  Kế hoạch  Thực hiện`, `TT  Lĩnh
/// vực …`) and no other names a label or group: a table names its rows
/// before their figures, whatever it calls them.
fn label_unnamed(columns: &mut [Column]) {
    // Only beside plan and done (or a rate): a list of people (`Họ và
    // tên  Năm sinh  Số năm công tác`) is no table of measures.
    let values = columns
        .iter()
        .filter(|c| {
            matches!(
                c,
                Column::Target | Column::Achieved | Column::Estimate | Column::Percent
            )
        })
        .count();
    if values < 2
        || columns
            .iter()
            .any(|c| matches!(c, Column::Label | Column::Group))
    {
        return;
    }
    if let Some(c) = columns.iter_mut().find(|c| **c != Column::Number) {
        if *c == Column::Unknown {
            *c = Column::Label;
        }
    }
}

/// Whether columns head a table of measures: no plan or done column, and
/// at least one that counts or measures each row (`Nội dung  Số lượt
/// Kinh phí`, `Loại cây  Diện tích (ha)  Sản lượng (tấn)`): each such cell
/// of a row is a claim of its own; a rate column (`Xếp loại  Số lượng
/// Tỷ lệ (%)`) gives the share of the whole the row's count is.
fn of_measures(columns: &[Column]) -> bool {
    columns
        .iter()
        .all(|c| !matches!(c, Column::Target | Column::Achieved | Column::Estimate))
        && columns
            .iter()
            .any(|c| matches!(c, Column::Count | Column::Measure | Column::Money))
}

/// Reads `Đơn vị` after the rows' label as their unit (`Đơn vị tính`
/// shortened, `Diện tích nuôi tôm  ha`), not as who a row is: a table by
/// unit names its units first.
fn unit_after_label(columns: &mut [Column], names: &[String]) {
    let Some(first) = columns.iter().position(|c| *c == Column::Label) else {
        return;
    };
    for (c, n) in columns.iter_mut().zip(names).skip(first + 1) {
        let f = fold(n);
        if *c == Column::Group && (f == "đơn vị" || f.starts_with("đơn vị (")) {
            *c = Column::Unit;
        }
    }
}

/// The heading `h` with the line after it read as the rest of its cells:
/// a heading wrapped onto two lines or more (`Kế hoạch` over `năm 2021`,
/// `Dự toán` over `tỉnh giao` over `năm 2020`), as a sheet's narrow
/// columns print. Each short cell of `line` goes on the heading cell it
/// stands under; `None` when one stands under none, or the heading so
/// read is none. From the third line on (`deep`), a cell under the rows'
/// number, label or group is a row's (`A     THU NGÂN SÁCH`, a section
/// opening under the heading), not the heading's: a narrow figure column
/// wraps its heading further than the wide label column does.
fn continued(text: &str, s: &Sentence, h: &Heading, deep: bool) -> Option<Heading> {
    if h.layout != Layout::Gaps {
        return None;
    }
    let mut names = h.names.clone();
    for c in cells(text, s.start..s.end) {
        // A row's figure is no heading's word; a year is (`2021`), and a
        // date under its opener (`Đến` over `31/12/2015`).
        let cell = &text[c.clone()];
        let year = cell.len() == 4 && year_of(cell).is_some() || dated(cell);
        if heading_words(cell) > 3 || (value_cell(cell) && !year) {
            return None;
        }
        let at = char_span(text, c.clone());
        let under = h
            .spans
            .iter()
            .position(|o| o.start < at.end && at.start < o.end.max(o.start + 1))?;
        let rows_own = matches!(
            h.columns[under],
            Column::Number | Column::Label | Column::Group
        );
        if deep && rows_own {
            return None;
        }
        names[under] = format!("{} {}", names[under], &text[c]).trim().to_string();
    }
    let columns = names
        .iter()
        .map(|n| match n.as_str() {
            // The blank over the labels.
            "" => Column::Label,
            n => column_of(n).unwrap_or(Column::Unknown),
        })
        .collect();
    settle(columns, names, h.spans.clone(), h.layout)
}

/// The words of a heading's cell, its unit's mark aside (`kỳ năm trước
/// (%)` is three): a cell of more is prose, not a heading's.
fn heading_words(cell: &str) -> usize {
    cell.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A line that may open a heading wrapped over lines (`TT  Nội dung  Dự
/// toán  Ước thực  So với`, whose last two cells name their columns only
/// with the words under them): cells two spaces apart, the rows' number
/// or label first, at least one figure column known, and no figure but a
/// year. Read as a heading only when the line after completes it
/// ([`continued`]). Asked only of a line that is no heading, outside a
/// table, and has a gap.
fn unsettled(text: &str, s: &Sentence) -> Option<Heading> {
    let line = text.get(s.start..s.end)?;
    if memchr::memmem::find(line.as_bytes(), b"  ").is_none() || line.contains('|') {
        return None;
    }
    let cells = cells(text, s.start..s.end);
    let mut names: Vec<String> = cells.iter().map(|c| text[c.clone()].to_string()).collect();
    let mut spans: Vec<Range<usize>> = cells.iter().map(|c| char_span(text, c.clone())).collect();
    // Set in from its line's start, the heading is blank over the rows'
    // labels (`Đơn vị  Ước tính  So với cùng` over `tính  quý I/2026  kỳ
    // năm trước (%)`, a statistics release's): the blank is their column.
    if spans.first().is_some_and(|r| r.start >= MIN_INDENT) {
        names.insert(0, String::new());
        spans.insert(0, 0..0);
    }
    // Three cells are enough when two are dates' openers (`Chỉ tiêu  Đến
    // ngày  Đến ngày`): a table comparing two dates.
    let dates = names.iter().filter(|n| date_opener(n)).count();
    if names.len() < 4 && !(names.len() == 3 && dates == 2) || names.len() > 8 {
        return None;
    }
    if names.iter().any(|n| heading_words(n) > 3 || value_cell(n)) {
        return None;
    }
    let columns: Vec<Column> = names
        .iter()
        .map(|n| match n.as_str() {
            "" => Column::Label,
            n => column_of(n).unwrap_or(Column::Unknown),
        })
        .collect();
    let rows_first = matches!(columns[0], Column::Number | Column::Label | Column::Group);
    // `Đến` over its date (`31/12/2015`) heads a column of figures too.
    let figures = columns.iter().zip(&names).any(|(c, n)| {
        matches!(
            c,
            Column::Target | Column::Achieved | Column::Estimate | Column::Percent
        ) || date_opener(n)
    });
    (rows_first && figures).then(|| Heading {
        years: names.iter().map(|n| year_of(n)).collect(),
        spans,
        columns,
        names,
        layout: Layout::Gaps,
    })
}

/// The heading `h` with a blank cell first, over the rows' labels: a
/// sheet leaves the label column's heading blank (`            Đơn vị
/// Kế hoạch  Ước thực hiện  So kế hoạch`). Only for a heading set in
/// from its line's start and naming no label or number column; with a
/// blank number column before it too when `numbered` (`1   Diện tích
/// lúa   ha   …`).
fn label_first(h: &Heading, numbered: bool) -> Option<Heading> {
    // The cells written, after a blank label already read (a heading
    // with no label column at all).
    let written = h.names.iter().take_while(|n| n.is_empty()).count();
    let indent = h.spans.get(written)?.start;
    if h.layout != Layout::Gaps
        || indent < MIN_INDENT
        || h.names[written..]
            .iter()
            .any(|n| matches!(column_of(n), Some(Column::Label | Column::Number)))
    {
        return None;
    }
    let blank = 1 + usize::from(numbered);
    let names: Vec<String> = std::iter::repeat_n(String::new(), blank)
        .chain(h.names[written..].iter().cloned())
        .collect();
    let columns = names
        .iter()
        .enumerate()
        .map(|(i, n)| match i {
            _ if i + 1 == blank => Column::Label,
            _ if i < blank => Column::Number,
            _ => column_of(n).unwrap_or(Column::Unknown),
        })
        .collect();
    let spans = std::iter::repeat_n(0..0, blank)
        .chain(h.spans[written..].iter().cloned())
        .collect();
    settle(columns, names, spans, h.layout)
}

/// How far a heading with a blank first cell is set in, in characters,
/// at least: a label's width.
const MIN_INDENT: usize = 8;

/// Reads again the columns of a table whose rows are units (with a
/// `Group` column): `Chỉ tiêu` beside the figures is their target
/// (`STT  Huyện  Số hội viên  Chỉ tiêu  Kết nạp mới`), and with no done
/// column, a count standing after the target is what was done (`Đơn vị
/// Chỉ tiêu  Số đoàn viên kết nạp mới  Tỷ lệ (%)`). In a table whose rows
/// are themselves things counted, a count has no noun and is dropped.
fn by_unit(columns: &mut [Column]) {
    if !columns.contains(&Column::Group) {
        // `Tổ công đoàn | Số đoàn viên | Đạt LĐTT | Tỷ lệ (%)`: with no
        // plan, the count of the row's members before what some of them
        // reached, and a rate, is the whole the rate is of.
        let whole = !columns.contains(&Column::Target)
            && columns.contains(&Column::Percent)
            && columns
                .iter()
                .position(|c| *c == Column::Count)
                .zip(columns.iter().position(|c| *c == Column::Achieved))
                .is_some_and(|(n, a)| n < a);
        for c in columns.iter_mut().filter(|c| **c == Column::Count) {
            *c = if whole {
                Column::Target
            } else {
                Column::Unknown
            };
        }
        return;
    }
    let target = columns.contains(&Column::Target);
    for c in columns.iter_mut().filter(|c| **c == Column::Label) {
        *c = if target {
            Column::Unknown
        } else {
            Column::Target
        };
    }
    let done = columns
        .iter()
        .any(|c| matches!(c, Column::Achieved | Column::Estimate));
    let after = columns.iter().position(|c| *c == Column::Target);
    if let (false, Some(t)) = (done, after) {
        if let Some(c) = columns[t..].iter_mut().find(|c| **c == Column::Count) {
            *c = Column::Achieved;
        }
    }
}

/// Reads a second label column of a table whose rows are things counted
/// as the target: `Chỉ tiêu` after the row's own label and unit (`STT
/// Nội dung  ĐVT  Chỉ tiêu  Kết quả  Tỷ lệ %`) names the figure set for
/// the row, as `Kế hoạch` does; a row has one label only.
fn second_label(columns: &mut [Column]) {
    if columns.contains(&Column::Target) {
        return;
    }
    let Some(first) = columns.iter().position(|c| *c == Column::Label) else {
        return;
    };
    if let Some(c) = columns[first + 1..]
        .iter_mut()
        .find(|c| **c == Column::Label)
    {
        *c = Column::Target;
    }
}

/// A table being read, sentence by sentence.
#[derive(Debug, Default)]
pub(super) struct Table {
    heading: Option<Heading>,
    /// The unit a caption gives the whole table (`(đơn vị tính: triệu
    /// đồng)` closing the sentence before its heading): its power of ten
    /// and whether it is money.
    caption: Option<Caption>,
    /// The sentence just before, whose caption a heading takes: read
    /// only when a heading comes, as few sentences are followed by one.
    before: Option<std::ops::Range<usize>>,
    /// Whether the heading was read on the line just before: the line
    /// after may carry the rest of its cells.
    fresh: bool,
    /// Whether the heading already has a line carrying the rest of its
    /// cells: the line after may carry more ([`continued`]).
    deep: bool,
    /// The line just before, read as the first line of a heading whose
    /// cells say too little on it alone (`Dự toán  Ước thực  So với`
    /// over `năm 2023  hiện năm  dự toán`), with the caption before it.
    pending: Option<(Heading, Option<std::ops::Range<usize>>)>,
    /// A row's label wrapped around its figures ([`Wrapped`]).
    wrapped: Wrapped,
}

impl Table {
    /// The first row's label under the heading's blank first cell: the
    /// row read with the label column put first, which the heading keeps.
    fn row_under_blank_first_cell(
        &mut self,
        text: &str,
        s: &Sentence,
        si: usize,
        wrapped: &Label,
    ) -> Option<Vec<Claim>> {
        let h = self.heading.as_ref()?;
        let first = cells(text, s.start..s.end);
        let numbered = first.len() > 1 && row_marker(&text[first[0].clone()]);
        let label = first.get(usize::from(numbered));
        let blank = label_first(h, numbered).filter(|_| {
            let written = h.names.iter().take_while(|n| n.is_empty()).count();
            let over = h.spans.get(written).map_or(0, |r| r.start);
            label.is_some_and(|c| char_span(text, c.clone()).end <= over)
        })?;
        let found = row(text, s, si, &blank, self.caption, wrapped)?;
        self.heading = Some(blank);
        Some(found)
    }

    /// Reads `s` as a line of the table's heading, if it is one: the
    /// heading's next line, a heading stacked on a pending first line, or
    /// a new heading.
    fn read_heading_line(&mut self, text: &str, s: &Sentence, si: usize) -> bool {
        // The heading's second line (`năm 2021   năm 2021   (%)`), which
        // may read as a heading set in of its own.
        // and the lines after it, as long as each carries more of its
        // cells (`Dự toán` over `tỉnh giao` over `năm 2020`).
        let deep = std::mem::take(&mut self.deep);
        if std::mem::take(&mut self.fresh) {
            let whole = self.heading.as_ref().and_then(|h| {
                row(text, s, si, h, self.caption, &Label::default())
                    .is_none()
                    .then(|| continued(text, s, h, deep))
                    .flatten()
            });
            if whole.is_some() {
                self.heading = whole;
                self.fresh = true;
                self.deep = true;
                return true;
            }
        }
        // A heading that names its columns only once its second line is
        // stacked on its first.
        if let Some((first, before)) = self.pending.take() {
            if let Some(h) = continued(text, s, &first, false) {
                self.heading = Some(h);
                self.caption = before.and_then(|r| caption(text.get(r).unwrap_or("")));
                self.fresh = true;
                self.deep = true;
                return true;
            }
        }
        if let Some(h) = heading(text, s) {
            self.heading = Some(h);
            self.caption = self
                .before
                .take()
                .and_then(|r| caption(text.get(r).unwrap_or("")));
            self.fresh = true;
            return true;
        }
        false
    }

    /// Reads sentence `s` (number `si`): a heading opens the table, a row
    /// under it gives its claim; anything else closes it. Whether the
    /// sentence was the table's (the grammar reads no more of it).
    pub(super) fn read(
        &mut self,
        text: &str,
        s: &Sentence,
        si: usize,
        out: &mut Vec<Claim>,
    ) -> bool {
        if self.read_heading_line(text, s, si) {
            return true;
        }
        if self.heading.is_none() {
            self.pending = unsettled(text, s).map(|h| (h, self.before.clone()));
        }
        self.before = Some(s.start..s.end);
        let Some(h) = &self.heading else {
            return false;
        };
        let line = text.get(s.start..s.end).unwrap_or("");
        let wrapped = self.wrapped.label_for(si);
        let mut found = row(text, s, si, h, self.caption, &wrapped);
        if found.is_none() {
            found = self.row_under_blank_first_cell(text, s, si, &wrapped);
        }
        let Some(h) = &self.heading else {
            return false;
        };
        match found {
            Some(claims) => {
                let from = out.len();
                out.extend(claims);
                self.wrapped.read_row(s, si, from..out.len(), wrapped);
                true
            }
            // A rule under a piped heading (`|---|---|`), and a numbered
            // row whose cells do not line up (one left blank, which one
            // stands apart by one space cannot tell): the table's, with no
            // claim; its number is none.
            None if h.layout != Layout::Gaps && (rule(line) || numbered_row(line)) => true,
            // `Trong đó:` over a row's parts: a label with no figure, the
            // table goes on with its sub-rows.
            None if breakdown(line) => true,
            None if self.wrapped.read_label(text, s, si, h, self.caption, out) => true,
            None => {
                self.heading = None;
                false
            }
        }
    }
}

/// The words of a row's label wrapped in its cell onto lines of their
/// own (a sheet wraps a label wider than its column; [`crate::body`]
/// keeps the lines apart): the label's first words on the line before
/// the row's figures, its last words on the lines after them.
#[derive(Debug, Default, Clone)]
struct Label {
    before: String,
    after: String,
}

impl Label {
    /// The row's whole label, its cell `own` with the words around it. The
    /// words before go on a label opening in a small letter only: a row
    /// whose label opens with a capital starts its own.
    fn around<'a>(&self, own: &'a str) -> std::borrow::Cow<'a, str> {
        let before = !self.before.is_empty() && own.starts_with(char::is_lowercase);
        if !before && self.after.is_empty() {
            return std::borrow::Cow::Borrowed(own);
        }
        let mut label = if before {
            format!("{} {own}", self.before)
        } else {
            own.to_string()
        };
        if !self.after.is_empty() {
            label.push(' ');
            label.push_str(&self.after);
        }
        std::borrow::Cow::Owned(label)
    }
}

/// The lines of a table around a row that are its label's: the last row
/// read, which words on the lines after it go on, and the words of a
/// label waiting for its row's figures on the next line.
#[derive(Debug, Default)]
struct Wrapped {
    /// The last row read.
    last: Option<LastRow>,
    /// A label's first words and the sentence whose row they open.
    head: Option<(String, usize)>,
}

/// The row last read ([`Wrapped`]).
#[derive(Debug)]
struct LastRow {
    /// Where its sentence is: line, bytes, paragraph.
    at: (usize, Range<usize>, usize),
    /// Its sentence's number.
    si: usize,
    /// The words of its label around its cell, so far.
    label: Label,
    /// Its claims in the output.
    claims: Range<usize>,
    /// The sentence that may go on with its label.
    next: usize,
}

/// Whether a word is a figure (`186`, `75,0`), not a cell's dash.
fn figure_word(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit()) && value_cell(w)
}

impl Wrapped {
    /// The words wrapped before the label of sentence `si`'s row, if the
    /// line before gave some.
    fn label_for(&self, si: usize) -> Label {
        match &self.head {
            Some((before, at)) if *at == si => Label {
                before: before.clone(),
                after: String::new(),
            },
            _ => Label::default(),
        }
    }

    /// Notes the row of sentence `s` (number `si`), read with `label`,
    /// whose claims are `claims` of the output.
    fn read_row(&mut self, s: &Sentence, si: usize, claims: Range<usize>, label: Label) {
        self.last = Some(LastRow {
            at: (s.line, s.start..s.end, s.paragraph),
            si,
            label,
            claims,
            next: si + 1,
        });
    }

    /// Reads sentence `s` (number `si`), no row of heading `h`, as words
    /// of a row's label: after the row just read, words in a small letter
    /// with no figure go on its label (`do phụ nữ làm chủ`), and the row
    /// is read again with them, in place of its claims in `out`; before a
    /// row, a row's number or a capital and words with no figure (`1⇥Thăm
    /// hỏi, trợ cấp đoàn viên ốm đau,`) open the next row's label. Whether
    /// the sentence was so read.
    fn read_label(
        &mut self,
        text: &str,
        s: &Sentence,
        si: usize,
        h: &Heading,
        caption: Option<Caption>,
        out: &mut Vec<Claim>,
    ) -> bool {
        let line = text.get(s.start..s.end).unwrap_or("").trim();
        // Asked of each sentence in a table that is no row: its first
        // character settles most, and a figure rules a line out.
        let Some(first) = line.chars().next() else {
            return false;
        };
        // A label goes on in a small letter, also in a bracket or quote
        // (`(triệu đồng)`, `tình thương"`); a note under the table opens
        // with a capital (`(Nguồn: BHXH tỉnh …)`).
        let opening = first.is_alphabetic() || matches!(first, '(' | '"' | '“' | '”');
        if opening
            && line
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase)
        {
            // The middle of a label wrapped over three lines or more.
            if let Some((head, at)) = self.head.as_mut().filter(|(_, at)| *at == si) {
                if !line.split_whitespace().any(figure_word) {
                    for w in line.split_whitespace() {
                        head.push(' ');
                        head.push_str(w);
                    }
                    *at = si + 1;
                    return true;
                }
            }
            return self.goes_on(line, text, si, h, caption, out);
        }
        if self.head.take().is_some_and(|(_, at)| at == si) {
            // Two such lines running: no table's any more.
            return false;
        }
        let mut ws = line.split_whitespace();
        let numbered = ws.next().is_some_and(row_marker);
        let rest = if numbered {
            line.split_once(char::is_whitespace)
                .map_or("", |(_, r)| r.trim_start())
        } else {
            line
        };
        let opens = rest.starts_with(char::is_uppercase);
        if !opens || ws.any(figure_word) || line.ends_with(['.', ':', ';']) {
            return false;
        }
        // One space between its words, as the lines and cells it spans
        // are read.
        let words: Vec<&str> = rest.split_whitespace().collect();
        self.head = Some((words.join(" "), si + 1));
        true
    }

    /// Reads `line` (sentence `si`) as the last row's label going on, if
    /// it is that row's next sentence and holds no figure.
    fn goes_on(
        &mut self,
        line: &str,
        text: &str,
        si: usize,
        h: &Heading,
        caption: Option<Caption>,
        out: &mut Vec<Claim>,
    ) -> bool {
        let Some(last) = self.last.as_mut().filter(|l| l.next == si) else {
            return false;
        };
        // A sentence closed by its stop is prose under the table, no cell.
        let closed = line.ends_with(['.', ';', ':', '!', '?']);
        if closed || line.split_whitespace().any(figure_word) || out.len() != last.claims.end {
            return false;
        }
        let mut label = last.label.clone();
        for w in line.split_whitespace() {
            if !label.after.is_empty() {
                label.after.push(' ');
            }
            label.after.push_str(w);
        }
        let (number, ref range, paragraph) = last.at;
        let row_sentence = Sentence {
            line: number,
            start: range.start,
            end: range.end,
            tokens: &[],
            paragraph,
        };
        let Some(claims) = row(text, &row_sentence, last.si, h, caption, &label) else {
            return false;
        };
        out.truncate(last.claims.start);
        out.extend(claims);
        last.claims.end = out.len();
        last.label = label;
        last.next = si + 1;
        true
    }
}

/// Whether a line of a table opens the breakdown of the row above
/// (`Trong đó:`, `Gồm:`, `Chia ra:`), with nothing else on it but the
/// blank cells of a piped row (`| Trong đó: | | |`).
fn breakdown(line: &str) -> bool {
    let bare = line.trim_matches(|c: char| c == '|' || c.is_whitespace());
    let f = fold(bare.trim_end_matches(':').trim_end());
    BREAKDOWNS.contains(&f)
}

/// The lines opening a row's breakdown (`table_breakdowns.tsv`), folded.
static BREAKDOWNS: LazyLock<Vec<String>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/table_breakdowns.tsv"))
        .filter_map(|r| r.first().map(|w| fold(w)))
        .collect()
});

/// Whether a line is a rule between a piped heading and its rows.
fn rule(line: &str) -> bool {
    line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+'))
}

/// Whether a line opens with a row's number and ends with two figures,
/// with no clause punctuation between (a numbered sentence after the
/// table, `1. Kết nạp 500 đoàn viên, đạt 108`, is no row).
fn numbered_row(line: &str) -> bool {
    let ws: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    let n = ws.len();
    n >= 3
        && row_marker(ws[0])
        && ws[n - 2..].iter().all(|w| value_cell(w))
        && !ws[1..n - 2]
            .iter()
            .any(|w| w.ends_with([',', ';', '.', ':']))
}

/// Whether a word is a row's number: `1`, `1.2`, `2.`, a Roman numeral
/// (`II`), a letter (`A`, `b)`), as tables number their rows and groups
/// of rows (`A Tổng thu`, `B Tổng chi`).
fn row_marker(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ')']);
    let digits = !w.is_empty()
        && w.split('.')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
    let roman = !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    let letter = w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic());
    digits || roman || letter
}

/// Whether a word fills a figure's cell: a figure, or the dash or `x`
/// a table writes in a cell with none.
fn value_cell(w: &str) -> bool {
    // A change is signed (`+158`, `-12`).
    let unsigned = w
        .strip_prefix(['+', '-', '−'])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(w);
    number::parse(unsigned.trim_end_matches('%')).is_some()
        || matches!(w, "-" | "–" | "—" | "x" | "X")
}

/// Whether a column holds a figure per row (or would: one not known).
fn holds_figures(c: Column) -> bool {
    matches!(
        c,
        Column::Target
            | Column::Achieved
            | Column::Estimate
            | Column::Percent
            | Column::Count
            | Column::Change
            | Column::Measure
            | Column::Money
            | Column::Unknown
    )
}

/// The cells of a row of a table whose cells stand one space apart, lined
/// up with `columns`: the figures are its last words, one a column (the
/// remarks, when the last column, may follow them); before them its
/// number, if it has one, its label, and its unit, if the table has a
/// unit column: the last words from a capital on (`Kết nạp đoàn viên mới
/// Người`, `Thu kinh phí công đoàn Triệu đồng`), as each cell starts with
/// one.
fn spaced_row(text: &str, range: Range<usize>, columns: &[Column]) -> Option<Vec<Range<usize>>> {
    let ws = words(text, range.clone());
    let first_value = columns.iter().position(|c| holds_figures(*c))?;
    let (lead, values) = columns.split_at(first_value);
    if values
        .iter()
        .any(|c| !holds_figures(*c) && *c != Column::Note)
        || values[..values.len() - 1].contains(&Column::Note)
    {
        return None;
    }
    let noted = values.last() == Some(&Column::Note);
    let want = values.len() - usize::from(noted);
    let word = |i: usize| &text[ws[i].clone()];
    // The remarks, after the last figure.
    let mut end = ws.len();
    if noted {
        // A figure's last group of three, after a space, may open with a
        // zero (`1 067,5`), which no figure alone does.
        let last = (0..ws.len())
            .rev()
            .find(|&i| value_cell(word(i)) || i > 0 && spaced_figure(&[word(i - 1), word(i)]))?;
        if ws.len() - 1 - last > MAX_HEADING_WORDS {
            return None;
        }
        end = last + 1;
    }
    let figures = grouped(text, &ws[..end], &values[..want]);
    if figures.is_none() && (end < want + 1 || !(end - want..end).all(|i| value_cell(word(i)))) {
        return None;
    }
    let first = figures.as_ref().map_or(end - want, |(at, _)| *at);
    let mut cells: Vec<Range<usize>> = Vec::with_capacity(columns.len());
    if !lead_cells(text, &ws, range.start, lead, 0..first, &mut cells) {
        return None;
    }
    match figures {
        Some((_, figures)) => cells.extend(figures),
        None => cells.extend(ws[end - want..end].iter().cloned()),
    }
    if noted {
        let at = ws[end - 1].end;
        cells.push(
            ws.get(end)
                .map_or(at..at, |w| w.start..ws[ws.len() - 1].end),
        );
    }
    (cells.len() == columns.len()).then_some(cells)
}

/// The cells of a spaced row before its figures, lined up with `lead`
/// and pushed to `cells`: its number, if it has one, its label up to its
/// unit (`Thu kinh phí công đoàn Triệu đồng`) and its unit, each from the
/// words `head` before the figures. `row_start` is where the row starts.
/// Whether every word before the figures found its cell.
fn lead_cells(
    text: &str,
    ws: &[Range<usize>],
    row_start: usize,
    lead: &[Column],
    mut head: Range<usize>,
    cells: &mut Vec<Range<usize>>,
) -> bool {
    let word = |i: usize| &text[ws[i].clone()];
    // A row numbered under a heading with no number column: the number
    // is none of the label's words (`1 Kết nạp đoàn viên 500 540 108`).
    if matches!(lead.first(), Some(Column::Label | Column::Group))
        && head.len() > 1
        && row_marker(word(head.start))
        && word(head.start + 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        head.start += 1;
    }
    for c in lead {
        let at = ws.get(head.start).map_or(row_start, |w| w.start);
        let cell = match c {
            Column::Number if head.len() > 1 && row_marker(word(head.start)) => {
                head.start += 1;
                ws[head.start - 1].clone()
            }
            Column::Number => at..at,
            Column::Label | Column::Group if !head.is_empty() => {
                // Up to the unit, when a unit column follows.
                let upto = if lead.contains(&Column::Unit) {
                    unit_start(text, ws, head.clone())
                } else {
                    head.end
                };
                let cell = ws[head.start].start..ws[upto - 1].end;
                head.start = upto;
                cell
            }
            Column::Unit if !head.is_empty() => {
                let cell = ws[head.start].start..ws[head.end - 1].end;
                head.start = head.end;
                cell
            }
            _ => at..at,
        };
        cells.push(cell);
    }
    head.is_empty()
}

/// The figures ending `ws` read as `columns` when their thousands are
/// grouped by spaces (`BHXH bắt buộc 5 120,0 5 236,4 102,3` under `Kế
/// hoạch  Thực hiện  Tỷ lệ (%)`): where the first starts (a word index)
/// and each one's bytes. A run of figure words longer than the columns is
/// cut into one figure a column, each a lead of one to three digits and
/// groups of three (the last with its decimals); a rate is one word, and
/// the other figures of a row, of one magnitude, take about as many words.
/// `None` when the run is no longer than the columns, or cuts into no
/// such figures or more than one way: its last words are then the cells.
fn grouped(
    text: &str,
    ws: &[Range<usize>],
    columns: &[Column],
) -> Option<(usize, Vec<Range<usize>>)> {
    let want = columns.len();
    let word = |i: usize| &text[ws[i].clone()];
    // Asked of every spaced row: most have no figure word before their
    // cells.
    // A group of three may open with a zero (`1 036`), which no figure
    // does.
    let digits = |i: usize| {
        let w = word(i);
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
    };
    let end = ws.len();
    if end <= want || !digits(end - want - 1) {
        return None;
    }
    let mut from = end - want;
    while from > 1 && end - from < MAX_GROUPED && (digits(from - 1) || value_cell(word(from - 1))) {
        from -= 1;
    }
    let words: Vec<&str> = ws.iter().map(|r| &text[r.clone()]).collect();
    // The longest run that cuts one way only.
    (from..end - want).find_map(|at| {
        let mut found = Vec::new();
        cuts(&words, at, columns, &mut Vec::new(), &mut found);
        // The figures other than rates, of one magnitude; a table's
        // measures (a count beside its money) need not be.
        found.retain(|ends| {
            let sizes = std::iter::once(at)
                .chain(ends.iter().copied())
                .zip(ends)
                .zip(columns)
                .filter(|(_, c)| {
                    !matches!(
                        c,
                        Column::Percent | Column::Count | Column::Measure | Column::Money
                    )
                })
                .map(|((a, e), _)| e - a);
            let (lo, hi) = sizes.fold((usize::MAX, 0), |(lo, hi), n| (lo.min(n), hi.max(n)));
            hi <= lo.saturating_add(1)
        });
        let [ends] = found.as_slice() else {
            return None;
        };
        let cells = std::iter::once(at)
            .chain(ends.iter().copied())
            .zip(ends)
            .map(|(a, &e)| ws[a].start..ws[e - 1].end)
            .collect();
        Some((at, cells))
    })
}

/// The most words a row's run of grouped figures is read over.
const MAX_GROUPED: usize = 12;

/// Every way of cutting `words[at..]` into one figure for each of
/// `columns` ([`grouped`]), each as the word index each figure ends at.
fn cuts(
    words: &[&str],
    at: usize,
    columns: &[Column],
    taken: &mut Vec<usize>,
    found: &mut Vec<Vec<usize>>,
) {
    let Some((column, rest)) = columns.split_first() else {
        if at == words.len() {
            found.push(taken.clone());
        }
        return;
    };
    let most = if *column == Column::Percent { 1 } else { 4 };
    for n in 1..=most.min(words.len() - at) {
        if !spaced_figure(&words[at..at + n]) {
            continue;
        }
        taken.push(at + n);
        cuts(words, at + n, rest, taken, found);
        taken.pop();
    }
}

/// Whether words are one figure with its thousands grouped by spaces: one
/// word that is a figure, or a lead of one to three digits and groups of
/// three, the last with its decimals (`5 120,0`, `1 036`).
fn spaced_figure(words: &[&str]) -> bool {
    let digits = |w: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    match words {
        [one] => value_cell(one),
        [lead, middle @ .., last] => {
            let whole = last
                .split_once(',')
                .map_or(*last, |(w, d)| if digits(d, 1..=3) { w } else { "" });
            // No figure opens with a zero (`000 000` is no lead).
            digits(lead, 1..=3)
                && !lead.starts_with('0')
                && middle.iter().all(|w| digits(w, 3..=3))
                && digits(whole, 3..=3)
        }
        [] => false,
    }
}

/// Where the unit of a row's label and unit words (`head`, word indices
/// of `ws`) starts: at the last word from a capital on, when it is not
/// the label's first word and leaves at most three words (`Triệu đồng`,
/// `CĐCS`, `Đơn vị`), or at `%`; else at a money unit in small letters
/// (`triệu đồng`); else the unit cell is blank.
fn unit_start(text: &str, ws: &[Range<usize>], head: Range<usize>) -> usize {
    let opens = |i: usize| {
        let w = &text[ws[i].clone()];
        w == "%" || w.chars().next().is_some_and(char::is_uppercase)
    };
    // A unit written in small letters is known only when it is money
    // (`triệu đồng`): a label may end in any noun (`Thành lập chi hội`).
    let money = |i: usize| unit_of(&fold(&text[ws[i].start..ws[head.end - 1].end])).1;
    // Another unit in small letters is known by its word, and taken only
    // after two words of label (`Cây xanh cây`, not `Trồng cây`).
    let last = head.end - 1;
    let small = last >= head.start + 2 && ROW_UNITS.contains(&fold(&text[ws[last].clone()]));
    (head.start + 1..head.end)
        .rev()
        .find(|&i| opens(i))
        .filter(|&i| head.end - i <= 3)
        .or_else(|| (head.end.saturating_sub(2).max(head.start + 1)..head.end).find(|&i| money(i)))
        .or_else(|| small.then_some(last))
        .unwrap_or(head.end)
}

/// Units of a row's figures written in small letters in a unit column
/// (`km`, `cây`, `người`), folded.
static ROW_UNITS: LazyLock<Vec<String>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/table_row_units.tsv"))
        .filter_map(|r| r.first().map(|w| fold(w)))
        .collect()
});

/// A row's label without the `Trong đó:` that makes the row a part of
/// the row above (`Trong đó: Tôm` under `Sản lượng thủy sản`), or the
/// bullet that marks a sub-row (`+ Doanh nghiệp FDI`, `- Thu ngoài quốc
/// doanh`: layout, no word of the label): the part is what the row counts.
fn part(label: &str) -> &str {
    let label = unbulleted(label);
    let words: Vec<&str> = label.splitn(3, ' ').collect();
    match words.as_slice() {
        [a, b, rest] if fold(a) == "trong" && fold(b.trim_end_matches([':', ','])) == "đó" => {
            let rest = rest.trim_start_matches([':', ',', ' ']);
            if rest.is_empty() {
                label
            } else {
                rest
            }
        }
        _ => label,
    }
}

/// A label without the bullet mark opening it (`+ `, `- `; BULLETS).
fn unbulleted(label: &str) -> &str {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(b), Some(' ')) if BULLETS.contains(&b) => label[b.len_utf8()..].trim_start(),
        _ => label,
    }
}

/// A row lined up with its heading.
struct Row<'a> {
    text: &'a str,
    cells: Vec<Range<usize>>,
    columns: &'a [Column],
}

impl Row<'_> {
    /// The index of the first column holding `want`.
    fn at(&self, want: Column) -> Option<usize> {
        self.columns.iter().position(|c| *c == want)
    }

    /// The text of the first cell under `want`.
    fn cell(&self, want: Column) -> Option<&str> {
        self.at(want).map(|i| &self.text[self.cells[i].clone()])
    }

    /// The figure of cell `i` in units of `10^exp`: its value, where it
    /// is written, and its decimals.
    fn figure(&self, i: usize, exp: u32) -> Option<(f64, Figure, u32)> {
        let r = self.cells.get(i)?;
        let written = self.text[r.clone()].trim_end_matches('%').trim();
        // Thousands grouped by spaces (`5 120,0`) are read as one figure.
        let n = if written.contains(' ') {
            number::parse(&written.replace(' ', ""))?
        } else {
            number::parse(written)?
        };
        let fig = Figure {
            start: r.start,
            end: r.end,
            written: written.to_string(),
            exp: Some(exp),
        };
        Some((n.scaled(exp), fig, n.decimals))
    }

    /// The cell at column `i` as a fraction (`27/34` under `Số cơ sở`):
    /// its part and its whole, each placed in the text.
    fn fraction(&self, i: usize) -> Option<[(f64, Figure, u32); 2]> {
        let r = self.cells.get(i)?;
        let cell = &self.text[r.clone()];
        let slash = cell.find('/')?;
        let part = |from: usize, to: usize| {
            let written = cell.get(from..to)?.trim();
            let n = number::parse(&written.replace(' ', ""))?;
            let at = r.start + from + cell[from..to].find(written)?;
            let fig = Figure {
                start: at,
                end: at + written.len(),
                written: written.to_string(),
                exp: Some(0),
            };
            Some((n.scaled(0), fig, n.decimals))
        };
        Some([part(0, slash)?, part(slash + 1, cell.len())?])
    }
}

/// The claims of a row under heading `h`: `None` when the line is no row
/// of the table (its cells do not line up), none for a row with nothing
/// to claim.
fn row(
    text: &str,
    s: &Sentence,
    si: usize,
    h: &Heading,
    caption: Option<Caption>,
    wrapped: &Label,
) -> Option<Vec<Claim>> {
    let columns = &h.columns;
    let cells = match h.layout {
        Layout::Spaces => spaced_row(text, s.start..s.end, columns)?,
        Layout::Gaps | Layout::Pipes => {
            aligned(text, cells(text, s.start..s.end), columns, s.start)?
        }
    };
    let r = Row {
        text,
        cells,
        columns,
    };
    if of_measures(columns) {
        return Some(measured(&r, s, si, h, caption.map(|c| c.unit)));
    }
    let mut out = counts(&r, s, si, h);
    // A row of a table by unit (`Giáo dục`, `Tổng cộng`) is no thing
    // counted: the heading of its figures names what is (`Kết nạp mới`).
    let label;
    let named = if r.at(Column::Group).is_some() {
        [Column::Achieved, Column::Estimate, Column::Target]
            .into_iter()
            .find_map(|c| r.at(c))
            .map(|i| h.names[i].as_str())?
    } else {
        label = wrapped.around(r.cell(Column::Label)?);
        part(&label)
    };
    let (subject, unit) = label_unit(named);
    let unit_cell = r.cell(Column::Unit).filter(|u| !u.is_empty());
    let (exp, money) = row_unit(unit_cell, unit, caption, subject);
    // A count's unit word, written in the label, names what the row
    // counts: `Mở lớp dạy nghề cho nông dân  Lớp` counts lớp.
    let counted = unit_cell
        .filter(|_| !money)
        .and_then(|u| word_in(subject, u));
    // A row of rates (`Hộ đạt SXKD giỏi bình quân/năm (%)`): its figures
    // are percents, the one reached its claim.
    let rates = r.cell(Column::Unit).is_some_and(is_percent) || is_percent(named);
    let dress = |mut claim: Claim, year: Option<i32>| {
        claim.subject = Some(subject.to_string());
        claim.counted.clone_from(&counted);
        claim.year = year;
        // A percent alone is no money, whatever the row's unit.
        if money && claim.achieved.is_some() {
            claim.measure = Measure::Vnd;
        }
        claim
    };
    let exp = if rates { 0 } else { exp };
    let mut claims: Vec<Claim> = main_claims(&r, s, si, h, exp, rates)
        .into_iter()
        .chain(other_years(&r, s, si, h, exp, rates))
        .chain(change(&r, s, si, h, exp, rates))
        .map(|c| {
            let year = c.year;
            dress(c, year)
        })
        .collect();
    claims.sort_by_key(|c| c.start);
    out.extend(claims);
    Some(out)
}

/// The unit of a row's figures, as its power of ten and whether they are
/// money: the unit column's cell, else the label's own unit, else the
/// caption's. A caption giving two units (`(Đơn vị tính: đoàn viên;
/// triệu đồng)`) scales the rows that name money only.
fn row_unit(
    cell: Option<&str>,
    own: Option<(u32, bool)>,
    caption: Option<Caption>,
    label: &str,
) -> (u32, bool) {
    let caption = caption
        .filter(|c| !c.shared || names_money(label))
        .map(|c| c.unit);
    cell.map(|u| unit_of(&fold(u)))
        .or(own)
        .or(caption)
        .unwrap_or((0, false))
}

/// The claims of a row of a table of measures ([`of_measures`]): one for
/// each figure the row gives. Its label says what is counted, and a count
/// column its own noun (`Số lượt`: lượt); a row by unit, or a total row
/// (`Cộng`, `Tổng cộng`), is no thing counted: the heading names it. The
/// caption's money unit (`(ĐVT: triệu đồng)`) scales the money columns
/// only, never a count.
fn measured(
    r: &Row,
    s: &Sentence,
    si: usize,
    h: &Heading,
    caption: Option<(u32, bool)>,
) -> Vec<Claim> {
    // A row of a period (`Quý I`, `Cả năm`) or a total is no thing
    // counted: the headings name what each figure is.
    let label = r
        .cell(Column::Label)
        .map(part)
        .filter(|l| !l.is_empty() && !total_row(l) && !period_row(l));
    let unit_cell = r.cell(Column::Unit).filter(|u| !u.is_empty());
    // The row's rate: the share of the whole its count is, when the rate
    // names nothing else (`Tỷ lệ (%)`, not `Tỷ lệ nữ (%)`) and one count
    // or measure stands beside it; else a rate of its own.
    let rate_at = r.at(Column::Percent);
    let counts = h
        .columns
        .iter()
        .filter(|c| matches!(c, Column::Count | Column::Measure))
        .count();
    let of_rate = rate_at.map_or("", |i| rate_noun(&h.names[i]));
    let mut percent = rate_at.and_then(|i| r.figure(i, 0));
    let mut joined = percent.take_if(|_| counts == 1 && of_rate.is_empty());
    let mut out = Vec::new();
    for (i, &c) in h.columns.iter().enumerate() {
        if !matches!(c, Column::Count | Column::Measure | Column::Money) {
            continue;
        }
        let (head, own) = label_unit(&h.names[i]);
        // `Số lượt`: the noun after `Số`.
        let noun = match c {
            Column::Count => head.split_once(' ').map_or(head, |(_, n)| n.trim()),
            _ => head,
        };
        let (exp, money, counted) = measure_unit(c, &h.names[i], own, unit_cell, caption, noun);
        // A count written as a fraction of its whole (`27/34` units rated
        // `Trong sạch, vững mạnh`) is the count and its whole.
        let (f, whole) = match (r.figure(i, exp), r.fraction(i).filter(|_| !money)) {
            (Some(f), _) => (f, None),
            (None, Some([part, whole])) => (part, Some(whole)),
            (None, None) => continue,
        };
        let share = if money { None } else { joined.take() };
        let mut claim = claim(s, si, Some(f), whole, share);
        if claim.percent.is_some() {
            claim.basis = Basis::Whole;
        }
        claim.subject = Some(label.unwrap_or(noun).to_string());
        // `Số người`: the row's label says which people (`Đoàn viên được
        // thăm hỏi`), as `412.345 người` counts the members named before.
        claim.counted = counted.filter(|n| label.is_some() && fold(n) != "người");
        if money {
            claim.measure = Measure::Vnd;
        }
        out.push(claim);
    }
    if let Some(p) = percent.or(joined) {
        let mut claim = rate(s, si, p);
        claim.subject = rate_subject(label, of_rate);
        out.push(claim);
    }
    // `Tỷ lệ thất nghiệp (%)  Tỷ lệ thiếu việc làm (%)`: each further rate
    // column is a rate of its own, named by its heading.
    let further =
        (0..h.columns.len()).filter(|&i| h.columns[i] == Column::Percent && Some(i) != rate_at);
    for i in further {
        if let Some(p) = r.figure(i, 0) {
            let mut claim = rate(s, si, p);
            claim.subject = rate_subject(label, rate_noun(&h.names[i]));
            out.push(claim);
        }
    }
    out
}

/// A rate's subject in a table of measures: what its heading says it is
/// the rate of (`thất nghiệp`), and the row's label.
fn rate_subject(label: Option<&str>, of_rate: &str) -> Option<String> {
    match (label, of_rate) {
        (Some(l), "") => Some(l.to_string()),
        (Some(l), n) => Some(format!("{n} {l}")),
        (None, "") => None,
        (None, n) => Some(n.to_string()),
    }
}

/// Whether a row's label names a period (`Quý I`, `Tháng 5`, `Cả năm`,
/// `Năm 2019`): a time unit first, after `Cả` maybe.
fn period_row(label: &str) -> bool {
    let f = fold(label);
    let f = f.strip_prefix("cả ").unwrap_or(&f);
    PERIOD_ROW_UNITS.iter().any(|u| {
        f == u
            || f.strip_prefix(u.as_str())
                .is_some_and(|r| r.starts_with(' '))
    })
}

/// The time units of more than one letter (`năm`, `quý`, `tháng`; not
/// `h`), folded once: a row label opening with one names a period.
static PERIOD_ROW_UNITS: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::lexicon::TIME_UNITS
        .iter()
        .filter(|u| u.chars().count() > 1)
        .map(|u| fold(u))
        .collect()
});

/// What a rate's heading says it is the rate of, its unit and the words
/// of a rate left out: `nữ` of `Tỷ lệ nữ (%)`; none of `Tỷ lệ (%)`, `%`.
fn rate_noun(name: &str) -> &str {
    let (head, _) = label_unit(name);
    let mut words = head.trim_start_matches('%').trim().splitn(3, ' ');
    match (words.next().map(fold), words.next().map(fold)) {
        (Some(a), Some(b)) if (a == "tỷ" || a == "tỉ") && b == "lệ" => {
            words.next().unwrap_or("").trim()
        }
        _ => "",
    }
}

/// The unit of a measure column's figures (its power of ten, whether it
/// is money, and the noun it counts): the heading's own in parentheses
/// (`Diện tích (ha)`, `Kinh phí (triệu đồng)`); else for money the
/// caption's, or the row's unit cell; for a count its noun (`Số lượt`);
/// for another measure the row's unit cell.
fn measure_unit(
    c: Column,
    name: &str,
    own: Option<(u32, bool)>,
    unit_cell: Option<&str>,
    caption: Option<(u32, bool)>,
    noun: &str,
) -> (u32, bool, Option<String>) {
    let cell = unit_cell.map(|u| (u, unit_of(&fold(u))));
    match (own, c) {
        (Some((exp, true)), _) => (exp, true, None),
        // `(ha)`, `(người)`: the unit word is what the figures count;
        // `(nghìn người)` scales them.
        (Some((exp, _)), _) => {
            let inner = name
                .rfind('(')
                .map_or("", |o| name[o + 1..].trim_end_matches([')', ' ']));
            (
                exp,
                false,
                Some(inner.trim().to_string()).filter(|u| !u.is_empty()),
            )
        }
        (None, Column::Money) => {
            let (exp, _) = caption
                .or(cell.map(|(_, u)| u).filter(|u| u.1))
                .unwrap_or((0, true));
            (exp, true, None)
        }
        (None, Column::Count) => (0, false, Some(noun.to_string())),
        (None, _) => match cell {
            Some((_, (exp, true))) => (exp, true, None),
            Some((u, _)) => (0, false, Some(u.to_string())),
            None => (0, false, None),
        },
    }
}

/// Whether a row's label names the table's total (`Cộng`, `Tổng cộng`):
/// the row counts what its column's heading names.
fn total_row(label: &str) -> bool {
    let f = fold(label.trim_end_matches(':').trim());
    TOTAL_ROWS.contains(&f)
}

/// The labels of a total row (`table_totals.tsv`), folded.
static TOTAL_ROWS: LazyLock<Vec<String>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/table_totals.tsv"))
        .filter_map(|r| r.first().map(|w| fold(w)))
        .collect()
});

/// The claims of a row's plan, done and rate columns of its main year
/// ([`main_year`]) or of none (figures in units of `10^exp`, or rates):
/// the rate reached, in a row of rates. A rate beside no plan but beside
/// another year's done column (`Thực hiện năm 2022  Ước thực hiện năm
/// 2023  So sánh (%)`) compares the two years: a change of its own.
fn main_claims(r: &Row, s: &Sentence, si: usize, h: &Heading, exp: u32, rates: bool) -> Vec<Claim> {
    let main = main_year(h);
    let in_main = |i: usize| main.is_none() || h.years[i].is_none() || h.years[i] == main;
    let fig = |want: Column| {
        (0..h.columns.len())
            .find(|&i| h.columns[i] == want && in_main(i))
            .and_then(|i| r.figure(i, exp))
    };
    let estimate = fig(Column::Estimate);
    let approx = estimate.is_some();
    let achieved = fig(Column::Achieved).or(estimate);
    let target = fig(Column::Target);
    let mut percent = r.at(Column::Percent).and_then(|i| r.figure(i, 0));
    let compared = target.is_none()
        && (0..h.columns.len())
            .any(|i| matches!(h.columns[i], Column::Achieved | Column::Estimate) && !in_main(i));
    let mut out = Vec::new();
    if rates {
        out.extend(achieved.map(|a| rate(s, si, a)));
    } else {
        // Beside year columns a rate is the change, unless its heading
        // gives the rows' shares (`Cơ cấu năm 2019 (%)`).
        let share = r
            .at(Column::Percent)
            .is_some_and(|i| share_heading(&h.names[i]));
        let change = percent.take_if(|_| compared && !share);
        if achieved.is_some() || percent.is_some() {
            let mut claim = claim(s, si, achieved, target, percent);
            if approx {
                claim.qualifier = Qualifier::Approx;
            }
            if share && claim.percent.is_some() {
                claim.basis = Basis::Whole;
            }
            out.push(claim);
        }
        if let Some(p) = change {
            let mut claim = claim(s, si, None, None, Some(p));
            claim.basis = Basis::Change;
            out.push(claim);
        }
    }
    for c in &mut out {
        c.year = main;
    }
    out
}

/// The figures of a row's columns of other years than its main claim's,
/// each a claim of its own year (figures in units of `10^exp`, or rates):
/// a past year's accounts (`Quyết toán năm 2015`) actual, next year's
/// budget (`Dự toán năm 2017`) a plan.
fn other_years(r: &Row, s: &Sentence, si: usize, h: &Heading, exp: u32, rates: bool) -> Vec<Claim> {
    let Some(main) = main_year(h) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, &c) in h.columns.iter().enumerate() {
        let Some(year) = h.years[i].filter(|&y| y != main) else {
            continue;
        };
        if !matches!(c, Column::Target | Column::Achieved | Column::Estimate) {
            continue;
        }
        let Some(f) = r.figure(i, exp) else {
            continue;
        };
        let mut claim = if rates {
            rate(s, si, f)
        } else {
            claim(s, si, Some(f), None, None)
        };
        claim.kind = if c == Column::Target || year > main {
            Kind::Plan
        } else {
            Kind::Actual
        };
        if c == Column::Estimate {
            claim.qualifier = Qualifier::Approx;
        }
        claim.year = Some(year);
        out.push(claim);
    }
    out
}

/// Whether a rate's heading gives the rows' shares of the whole
/// (`share_headings.tsv`: `Cơ cấu`, `Tỷ trọng`).
fn share_heading(name: &str) -> bool {
    let f = fold(name);
    SHARE_HEADINGS.iter().any(|h| f.starts_with(h.as_str()))
}

/// The share headings, folded.
static SHARE_HEADINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/share_headings.tsv"))
        .filter_map(|r| r.first().map(|w| fold(w)))
        .collect()
});

/// The claim of a row's change column (`Tăng (+) giảm (-)` over `+ 803`,
/// `-2`, `120`): the rise or fall from one year's (or date's) column to
/// the next is a claim of its own, as the text's `tăng 4,8 tỷ đồng so
/// với năm 2014` is: its size, in the row's measure (figures in units of
/// `10^exp`), of the later year. In a row of rates, or under a heading in
/// percent (`Tăng, giảm (%)`), it is a change of percent. A change of
/// nothing (`0`), or a cell left blank or dashed, is no claim.
fn change(r: &Row, s: &Sentence, si: usize, h: &Heading, exp: u32, rates: bool) -> Option<Claim> {
    let i = r.at(Column::Change)?;
    let cell = r.cells.get(i)?.clone();
    let written = &r.text[cell.clone()];
    // The sign stands apart from the figure in some sheets (`+ 803`).
    let size = written.trim_start_matches(['+', '-', '−']).trim_start();
    let at = cell.end - size.len();
    let n = number::parse(&size.trim_end_matches('%').replace(' ', ""))?;
    if n.mantissa == 0 {
        return None;
    }
    let percent = rates || is_percent(&h.names[i]) || size.ends_with('%');
    let exp = if percent { 0 } else { exp };
    let fig = Figure {
        start: at,
        end: cell.end,
        written: size.to_string(),
        exp: Some(exp),
    };
    let figure = (n.scaled(exp), fig, n.decimals);
    let mut claim = if percent {
        claim(s, si, None, None, Some(figure))
    } else {
        claim(s, si, Some(figure), None, None)
    };
    if percent {
        claim.basis = Basis::Change;
    }
    claim.year = main_year(h);
    Some(claim)
}

/// Whether a unit is the percent sign (`%`, `(%)`).
fn is_percent(unit: &str) -> bool {
    unit.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace()) == "%"
        || unit.trim_end().ends_with("(%)")
}

/// The year of a table's main claim: the year of its done column that
/// has a plan column of the same year (`Dự toán năm 2016  Ước TH năm
/// 2016`), else of its latest done column (the last of equals); none when
/// that names none.
/// Columns of other years make claims of their own.
fn main_year(h: &Heading) -> Option<i32> {
    let of = |want: &[Column]| -> Vec<usize> {
        (0..h.columns.len())
            .filter(|&i| want.contains(&h.columns[i]))
            .collect()
    };
    let done = of(&[Column::Achieved, Column::Estimate]);
    let targets = of(&[Column::Target]);
    done.iter()
        .find(|&&d| h.years[d].is_some() && targets.iter().any(|&t| h.years[t] == h.years[d]))
        .or_else(|| done.iter().max_by_key(|&&d| h.years[d]))
        .and_then(|&d| h.years[d])
}

/// The claim of a rate a row reaches (a row of percents): the percent
/// alone, a share of its whole.
fn rate(s: &Sentence, si: usize, reached: (f64, Figure, u32)) -> Claim {
    let mut c = claim(s, si, None, None, Some(reached));
    c.basis = Basis::Whole;
    c
}

/// The counts of a row's units (`Số CĐCS  31`): one claim each, its noun
/// the heading's after `Số`.
fn counts(r: &Row, s: &Sentence, si: usize, h: &Heading) -> Vec<Claim> {
    let mut out = Vec::new();
    for (i, _) in r
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == Column::Count)
    {
        let name = h.names[i].as_str();
        // `Số CĐCS`: the noun after the heading's first word.
        let noun = name.split_once(' ').map_or(name, |(_, n)| n.trim());
        let (noun, unit) = label_unit(noun);
        let (exp, money) = unit.unwrap_or((0, false));
        let Some(achieved) = r.figure(i, exp) else {
            continue;
        };
        let mut claim = claim(s, si, Some(achieved), None, None);
        claim.subject = Some(noun.to_string());
        if money {
            claim.measure = Measure::Vnd;
        }
        out.push(claim);
    }
    out
}

/// A row's claim of these figures: actual, a count (or a percent alone),
/// the percent of the target when both are written.
fn claim(
    s: &Sentence,
    si: usize,
    achieved: Option<(f64, Figure, u32)>,
    target: Option<(f64, Figure, u32)>,
    percent: Option<(f64, Figure, u32)>,
) -> Claim {
    let spans: Vec<&Figure> = [&achieved, &target, &percent]
        .into_iter()
        .flatten()
        .map(|(_, f, _)| f)
        .collect();
    let start = spans.iter().map(|f| f.start).min().unwrap_or(s.start);
    let end = spans.iter().map(|f| f.end).max().unwrap_or(s.end);
    Claim {
        sentence: si,
        start,
        end,
        achieved: achieved.as_ref().map(|a| a.0),
        target: target.as_ref().map(|t| t.0),
        percent: percent.as_ref().map(|p| p.0),
        percent_decimals: percent.as_ref().map_or(0, |p| p.2),
        qualifier: Qualifier::None,
        percent_qualifier: Qualifier::None,
        kind: Kind::Actual,
        measure: if achieved.is_none() {
            Measure::Percent
        } else {
            Measure::Count
        },
        basis: if percent.is_some() && target.is_some() {
            Basis::Target
        } else {
            Basis::None
        },
        subject: None,
        quote: s.start..s.end,
        counted: None,
        figures: Figures {
            achieved: achieved.map(|a| a.1),
            target: target.map(|t| t.1),
            percent: percent.map(|p| p.1),
            hedge: None,
        },
        year: None,
    }
}

/// The cells of a row lined up with `columns`, or `None` when they cannot
/// be: a row may leave its number out (`Hội viên mới (người)  300  315`),
/// its remarks blank, or its unit cell blank (`2  Thu ngân sách
/// 980.000  1.036.540`).
fn aligned(
    text: &str,
    mut cells: Vec<Range<usize>>,
    columns: &[Column],
    start: usize,
) -> Option<Vec<Range<usize>>> {
    let figure = |c: &Range<usize>| number::parse(text[c.clone()].trim_end_matches('%')).is_some();
    // A row numbered under a heading with no number column (left blank
    // over the numbers, as an HTML table's empty `<th>`): the number
    // stands where its label would, the label after it.
    if matches!(columns.first(), Some(Column::Label | Column::Group))
        && cells.len() > 2
        && row_marker(&text[cells[0].clone()])
        && !figure(&cells[1])
    {
        cells.remove(0);
    }
    // Two cells at most left out: a total's number and its remarks
    // (`     Cộng   27.660   650   647   99,5`).
    for _ in 0..2 {
        if cells.len() >= columns.len() || cells.len() + 2 < columns.len() {
            break;
        }
        let numbered = cells
            .first()
            .is_some_and(|c| text[c.clone()].bytes().all(|b| b.is_ascii_digit()));
        let unit_at = columns.iter().position(|c| *c == Column::Unit);
        // The remarks, or a change left blank where there is none.
        let blank_last = matches!(
            columns.last(),
            Some(Column::Note | Column::Change | Column::Unknown)
        );
        if columns.first() == Some(&Column::Number) && !numbered {
            cells.insert(0, start..start);
        } else if blank_last && cells.last().is_some_and(figure) {
            // The remarks left blank.
            let end = cells.last().map_or(start, |c| c.end);
            cells.push(end..end);
        } else if let Some(u) = unit_at.filter(|&u| {
            // The cell where the unit would stand is already a figure.
            cells.get(u).is_some_and(figure)
        }) {
            let at = cells[u].start;
            cells.insert(u, at..at);
        } else {
            break;
        }
    }
    (cells.len() == columns.len()).then_some(cells)
}

/// The words of `unit` where they stand in `label` as whole words, folded
/// alike (`lớp` in `Mở lớp dạy nghề`), as written there.
fn word_in(label: &str, unit: &str) -> Option<String> {
    let want: Vec<String> = unit.split_whitespace().map(fold).collect();
    let words: Vec<(usize, &str)> = label
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - label.as_ptr() as usize, w))
        .collect();
    if want.is_empty() {
        return None;
    }
    words
        .windows(want.len())
        .find(|ws| ws.iter().zip(&want).all(|((_, w), u)| fold(w) == *u))
        .and_then(|ws| {
            let (at, _) = ws.first()?;
            let (last, w) = ws.last()?;
            label.get(*at..last + w.len()).map(str::to_string)
        })
}

/// The money unit a caption gives a table's rows.
#[derive(Debug, Clone, Copy)]
pub(super) struct Caption {
    /// Its power of ten and whether it is money.
    unit: (u32, bool),
    /// Given beside a unit of counts (`(Đơn vị tính: đoàn viên; triệu
    /// đồng)`): only the rows that name money take it.
    shared: bool,
}

/// Whether a row's label names money: a money noun (`Thu kinh phí công
/// đoàn`, `Quỹ xã hội`) or a verb of receipts and spending opening it
/// (`Chi chăm lo cho đoàn viên`), not an organisation's branch (`Chi hội
/// vững mạnh`, `Chi đoàn`).
fn names_money(label: &str) -> bool {
    let f = fold(label);
    let mut words = f.split_whitespace();
    use crate::lexicon::{BRANCH_NOUNS, MONEY_LABEL_OPENERS, MONEY_NOUNS};
    let opener = words
        .next()
        .is_some_and(|w| MONEY_LABEL_OPENERS.contains(&w))
        && words.next().is_some_and(|w| !BRANCH_NOUNS.contains(&w));
    opener || MONEY_NOUNS.iter().any(|m| word_in(&f, m).is_some())
}

/// The unit a caption gives a table: `(đơn vị tính: triệu đồng)`,
/// `(ĐVT: tỷ đồng)`, `(đơn vị: tỷ đồng)`, or the money one of two
/// (`(Đơn vị tính: đoàn viên; triệu đồng)`).
fn caption(t: &str) -> Option<Caption> {
    // Asked of every sentence: a caption has its colon, and closes its
    // sentence (`… như sau (đơn vị tính: triệu đồng):`).
    let mut from = t.len().saturating_sub(CAPTION_BYTES);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let tail = &t[from..];
    memchr::memchr(b':', tail.as_bytes())?;
    let f = crate::lexicon::fold(tail);
    // `đơn vị tính`, shortened to `đơn vị` before its colon.
    let at = ["đơn vị tính", "đơn vị:", "đvt"]
        .iter()
        .filter_map(|k| f.find(k).map(|i| i + k.len()))
        .min()?;
    let rest = f[at..].trim_start_matches([':', ' ']);
    let units = rest.split(')').next()?;
    let mut parts = units.split([';', ',']).map(unit_of);
    let first = parts.next()?;
    if first.1 {
        return Some(Caption {
            unit: first,
            shared: false,
        });
    }
    parts
        .find(|u| u.1)
        .map(|unit| Caption { unit, shared: true })
}

/// How far from its sentence's end a caption is looked for, in bytes.
const CAPTION_BYTES: usize = 64;

/// The power of ten and money-ness of a unit's words (`triệu đồng`).
fn unit_of(unit: &str) -> (u32, bool) {
    // `1.000 đồng`: the thousands dot between digits is no word break.
    let b = unit.as_bytes();
    let grouped = (1..b.len().saturating_sub(1))
        .any(|i| b[i] == b'.' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit());
    let ungrouped;
    let unit = if grouped {
        ungrouped = unit.replace('.', "");
        ungrouped.as_str()
    } else {
        unit
    };
    let words: Vec<&str> = unit
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let abbreviated = |w: &&str| TABLE_UNITS.iter().find(|(u, _, _)| u == w);
    let money = words
        .iter()
        .any(|w| CURRENCY_WORDS.contains(w) || abbreviated(w).is_some_and(|(_, _, m)| *m));
    let exp = words
        .iter()
        .find_map(|w| {
            SCALE_WORDS
                .iter()
                .find(|(s, _)| s == w)
                .map(|(_, e)| *e)
                .or_else(|| abbreviated(w).map(|(_, e, _)| *e))
                .or_else(|| power_of_ten(w))
        })
        .unwrap_or(0);
    (exp, money)
}

/// `1000 đồng`, `1.000 đồng` as a unit: the power of ten its digits write.
fn power_of_ten(w: &str) -> Option<u32> {
    let rest = w.strip_prefix('1')?;
    (!rest.is_empty() && rest.len() <= 12 && rest.bytes().all(|b| b == b'0'))
        .then(|| u32::try_from(rest.len()).ok())
        .flatten()
}

/// Abbreviated money units of a table ([`unit_of`]): the word, its power
/// of ten, and whether it is money by itself.
static TABLE_UNITS: LazyLock<Vec<(String, u32, bool)>> = LazyLock::new(|| {
    rows(include_str!("../lexicon/table_units.tsv"))
        .filter_map(|r| Some((fold(r[0]), r.get(1)?.parse().ok()?, *r.get(2)? == "yes")))
        .collect()
});

/// A row's label without its unit in parentheses, and the unit if it has
/// one (the power of ten its scale word gives, and whether it is money):
/// `Thu kinh phí công đoàn (triệu đồng)` is money in millions, `Kết nạp
/// đoàn viên mới (người)` a count.
fn label_unit(label: &str) -> (&str, Option<(u32, bool)>) {
    let Some(open) = label.rfind('(').filter(|_| label.trim_end().ends_with(')')) else {
        return (label.trim(), None);
    };
    (label[..open].trim(), Some(unit_of(&fold(&label[open..]))))
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;
    use crate::record::{Basis, Kind, Measure, Qualifier};

    #[test]
    fn a_table_by_period_reads_its_rows_like_a_table_by_unit() {
        // The author's own (a probe while writing the fraction test
        // below): rows named by quarter under `Thời gian`; the figures'
        // heading (`Số chi hội`) names what is counted.
        let text = "Tiến độ:\n\n\
                    TT  Thời gian      Số chi hội    Tỷ lệ (%)\n\
                    1   Quý I             12/40        30,0\n\
                    2   Quý II            25           62,5\n";
        assert_eq!(
            claims(text),
            [
                (Some(12.0), Some(40.0), Some(30.0)),
                (Some(25.0), None, Some(62.5)),
            ]
        );
    }

    #[test]
    fn a_count_cell_written_as_a_fraction_is_count_and_whole() {
        // held-out h318: units graded, each grade's count of all units.
        let text = "Kết quả chấm điểm:\n\n\
                    TT  Xếp loại                     Số cơ sở    Tỷ lệ (%)\n\
                    1   Trong sạch, vững mạnh            27/34        79,4\n\
                    3   Trung bình                        1/34         3,2\n";
        assert_eq!(
            claims(text),
            [
                (Some(27.0), Some(34.0), Some(79.4)),
                (Some(1.0), Some(34.0), Some(3.2)),
            ]
        );
        // The author's own: branches that held their congress.
        let text = "Tiến độ:\n\n\
                    TT  Nội dung                 Số chi hội    Tỷ lệ (%)\n\
                    1   Đã tổ chức đại hội          12/40        30,0\n";
        assert_eq!(claims(text), [(Some(12.0), Some(40.0), Some(30.0))]);
    }

    #[test]
    fn a_caption_of_two_units_scales_the_rows_naming_money() {
        // held-out h308: members and money in one table.
        let text = "Bảng: Số liệu 6 tháng đầu năm 2021\n(Đơn vị tính: đoàn viên; triệu đồng)\n\
                    TT   Nội dung                        Kế hoạch năm   Thực hiện 6 tháng   Tỷ lệ (%)\n\
                    1    Kết nạp đoàn viên mới                400             236              59,0\n\
                    3    Thu đoàn phí công đoàn               780             402              51,5\n\
                    5    Chi chăm lo cho đoàn viên            520             318              63,1\n";
        assert_eq!(
            claims(text),
            [
                (Some(236.0), Some(400.0), Some(59.0)),
                (Some(402e6), Some(780e6), Some(51.5)),
                (Some(318e6), Some(520e6), Some(63.1)),
            ]
        );
        // The author's own: a women's union's branches and fund; `Chi hội`
        // is a branch, not spending.
        let text = "Kết quả (ĐVT: chi hội; nghìn đồng)\n\
                    TT   Chỉ tiêu                   Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
                    1    Chi hội vững mạnh             40          42        105,0\n\
                    2    Xây dựng quỹ hội             900         945        105,0\n";
        assert_eq!(
            claims(text),
            [
                (Some(42.0), Some(40.0), Some(105.0)),
                (Some(945e3), Some(900e3), Some(105.0)),
            ]
        );
    }

    #[test]
    fn a_row_under_a_heading_is_one_claim() {
        // h32: a results table as pdftotext -layout gives it.
        let text =
            "Kết quả\n\nTT  Chỉ tiêu                          Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
                    1   Kết nạp đoàn viên mới (người)        2.400       2.518      104,9\n\
                    4   Thu kinh phí công đoàn (triệu đồng)  38.500      36.960       96,0\n";
        assert_eq!(
            claims(text),
            [
                (Some(2518.0), Some(2400.0), Some(104.9)),
                (Some(36_960e6), Some(38_500e6), Some(96.0)),
            ]
        );
        // Ours: other headings, a row without its number, then text.
        let text = "Kết quả\n\nSTT\tNội dung\tChỉ tiêu giao\tKết quả\tĐạt (%)\n\
                    Hội viên mới (người)\t300\t315\t105\n\nNăm nay Hội có 12 chi hội.\n";
        assert_eq!(
            claims(text),
            [
                (Some(315.0), Some(300.0), Some(105.0)),
                (Some(12.0), None, None)
            ]
        );
    }

    #[test]
    fn chi_tieu_after_the_label_is_the_target_column() {
        // h116: `Chỉ tiêu` heads the figures set, `Kết quả` those done.
        let text = "Kết quả\n\n\
            STT   Nội dung                     ĐVT    Chỉ tiêu    Kết quả    Tỷ lệ %\n\
            1     Đường giao thông nông thôn   km     10          12,6       126\n\
            2     Cầu bê tông                  cây    8           9          112,5\n";
        assert_eq!(
            claims(text),
            [
                (Some(12.6), Some(10.0), Some(126.0)),
                (Some(9.0), Some(8.0), Some(112.5))
            ]
        );
        // Ours: cells one space apart, no unit column; the row's number
        // stays no record.
        let text = "Kết quả\n\n\
            TT Nội dung Chỉ tiêu Kết quả Tỷ lệ (%)\n\
            1 Cống thoát nước 20 25 125\n\
            2 Nhà nhân ái 4 5 125\n";
        assert_eq!(
            claims(text),
            [
                (Some(25.0), Some(20.0), Some(125.0)),
                (Some(5.0), Some(4.0), Some(125.0))
            ]
        );
    }

    #[test]
    fn a_heading_wrapped_onto_two_lines_and_left_blank_over_the_labels() {
        // h120: `Kế hoạch` over `năm 2021`, `So kế hoạch` over `(%)`, no
        // heading over the rows' labels, `Đơn vị` their unit.
        let text = "Biểu 1. Một số chỉ tiêu chủ yếu\n\
            \x20                                  Đơn vị     Kế hoạch     Ước thực hiện     So kế hoạch\n\
            \x20                                             năm 2021     năm 2021          (%)\n\
            Diện tích nuôi tôm                 ha         140.000      142.630           101,9\n\
            \x20 Trong đó: Tôm                    tấn        128.000      130.450           101,9\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.qualifier, c.year))
                .collect::<Vec<_>>(),
            [
                (
                    Some(142_630.0),
                    Some(140_000.0),
                    Some(101.9),
                    Qualifier::Approx,
                    Some(2021)
                ),
                (
                    Some(130_450.0),
                    Some(128_000.0),
                    Some(101.9),
                    Qualifier::Approx,
                    Some(2021)
                ),
            ]
        );
        // `Trong đó: Tôm`: the part the row counts.
        assert_eq!(c[1].subject.as_deref(), Some("Tôm"));
        assert_eq!(super::part("Trong đó, nữ"), "nữ");
        assert_eq!(super::part("Trong đó"), "Trong đó");
        // Ours: numbered rows, the rate's heading wrapped in two words
        // (`So với` over `kế hoạch (%)`), money in the unit column.
        let text = "Kết quả\n\n\
            TT   Chỉ tiêu              Đơn vị      Kế hoạch    Thực hiện    So với\n\
            \x20                                  năm 2020    năm 2020     kế hoạch (%)\n\
            1    Thu ngân sách         tỷ đồng     50          55           110\n\
            2    Hộ thoát nghèo        hộ          300         270          90\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.measure, c.year))
                .collect::<Vec<_>>(),
            [
                (
                    Some(55e9),
                    Some(50e9),
                    Some(110.0),
                    Measure::Vnd,
                    Some(2020)
                ),
                (
                    Some(270.0),
                    Some(300.0),
                    Some(90.0),
                    Measure::Count,
                    Some(2020)
                ),
            ]
        );
        // Ours: no label column named at all (`ĐVT` for `Đơn vị`), with
        // and without a wrapped second line, rows with and without numbers.
        let text = "Biểu 5.\n\
            \x20                                  ĐVT        Kế hoạch     Thực hiện     Tỷ lệ\n\
            \x20                                             năm 2022     năm 2022      (%)\n\
            Diện tích lúa                      ha         200.000      210.000       105\n\n\
            Biểu 6.\n\
            \x20                                  ĐVT        Kế hoạch     Thực hiện     Tỷ lệ (%)\n\
            1   Hộ thoát nghèo                 hộ         300          330           110\n";
        assert_eq!(
            claims(text),
            [
                (Some(210_000.0), Some(200_000.0), Some(105.0)),
                (Some(330.0), Some(300.0), Some(110.0))
            ]
        );
        // Ours: numbered rows under a heading left blank over both the
        // numbers and the labels; the row numbers are no records.
        let text = "Biểu 3.\n\
            \x20                                  Đơn vị     Kế hoạch     Ước thực hiện     So kế hoạch\n\
            \x20                                             năm 2021     năm 2021          (%)\n\
            1   Diện tích lúa                  ha         200.000      210.000           105\n\
            2   Sản lượng lúa                  tấn        1.000.000    1.100.000         110\n";
        assert_eq!(
            claims(text),
            [
                (Some(210_000.0), Some(200_000.0), Some(105.0)),
                (Some(1_100_000.0), Some(1_000_000.0), Some(110.0))
            ]
        );
    }

    #[test]
    fn a_heading_wrapped_over_three_lines_or_more_stacks_its_cells() {
        // Held-out h178 (pdftotext -layout): each figure heading wrapped
        // over three lines (`Dự toán` over `tỉnh giao` over `năm 2020`),
        // the caption's `triệu đồng` scaling every row, a section row
        // (`A  THU NGÂN SÁCH`) and `-` sub-rows under it.
        let text = "Biểu số 01\n\
            \x20                                     Đơn vị tính: triệu đồng\n\
            \x20STT   Nội dung                       Dự toán      Ước thực      So sánh\n\
            \x20                                     tỉnh giao    hiện năm      ƯTH/DT\n\
            \x20                                     năm 2020     2020          (%)\n\
            \x20A     THU NGÂN SÁCH\n\
            \x201     Tổng thu NSNN trên địa bàn        68.500       74.236        108,4\n\
            \x20      - Chi đầu tư phát triển           96.300       88.120         91,5\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (
                    c.achieved,
                    c.target,
                    c.percent,
                    c.measure,
                    c.qualifier,
                    c.year
                ))
                .collect::<Vec<_>>(),
            [
                (
                    Some(74_236e6),
                    Some(68_500e6),
                    Some(108.4),
                    Measure::Vnd,
                    Qualifier::Approx,
                    Some(2020)
                ),
                (
                    Some(88_120e6),
                    Some(96_300e6),
                    Some(91.5),
                    Measure::Vnd,
                    Qualifier::Approx,
                    Some(2020)
                ),
            ]
        );
        // Ours: three lines whose first alone names only the plan and the
        // rate (`Kết quả` over `thực hiện` over `năm 2023`), money in the
        // row's unit, and a four-line heading (`Tỷ lệ` over `hoàn thành`
        // over `kế hoạch` over `(%)`).
        let text = "Kết quả\n\n\
            TT   Chỉ tiêu                  Kế hoạch    Kết quả     Tỷ lệ\n\
            \x20                              giao        thực hiện   hoàn thành\n\
            \x20                              năm 2023    năm 2023    kế hoạch\n\
            \x20                                                      (%)\n\
            1    Vốn vay (triệu đồng)      1.200       1.500       125\n\
            2    Hội viên mới              300         330         110\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.measure, c.year))
                .collect::<Vec<_>>(),
            [
                (
                    Some(1_500e6),
                    Some(1_200e6),
                    Some(125.0),
                    Measure::Vnd,
                    Some(2023)
                ),
                (
                    Some(330.0),
                    Some(300.0),
                    Some(110.0),
                    Measure::Count,
                    Some(2023)
                ),
            ]
        );
    }

    #[test]
    fn a_heading_whose_first_line_names_too_little_is_read_with_the_next() {
        // As h178's budget table, but the first line names only the
        // budget (`Ước thực` and `So với` name their columns only with
        // the words wrapped under them), and the last heading line has
        // two cells (`2023   (%)`), with the first row right under it.
        let text = "Biểu 02: Thu chi ngân sách năm 2023\n\
            \x20                                                         Đơn vị tính: triệu đồng\n\
            \x20TT    Nội dung                              Dự toán      Ước thực      So với\n\
            \x20                                            năm 2023     hiện năm      dự toán\n\
            \x20                                                         2023          (%)\n\
            \x201     Tổng thu ngân sách trên địa bàn          45.000       47.250        105,0\n\
            \x202     Tổng chi ngân sách                      900.000      880.000         97,8\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.measure, c.year))
                .collect::<Vec<_>>(),
            [
                (
                    Some(47_250e6),
                    Some(45_000e6),
                    Some(105.0),
                    Measure::Vnd,
                    Some(2023)
                ),
                (
                    Some(880_000e6),
                    Some(900_000e6),
                    Some(97.8),
                    Measure::Vnd,
                    Some(2023)
                ),
            ]
        );
        // Ours, negative: such a first line followed by prose, not by
        // more of its cells, opens no table; the prose is read as prose.
        let text = "Kết quả\n\n\
            TT    Nội dung            Kế hoạch      Ước thực      So với\n\
            Năm nay Hội kết nạp 120 hội viên mới.\n";
        assert_eq!(claims(text), [(Some(120.0), None, None)]);
        assert!(heading_names(text).is_empty());
    }

    #[test]
    fn a_table_of_models_names_its_rows_and_reads_each_measure() {
        // held-out h366: a farmers' union's models, each with households,
        // area and income per household in millions.
        let text = "TT   Mô hình                          Số hộ   Diện tích (ha)   Thu nhập bình quân (triệu đồng/hộ/năm)\n\
            1    Trồng dừa xen ca cao              126        84,5              95\n";
        let c = super::super::tests::recognised(text);
        let got: Vec<_> = c.iter().map(|c| (c.achieved, c.measure)).collect();
        assert_eq!(
            got,
            [
                (Some(126.0), Measure::Count),
                (Some(84.5), Measure::Count),
                (Some(95_000_000.0), Measure::Vnd)
            ]
        );
        // Ours: a women's union's savings models.
        let text = "STT  Mô hình              Số tổ   Số thành viên\n\
            1    Tổ tiết kiệm          12        240\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter().map(|c| c.achieved).collect::<Vec<_>>(),
            [Some(12.0), Some(240.0)]
        );
    }

    #[test]
    fn a_share_column_beside_years_is_the_latest_years_share() {
        // held-out h357's sectors (its heading here on one line): the
        // structure of the latest year, not a change.
        let text = "Khu vực kinh tế                          Năm 2018        Năm 2019       Cơ cấu năm 2019 (%)\n\
            Nông, lâm nghiệp và thủy sản              417,6           389,2            35,9\n";
        let c = super::super::tests::recognised(text);
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.percent, c.basis, c.year))
            .collect();
        assert_eq!(
            got,
            [
                (Some(417.6), None, Basis::None, Some(2018)),
                (Some(389.2), Some(35.9), Basis::Whole, Some(2019))
            ]
        );
        // Ours: `Tỷ trọng`, and a rate beside years that is a change.
        let text = "Ngành          Năm 2022     Năm 2023     Tỷ trọng (%)\n\
            Công nghiệp        120,0        130,0        40,0\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.last().map(|c| (c.percent, c.basis)),
            Some((Some(40.0), Basis::Whole))
        );
        let text = "Ngành          Năm 2022     Năm 2023     So sánh (%)\n\
            Công nghiệp        120,0        130,0        108,3\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(c.last().map(|c| c.basis), Some(Basis::Change));
    }

    #[test]
    fn a_table_of_measures_by_period_names_each_figure_by_its_heading() {
        // held-out h357: a statistics release's table by quarter, its
        // labour force in thousands and two rates.
        let text = "Quý          Lực lượng lao động (nghìn người)   Tỷ lệ thất nghiệp (%)   Tỷ lệ thiếu việc làm (%)\n\
            Quý I                   1.112,4                      2,31                      1,86\n\
            Cả năm                  1.108,6                      2,13                      1,70\n";
        let c = super::super::tests::recognised(text);
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.percent, c.subject.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            got[0],
            (Some(1_112_400.0), None, "Lực lượng lao động".to_string())
        );
        assert_eq!(got[1], (None, Some(2.31), "thất nghiệp".to_string()));
        assert_eq!(got[2], (None, Some(1.86), "thiếu việc làm".to_string()));
        assert_eq!(got.len(), 6);
        // Ours: a month's visitors in thousands and two rates.
        let text = "Tháng        Lượt khách (nghìn lượt)    Tỷ lệ khách quốc tế (%)    Tỷ lệ lấp đầy phòng (%)\n\
            Tháng 1              120,5                     8,2                 61,0\n";
        let c = super::super::tests::recognised(text);
        let got: Vec<_> = c.iter().map(|c| (c.achieved, c.percent)).collect();
        assert_eq!(
            got,
            [
                (Some(120_500.0), None),
                (None, Some(8.2)),
                (None, Some(61.0))
            ]
        );
    }

    #[test]
    fn a_count_before_what_some_reached_is_the_whole_of_the_rate() {
        // held-out h353: a hospital union's groups, their members and how
        // many reached the title (`Đạt LĐTT`: a count, not the rate).
        let text = "Tổ công đoàn | Số đoàn viên | Đạt LĐTT | Tỷ lệ (%)\n\
            Khoa Nội tổng hợp | 48 | 45 | 93,8\n\
            Các phòng chức năng | 67 | 61 | 97,1\n";
        assert_eq!(
            claims(text),
            [
                (Some(45.0), Some(48.0), Some(93.8)),
                (Some(61.0), Some(67.0), Some(97.1))
            ]
        );
        // Ours: a school's classes, members and those rated good.
        let text = "Lớp    Số hội viên    Đạt danh hiệu    Tỷ lệ (%)\n\
            10A    40    36    90,0\n";
        assert_eq!(claims(text), [(Some(36.0), Some(40.0), Some(90.0))]);
    }

    #[test]
    fn a_statistics_release_table_of_estimates_and_rises_on_last_year() {
        // held-out h338: a heading set in over the labels and wrapped onto
        // a second line, a unit column of scale words, the quarter's
        // estimate and its percent of the same quarter a year before.
        let text = "Một số chỉ tiêu chủ yếu quý I năm 2026\n\
            \x20                                           Đơn vị        Ước tính      So với cùng\n\
            \x20                                           tính          quý I/2026    kỳ năm trước (%)\n\
            Kim ngạch xuất khẩu                         Triệu USD         712,4        116,27\n\
            Vận chuyển hành khách                       Nghìn lượt      9.874,2        109,15\n";
        let c = super::super::tests::recognised(text);
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.percent, c.basis, c.qualifier))
            .collect();
        assert_eq!(
            got,
            [
                (Some(712_400_000.0), None, Basis::None, Qualifier::Approx),
                (None, Some(116.27), Basis::Change, Qualifier::None),
                (Some(9_874_200.0), None, Basis::None, Qualifier::Approx),
                (None, Some(109.15), Basis::Change, Qualifier::None),
            ]
        );
        // Ours: a heading on one line, named in full, money in the unit
        // column (`Tỷ đồng`), a month's estimate.
        let text =
            "Chỉ tiêu                    Đơn vị tính    Ước tính tháng 5    So với cùng kỳ (%)\n\
            Thu ngân sách               Tỷ đồng             1.250,5               104,2\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.percent, c.measure))
                .collect::<Vec<_>>(),
            [
                (Some(1_250_500_000_000.0), None, Measure::Vnd),
                (None, Some(104.2), Measure::Percent),
            ]
        );
    }

    #[test]
    fn an_estimate_headed_by_its_period_and_a_rise_on_the_same_period() {
        // Held-out h392: `Ước 6 tháng` after the plan column is the
        // period's estimate, `So cùng kỳ (%)` its signed rise.
        let text = "| Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước 6 tháng | So kế hoạch (%) | So cùng kỳ (%) |\n\
            |---|---|---|---|---|---|\n\
            | Tổng thu NSNN trên địa bàn | tỷ đồng | 21.345 | 11.206 | 52,5 | +8,4 |\n";
        let c = super::super::tests::recognised(text);
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.target, c.percent, c.basis, c.qualifier))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some(11_206e9),
                    Some(21_345e9),
                    Some(52.5),
                    Basis::Target,
                    Qualifier::Approx
                ),
                (None, None, Some(8.4), Basis::Change, Qualifier::None),
            ]
        );
        // Ours: a quarter's estimate in a sheet's columns.
        let text = "Chỉ tiêu          Kế hoạch năm    Ước quý I    Tỷ lệ (%)\n\
            Kết nạp hội viên        1.200          310        25,8\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.qualifier))
                .collect::<Vec<_>>(),
            [(Some(310.0), Some(1200.0), Qualifier::Approx)]
        );
    }

    /// The heading names a table holds after reading each line of `text`.
    fn heading_names(text: &str) -> Vec<String> {
        let s = crate::segment::sentences_for_test(text, &crate::body::cut(text, true));
        let mut table = super::Table::default();
        let mut out = Vec::new();
        for (si, sentence) in s.iter().enumerate() {
            table.read(text, sentence, si, &mut out);
        }
        table.heading.map(|h| h.names).unwrap_or_default()
    }

    #[test]
    fn a_heading_stacks_only_short_words_under_its_figure_columns() {
        // Held-out h178: the section row `A  THU NGÂN SÁCH` after the
        // third heading line stands under the number and label columns:
        // a row's, not a fourth line of the heading.
        let text = "Biểu\n\
            \x20STT   Nội dung                       Dự toán      Ước thực      So sánh\n\
            \x20                                     tỉnh giao    hiện năm      ƯTH/DT\n\
            \x20                                     năm 2020     2020          (%)\n\
            \x20A     THU NGÂN SÁCH\n\
            \x201     Tổng thu NSNN trên địa bàn        68.500       74.236        108,4\n";
        assert_eq!(
            heading_names(text),
            [
                "STT",
                "Nội dung",
                "Dự toán tỉnh giao năm 2020",
                "Ước thực hiện năm 2020",
                "So sánh ƯTH/DT (%)"
            ]
        );
        // Ours: a heading's words come only before its rows: under a row
        // of figures, short words under the figure columns (a remark
        // wrapped in its cell) add nothing to the heading.
        let text = "Kết quả\n\n\
            TT   Chỉ tiêu                  Kế hoạch    Thực hiện   Tỷ lệ\n\
            \x20                              năm 2023    năm 2023    (%)\n\
            1    Hội viên mới              300         330         110\n\
            \x20                              đã giao     ước tính\n\
            2    Chi hội mới               10          12          120\n";
        assert_eq!(
            heading_names(text),
            [
                "TT",
                "Chỉ tiêu",
                "Kế hoạch năm 2023",
                "Thực hiện năm 2023",
                "Tỷ lệ (%)"
            ]
        );
        assert_eq!(
            claims(text),
            [
                (Some(330.0), Some(300.0), Some(110.0)),
                (Some(12.0), Some(10.0), Some(120.0))
            ]
        );
    }

    #[test]
    fn a_unit_in_small_letters_closes_a_spaced_rows_label() {
        // h116's rows, cells one space apart: `km`, `cây` the unit cell.
        let text = "Kết quả\n\n\
            STT Nội dung ĐVT Chỉ tiêu Kết quả Tỷ lệ %\n\
            1 Đường giao thông nông thôn km 10 12,6 126\n\
            3 Cây xanh cây 3.000 3.200 106,7\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.subject.as_deref(), c.achieved, c.target))
                .collect::<Vec<_>>(),
            [
                (Some("Đường giao thông nông thôn"), Some(12.6), Some(10.0)),
                (Some("Cây xanh"), Some(3200.0), Some(3000.0)),
            ]
        );
        // Ours: a count noun as the unit, and a label of two words that
        // ends in one keeps it (its unit cell left blank).
        let text = "Kết quả\n\n\
            TT Chỉ tiêu ĐVT Kế hoạch Thực hiện Tỷ lệ (%)\n\
            1 Hộ được vay vốn ưu đãi hộ 120 131 109,2\n\
            2 Trồng cây 10 12 120\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.subject.as_deref(), c.achieved))
                .collect::<Vec<_>>(),
            [
                (Some("Hộ được vay vốn ưu đãi"), Some(131.0)),
                (Some("Trồng cây"), Some(12.0)),
            ]
        );
    }

    #[test]
    fn a_caption_gives_the_table_its_unit_and_an_estimate_is_approx() {
        // h47: a budget table, its unit in the sentence before it.
        let text =
            "Báo cáo\n\nKết quả thực hiện các chỉ tiêu chính như sau (đơn vị tính: triệu đồng):\n\
                    TT  Nội dung  Dự toán năm 2022  Ước thực hiện  Tỷ lệ (%)\n\
                    3  Thu tiền sử dụng đất  150.000  121.450  81,9\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.qualifier))
                .collect::<Vec<_>>(),
            [(
                Some(121_450e6),
                Some(150_000e6),
                Some(81.9),
                crate::record::Qualifier::Approx
            )]
        );
        // Ours: `ĐVT` in a caption; a row's own unit wins.
        let text = "Báo cáo\n\nChi tiết (ĐVT: tỷ đồng):\n\
                    STT  Nội dung  Kế hoạch  Thực hiện  Tỷ lệ (%)\n\
                    1  Chi thường xuyên  12,5  12  96\n\
                    2  Hộ được hỗ trợ (hộ)  40  42  105\n";
        assert_eq!(
            claims(text),
            [
                (Some(12e9), Some(12.5e9), Some(96.0)),
                (Some(42.0), Some(40.0), Some(105.0))
            ]
        );
    }

    #[test]
    fn a_unit_column_gives_each_row_its_measure() {
        // Held-out h54: `Đơn vị tính` between the label and the figures;
        // a money row in `Triệu đồng`, a count row whose unit names what
        // it counts.
        let text = "Kết quả\n\n\
            TT   Chỉ tiêu                       Đơn vị tính   Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
            1    Kết nạp hội viên mới           Hội viên      800        936         117\n\
            4    Xây dựng quỹ Hỗ trợ nông dân   Triệu đồng    1.500      1.742       116,1\n\
            5    Mở lớp dạy nghề cho nông dân   Lớp           12         14          116,7\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.measure))
                .collect::<Vec<_>>(),
            [
                (Some(936.0), Some(800.0), Some(117.0), Measure::Count),
                (Some(1_742e6), Some(1_500e6), Some(116.1), Measure::Vnd),
                (Some(14.0), Some(12.0), Some(116.7), Measure::Count),
            ]
        );
        assert_eq!(c[2].counted.as_deref(), Some("lớp"));
        assert_eq!(c[0].counted.as_deref(), Some("hội viên"));
        // Ours: `ĐVT`, a row in `Tỷ đồng`, and a row whose unit cell is
        // left blank (its figures stand where the unit would).
        let text = "Kết quả\n\n\
            STT\tNội dung\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ (%)\n\
            1\tThu ngân sách\tTỷ đồng\t20\t21\t105\n\
            2\tHộ thoát nghèo\t\t40\t42\t105\n\
            3\tLao động có việc làm mới\tNgười\t500\t520\t104\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.measure))
                .collect::<Vec<_>>(),
            [
                (Some(21e9), Some(20e9), Measure::Vnd),
                (Some(42.0), Some(40.0), Measure::Count),
                (Some(520.0), Some(500.0), Measure::Count),
            ]
        );
        // `Người` is not written in the label: the label says what is
        // counted.
        assert_eq!(c[2].counted, None);
    }

    #[test]
    fn abbreviated_headings_and_a_remarks_column_are_read() {
        // Ours: `KH`/`TH`/`TH/KH (%)` and `Ghi chú`, blank in one row and
        // written in the other.
        let text = "Kết quả\n\n\
            TT  Chỉ tiêu  ĐVT  KH 2023  TH 2023  TH/KH (%)  Ghi chú\n\
            1  Kết nạp đoàn viên  Người  500  540  108\n\
            2  Thành lập CĐCS  CĐCS  20  22  110  Vượt chỉ tiêu\n";
        assert_eq!(
            claims(text),
            [
                (Some(540.0), Some(500.0), Some(108.0)),
                (Some(22.0), Some(20.0), Some(110.0))
            ]
        );
    }

    #[test]
    fn abbreviated_money_units_scale_a_row() {
        // Ours: h54's money row with the unit abbreviated as tables
        // often write it, and a unit in thousands written in digits.
        let text = "Kết quả\n\n\
            TT  Chỉ tiêu  ĐVT  Kế hoạch  Thực hiện  Tỷ lệ (%)\n\
            1  Xây dựng quỹ Hỗ trợ nông dân  Tr.đồng  1.500  1.742  116,1\n\
            2  Thu nhập bình quân  1.000 đồng  4.200  4.350  103,6\n\
            3  Hỗ trợ hộ khó khăn  Trđ  150  160  106,7\n";
        assert_eq!(
            claims(text),
            [
                (Some(1_742e6), Some(1_500e6), Some(116.1)),
                (Some(4_350e3), Some(4_200e3), Some(103.6)),
                (Some(160e6), Some(150e6), Some(106.7)),
            ]
        );
    }

    #[test]
    fn a_row_number_is_never_a_count() {
        // Held-out h54: a row that does not line up with its heading
        // (its figures left out) is not read, and its number is no count.
        let text = "Kết quả\n\n\
            TT   Chỉ tiêu   Đơn vị tính   Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
            1    Kết nạp hội viên mới    Hội viên    800\n";
        assert!(claims(text).is_empty(), "{:?}", claims(text));
        // Ours: a numbered line with no table heading at all.
        assert!(claims("Danh sách\n\n2\tHộ sản xuất kinh doanh giỏi\n").is_empty());
        // One space after a sentence's first numeral is a count, and so
        // are two in a justified line with no other gap.
        assert_eq!(
            claims("Danh sách\n\n12  hộ sản xuất kinh doanh giỏi được khen.\n"),
            [(Some(12.0), None, None)]
        );
        assert_eq!(
            claims("Danh sách\n\n12 hộ sản xuất kinh doanh giỏi.\n"),
            [(Some(12.0), None, None)]
        );
    }

    #[test]
    fn a_table_by_unit_counts_its_units_and_names_its_figures_by_heading() {
        // Held-out h74: rows that are khối, a count of each khối's CĐCS,
        // the members admitted against the target, and the total row.
        let text = "Kết quả\n\n\
            TT   Khối                          Số CĐCS   Chỉ tiêu giao   Kết nạp mới   Tỷ lệ (%)\n\
            2    Giáo dục                        52           90              84           93,3\n\
            \x20    Tổng cộng                      115          430             480          111,6\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.subject.as_deref()))
                .collect::<Vec<_>>(),
            [
                (Some(52.0), None, None, Some("CĐCS")),
                (Some(84.0), Some(90.0), Some(93.3), Some("Kết nạp mới")),
                (Some(115.0), None, None, Some("CĐCS")),
                (Some(480.0), Some(430.0), Some(111.6), Some("Kết nạp mới")),
            ]
        );
        // Ours: a women's union's table by district, `Chỉ tiêu` as the
        // target beside the figures, a heading not known (`Xếp loại`)
        // losing only its column, and a `Cộng` row leaving it blank.
        let text = "Kết quả\n\n\
            STT  Huyện      Số hội viên  Chỉ tiêu  Kết nạp mới  Tỷ lệ (%)  Xếp loại\n\
            1    Hàm Yên    12.450       300       315          105,0      Xuất sắc\n\
            \x20    Cộng       27.660       650       647          99,5\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.subject.as_deref()))
                .collect::<Vec<_>>(),
            [
                (Some(12_450.0), None, None, Some("hội viên")),
                (Some(315.0), Some(300.0), Some(105.0), Some("Kết nạp mới")),
                (Some(27_660.0), None, None, Some("hội viên")),
                (Some(647.0), Some(650.0), Some(99.5), Some("Kết nạp mới")),
            ]
        );
    }

    #[test]
    fn a_heading_not_known_or_a_count_of_a_thing_loses_its_column() {
        // Ours: `Cấp giao` is no heading known, and `Số lượng` in a table
        // whose rows are things counted names no noun: the row is read by
        // its other columns, neither cell a figure.
        let text = "Kết quả\n\n\
            TT  Chỉ tiêu  Cấp giao  Số lượng  Kế hoạch  Thực hiện  Tỷ lệ (%)\n\
            1  Kết nạp đoàn viên  2  3  500  540  108\n";
        assert_eq!(claims(text), [(Some(540.0), Some(500.0), Some(108.0))]);
        // Ours: a youth union's table by district, its pair of headings
        // (`Quận, huyện`) and the unions founded as its done column.
        let text = "Kết quả\n\n\
            TT\tQuận, huyện\tSố đoàn viên\tKế hoạch\tThành lập mới\tĐạt (%)\n\
            1\tBảo Lộc\t4.215\t12\t15\t125\n";
        assert_eq!(
            claims(text),
            [
                (Some(4_215.0), None, None),
                (Some(15.0), Some(12.0), Some(125.0))
            ]
        );
    }

    #[test]
    fn a_count_after_the_target_is_what_was_done() {
        // Ours: a youth union's table by unit whose done column is
        // headed by a count (`Số đoàn viên kết nạp mới`) after the target.
        let text = "Kết quả\n\n\
            STT  Đơn vị  Chỉ tiêu  Số đoàn viên kết nạp mới  Tỷ lệ (%)\n\
            1  Đoàn xã Tân Phú  40  46  115\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.subject.as_deref()))
                .collect::<Vec<_>>(),
            [(
                Some(46.0),
                Some(40.0),
                Some(115.0),
                Some("Số đoàn viên kết nạp mới")
            )]
        );
    }

    #[test]
    fn a_table_with_cells_one_space_apart_is_read_by_its_words() {
        // Held-out h94: the heading's cells open with capitals, a row's
        // figures are its last words, its unit the words from the last
        // capital on; the planted slip 38/41 = 93,7% is read for the check.
        let text = "Kết quả\n\n\
            TT Chỉ tiêu ĐVT Kế hoạch Thực hiện Tỷ lệ (%)\n\
            1 Kết nạp đoàn viên mới Người 350 412 117,7\n\
            2 CĐCS ký kết thỏa ước lao động tập thể CĐCS 41 38 93,7\n\
            4 Thu kinh phí công đoàn Triệu đồng 9.850 10.124 102,8\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.measure))
                .collect::<Vec<_>>(),
            [
                (Some(412.0), Some(350.0), Some(117.7), Measure::Count),
                (Some(38.0), Some(41.0), Some(93.7), Measure::Count),
                (Some(10_124e6), Some(9_850e6), Some(102.8), Measure::Vnd),
            ]
        );
        assert_eq!(
            c[1].subject.as_deref(),
            Some("CĐCS ký kết thỏa ước lao động tập thể")
        );
        // Ours: other headings, a row without its number (a total), a
        // remarks column written in one row and blank in the other.
        let text = "Kết quả\n\n\
            STT Nội dung ĐVT Kế hoạch năm Kết quả Đạt (%) Ghi chú\n\
            1 Phát triển hội viên Người 500 540 108 Vượt kế hoạch\n\
            Tổng thu hội phí Triệu đồng 120 126 105\n";
        assert_eq!(
            claims(text),
            [
                (Some(540.0), Some(500.0), Some(108.0)),
                (Some(126e6), Some(120e6), Some(105.0))
            ]
        );
    }

    #[test]
    fn a_spaced_row_that_does_not_line_up_gives_no_record() {
        // Held-out h94's layout: a row with a cell left blank cannot be
        // told apart by one space; it is the table's, and its number
        // (like every row's) is no count.
        let text = "Kết quả\n\n\
            TT Chỉ tiêu ĐVT Kế hoạch Thực hiện Tỷ lệ (%)\n\
            1 Kết nạp đoàn viên mới Người 350 412\n\
            2 Tổ chức hội nghị viên chức Đơn vị 41 41 100\n";
        assert_eq!(claims(text), [(Some(41.0), Some(41.0), Some(100.0))]);
        // Ours: a money unit in small letters is the unit, a noun in
        // small letters (`chi hội`) the label's.
        let text = "Kết quả\n\n\
            STT Nội dung ĐVT Kế hoạch Thực hiện Tỷ lệ (%)\n\
            1 Thu hội phí triệu đồng 120 126 105\n\
            2 Thành lập chi hội 10 12 120\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.measure, c.subject.as_deref()))
                .collect::<Vec<_>>(),
            [
                (Some(126e6), Measure::Vnd, Some("Thu hội phí")),
                (Some(12.0), Measure::Count, Some("Thành lập chi hội")),
            ]
        );
        // Ours: prose that opens with a heading's words is no heading,
        // and a numbered sentence right after a table is no row of it.
        let text = "Kết quả\n\nChỉ tiêu kế hoạch năm nay thực hiện đạt 105 đoàn viên.\n";
        assert_eq!(claims(text), [(Some(105.0), None, None)]);
        let text = "Kết quả\n\n\
            STT Nội dung ĐVT Kế hoạch Thực hiện Tỷ lệ (%)\n\
            1 Phát triển hội viên Người 500 540\n\
            2. Thành lập 12 chi hội mới, đạt 120\n";
        assert_eq!(claims(text), [(Some(12.0), None, None)]);
    }

    #[test]
    fn a_piped_table_is_read_and_a_row_of_rates_gives_its_rate() {
        // Held-out h105: `|` between cells, the target a resolution set,
        // the rate with its `%`; a row in `(%)` whose rate cell says
        // `đạt` gives the rate reached.
        let text = "Kết quả\n\n\
            Chỉ tiêu | Nghị quyết nhiệm kỳ | Thực hiện 2018 - 2020 | Tỷ lệ\n\
            Kết nạp hội viên mới (người) | 2.000 | 1.860 | 93%\n\
            Hộ đạt SXKD giỏi bình quân/năm (%) | 60 | 62,9 | đạt\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.measure, c.year))
                .collect::<Vec<_>>(),
            [
                (
                    Some(1860.0),
                    Some(2000.0),
                    Some(93.0),
                    Measure::Count,
                    Some(2020)
                ),
                (None, None, Some(62.9), Measure::Percent, Some(2020)),
            ]
        );
        // Ours: a markdown table, its rule line, `|` at both ends.
        let text = "Kết quả\n\n\
            | STT | Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n\
            |---|---|---|---|---|\n\
            | 1 | Kết nạp hội viên (người) | 500 | 460 | 92 |\n";
        assert_eq!(claims(text), [(Some(460.0), Some(500.0), Some(92.0))]);
    }

    #[test]
    fn columns_of_other_years_are_claims_of_their_own_years() {
        // Held-out h109: last year's accounts, this year's estimate
        // against its budget (the planted slip 82.300/65.000 = 128,6%),
        // next year's budget as a plan.
        let text = "Báo cáo\n\nĐơn vị tính: triệu đồng\n\
            STT Nội dung Quyết toán năm 2015 Dự toán năm 2016 Ước TH năm 2016 UTH/DT (%) Dự toán năm 2017\n\
            2 Thu tiền sử dụng đất 72.150 65.000 82.300 128,6 70.000\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.kind, c.year, c.qualifier))
                .collect::<Vec<_>>(),
            [
                (
                    Some(72_150e6),
                    None,
                    None,
                    Kind::Actual,
                    Some(2015),
                    Qualifier::None
                ),
                (
                    Some(82_300e6),
                    Some(65_000e6),
                    Some(128.6),
                    Kind::Actual,
                    Some(2016),
                    Qualifier::Approx
                ),
                (
                    Some(70_000e6),
                    None,
                    None,
                    Kind::Plan,
                    Some(2017),
                    Qualifier::None
                ),
            ]
        );
        // Ours: tabs, other headings (`Thực hiện năm`, `Kế hoạch năm`,
        // `So sánh (%)`), a caption in tỷ đồng, rows numbered in Roman.
        let text = "Báo cáo\n\nĐơn vị tính: tỷ đồng\n\
            TT\tChỉ tiêu\tThực hiện năm 2022\tKế hoạch năm 2023\tƯớc thực hiện năm 2023\tSo sánh (%)\tKế hoạch năm 2024\n\
            I\tTổng thu ngân sách\t210,5\t220\t231,4\t105,2\t240\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.kind, c.year))
                .collect::<Vec<_>>(),
            [
                (Some(210.5e9), None, None, Kind::Actual, Some(2022)),
                (
                    Some(231.4e9),
                    Some(220e9),
                    Some(105.2),
                    Kind::Actual,
                    Some(2023)
                ),
                (Some(240e9), None, None, Kind::Plan, Some(2024)),
            ]
        );
    }

    #[test]
    fn a_table_comparing_two_years_gives_each_year_its_figure() {
        // Held-out h129: two year columns and their change, in a caption's
        // millions; the change (`+158`) is a rise in money of its own, of
        // the later year, as held-out h204's gold reads `+ 803`.
        let text = "Báo cáo\n\nĐơn vị tính: triệu đồng\n\
            Nội dung Năm 2023 Năm 2024 Tăng (+), giảm (-)\n\
            Quỹ Hội 1.126 1.284 +158\n\
            Quỹ hội viên tương trợ 964 1.032 +68\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.kind, c.year, c.measure, c.subject.clone()))
                .collect::<Vec<_>>(),
            [
                (
                    Some(1_126e6),
                    Kind::Actual,
                    Some(2023),
                    Measure::Vnd,
                    Some("Quỹ Hội".into())
                ),
                (
                    Some(1_284e6),
                    Kind::Actual,
                    Some(2024),
                    Measure::Vnd,
                    Some("Quỹ Hội".into())
                ),
                (
                    Some(158e6),
                    Kind::Actual,
                    Some(2024),
                    Measure::Vnd,
                    Some("Quỹ Hội".into())
                ),
                (
                    Some(964e6),
                    Kind::Actual,
                    Some(2023),
                    Measure::Vnd,
                    Some("Quỹ hội viên tương trợ".into())
                ),
                (
                    Some(1_032e6),
                    Kind::Actual,
                    Some(2024),
                    Measure::Vnd,
                    Some("Quỹ hội viên tương trợ".into())
                ),
                (
                    Some(68e6),
                    Kind::Actual,
                    Some(2024),
                    Measure::Vnd,
                    Some("Quỹ hội viên tương trợ".into())
                ),
            ]
        );
        // Ours: gaps between cells, a `Chênh lệch` column, a fall (its
        // size, as `giảm 2 chi hội` reads), and a change left blank.
        let text = "Báo cáo\n\n\
            Chỉ tiêu       Năm 2019   Năm 2020   Chênh lệch\n\
            Hội viên mới   850        910        +60\n\
            Chi hội        45         43         -2\n\
            Tổ hội         12         12\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter().map(|c| (c.achieved, c.year)).collect::<Vec<_>>(),
            [
                (Some(850.0), Some(2019)),
                (Some(910.0), Some(2020)),
                (Some(60.0), Some(2020)),
                (Some(45.0), Some(2019)),
                (Some(43.0), Some(2020)),
                (Some(2.0), Some(2020)),
                (Some(12.0), Some(2019)),
                (Some(12.0), Some(2020)),
            ]
        );
    }

    #[test]
    fn a_breakdown_line_inside_a_table_keeps_the_table_open() {
        // Held-out h203: `Trong đó:` between a row and its `+` sub-rows; the
        // sub-rows and the next numbered row are the table's.
        let text = "Báo cáo\n\n\
            \x20STT  Nội dung                      Chỉ tiêu      Thực hiện     Tỷ lệ (%)\n\
            \x201    Kết nạp đoàn viên             2.500         2.846         113,8\n\
            \x20     Trong đó:\n\
            \x20     + Doanh nghiệp FDI            1.800         2.115         117,5\n\
            \x202    Thành lập CĐCS (đơn vị)          8             9         112,5\n";
        assert_eq!(
            claims(text),
            [
                (Some(2846.0), Some(2500.0), Some(113.8)),
                (Some(2115.0), Some(1800.0), Some(117.5)),
                (Some(9.0), Some(8.0), Some(112.5)),
            ]
        );
        // Ours: `Bao gồm` without its colon, `-` sub-rows and a total row
        // after them.
        let text = "Báo cáo\n\n\
            TT   Chỉ tiêu             Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
            1    Thu đoàn phí          900        954         106\n\
            \x20    Bao gồm\n\
            \x20    - Khối doanh nghiệp   600        630         105\n\
            \x20    Tổng cộng             1.500      1.590       106\n";
        assert_eq!(
            claims(text),
            [
                (Some(954.0), Some(900.0), Some(106.0)),
                (Some(630.0), Some(600.0), Some(105.0)),
                (Some(1590.0), Some(1500.0), Some(106.0)),
            ]
        );
        // Ours: a piped table, the breakdown in a row of its own.
        let text = "Báo cáo\n\n| TT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n\
            |---|---|---|---|---|\n\
            | 1 | Kết nạp đoàn viên | 2.500 | 2.846 | 113,8 |\n\
            | Trong đó: |\n\
            | | + Doanh nghiệp FDI | 1.800 | 2.115 | 117,5 |\n";
        assert_eq!(claims(text).len(), 2);
        // A line saying more than the breakdown's words is no such line.
        assert!(super::breakdown("Trong đó:"));
        assert!(!super::breakdown("Trong đó: 12 hộ nghèo"));
    }

    #[test]
    fn a_sub_rows_bullet_is_no_word_of_its_label() {
        // Held-out h203: `+ Doanh nghiệp FDI` under `Trong đó:` counts
        // the FDI firms' share; the `+` is layout.
        let text = "Báo cáo\n\n\
            \x20STT  Nội dung                      Chỉ tiêu      Thực hiện     Tỷ lệ (%)\n\
            \x201    Kết nạp đoàn viên             2.500         2.846         113,8\n\
            \x20     + Doanh nghiệp FDI            1.800         2.115         117,5\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(c[1].subject.as_deref(), Some("Doanh nghiệp FDI"));
        // Ours: a `•` bullet; a label opening with a dash word stays whole.
        let text = "Báo cáo\n\n\
            TT   Chỉ tiêu             Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
            \x20    • Khối doanh nghiệp   600        630         105\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(c[0].subject.as_deref(), Some("Khối doanh nghiệp"));
        assert_eq!(super::unbulleted("-Khối"), "-Khối");
    }

    #[test]
    fn columns_headed_by_dates_take_their_years() {
        // Held-out h204: `Đến` over `31/12/2015`, `Đến` over `30/11/2016`, a
        // caption's millions; each date's figure takes its year.
        let text = [
            "Báo cáo",
            "",
            "                                  ĐVT: triệu đồng",
            " TT   Nguồn vốn                   Đến          Đến          Tăng (+)",
            "                                  31/12/2015   30/11/2016   giảm (-)",
            " 1    Tổng nguồn vốn                 3.415        4.218        + 803",
            "      - Vốn Trung ương ủy thác         500          500            0",
        ]
        .join("\n");
        let c = super::super::tests::recognised(&text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.year, c.measure))
                .collect::<Vec<_>>(),
            [
                (Some(3_415e6), Some(2015), Measure::Vnd),
                (Some(4_218e6), Some(2016), Measure::Vnd),
                (Some(803e6), Some(2016), Measure::Vnd),
                (Some(500e6), Some(2015), Measure::Vnd),
                (Some(500e6), Some(2016), Measure::Vnd),
            ]
        );
        // Ours: `Đến ngày` over its date, no change column; and headings
        // on one line, one space apart, naming months.
        let text = [
            "Báo cáo",
            "",
            "TT   Chỉ tiêu         Đến ngày     Đến ngày",
            "                      31/12/2018   31/12/2019",
            "1    Hội viên         1.204        1.316",
        ]
        .join("\n");
        let c = super::super::tests::recognised(&text);
        assert_eq!(
            c.iter().map(|c| (c.achieved, c.year)).collect::<Vec<_>>(),
            [(Some(1204.0), Some(2018)), (Some(1316.0), Some(2019))]
        );
        // Ours: no number column, three cells only.
        let text = [
            "Báo cáo",
            "",
            "Chỉ tiêu         Đến ngày     Đến ngày",
            "                 31/12/2018   31/12/2019",
            "Chi hội          45           47",
        ]
        .join("\n");
        let c = super::super::tests::recognised(&text);
        assert_eq!(
            c.iter().map(|c| (c.achieved, c.year)).collect::<Vec<_>>(),
            [(Some(45.0), Some(2018)), (Some(47.0), Some(2019))]
        );
        let text = "Báo cáo\n\nNội dung Tháng 6/2016 Tháng 6/2017\nSố tổ hội 40 44\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter().map(|c| (c.achieved, c.year)).collect::<Vec<_>>(),
            [(Some(40.0), Some(2016)), (Some(44.0), Some(2017))]
        );
        // Ours: a measure named before its date (`Dư nợ đến` over the
        // date), and dates alone heading their columns.
        for heading in [
            "TT   Chỉ tiêu        Dư nợ đến    Dư nợ đến\n                     31/12/2015   31/12/2016",
            "TT   Chỉ tiêu        31/12/2015   31/12/2016",
        ] {
            let text = format!("Báo cáo\n\n{heading}\n1    Quỹ Hội         120          135\n");
            let c = super::super::tests::recognised(&text);
            assert_eq!(
                c.iter().map(|c| (c.achieved, c.year)).collect::<Vec<_>>(),
                [(Some(120.0), Some(2015)), (Some(135.0), Some(2016))]
            );
        }
        // A date with no year names no column's year.
        assert!(!super::date_heading("Đến 31/12"));
        assert!(super::date_heading("Tính đến 30/6/2022"));
        assert!(super::date_heading("Đến hết năm 2015"));
        assert!(!super::date_heading("Đến 2015 hội viên"));
    }

    #[test]
    fn equal_figures_of_two_year_columns_are_two_records() {
        // Held-out h204: `- Vốn Trung ương ủy thác  500  500  0` under two
        // date columns: the same sum held at two dates is two claims, one
        // of each year, never one claim restated.
        let text = [
            "Báo cáo",
            "",
            "                                  ĐVT: triệu đồng",
            " TT   Nguồn vốn                   Đến          Đến          Tăng (+)",
            "                                  31/12/2015   30/11/2016   giảm (-)",
            "      - Vốn Trung ương ủy thác         500          500            0",
        ]
        .join("\n");
        let doc = crate::Document::new("t", &text);
        let years: Vec<_> = crate::extract(&doc, &crate::Options::default())
            .iter()
            .map(|r| (r.achieved, r.year))
            .collect();
        assert_eq!(
            years,
            [(Some(500e6), Some(2015)), (Some(500e6), Some(2016))]
        );
        // Ours: a count unchanged between two years' columns.
        let text = "Báo cáo\n\nChỉ tiêu       Năm 2019   Năm 2020\nTổ hội         12         12\n";
        let doc = crate::Document::new("t", text);
        let years: Vec<_> = crate::extract(&doc, &crate::Options::default())
            .iter()
            .map(|r| (r.achieved, r.year))
            .collect();
        assert_eq!(years, [(Some(12.0), Some(2019)), (Some(12.0), Some(2020))]);
    }

    #[test]
    fn a_change_column_in_percent_is_a_change_of_percent() {
        // Held-out h204 reads `Tăng (+) giảm (-)` over `+ 803` as a rise in
        // money (above); ours: the change headed in percent is a percent
        // of change, its basis change, its sign dropped; a dash no claim.
        let text = [
            "Báo cáo",
            "",
            "Chỉ tiêu       Năm 2021   Năm 2022   Tăng, giảm (%)",
            "Hội viên       850        910        + 7,1",
            "Chi hội        45         43         - 4,4",
            "Tổ hội         12         12         -",
        ]
        .join("\n");
        let c = super::super::tests::recognised(&text);
        let changes: Vec<_> = c
            .iter()
            .filter(|c| c.basis == Basis::Change)
            .map(|c| (c.achieved, c.percent, c.year, c.measure))
            .collect();
        assert_eq!(
            changes,
            [
                (None, Some(7.1), Some(2022), Measure::Percent),
                (None, Some(4.4), Some(2022), Measure::Percent),
            ]
        );
        assert_eq!(c.len(), 8);
    }

    #[test]
    fn figures_grouped_by_spaces_are_read_by_the_headings_count() {
        // Held-out h130: `5 120,0` is one figure, in a caption's
        // `(đơn vị: tỷ đồng)`; a row of one-word figures reads as before.
        let text = "Báo cáo\n\n\
            Bảng 1. Kết quả thu theo loại hình (đơn vị: tỷ đồng)\n\
            Loại hình Kế hoạch Thực hiện Tỷ lệ (%)\n\
            BHXH bắt buộc 5 120,0 5 236,4 102,3\n\
            BHXH tự nguyện 356,0 381,7 107,2\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent, c.measure))
                .collect::<Vec<_>>(),
            [
                (Some(5_236.4e9), Some(5_120e9), Some(102.3), Measure::Vnd),
                (Some(381.7e9), Some(356e9), Some(107.2), Measure::Vnd),
            ]
        );
        assert_eq!(c[0].subject.as_deref(), Some("BHXH bắt buộc"));
        // Ours: whole figures of unlike lengths (`980`, `1 036`), and a
        // label ending in a number, left to the label.
        let text = "Báo cáo\n\n\
            Nội dung Kế hoạch Thực hiện Tỷ lệ (%)\n\
            Thu hội phí 980 1 036 105,7\n\
            Chi hội loại 1 2 450 2 512 102,5\n";
        assert_eq!(
            claims(text),
            [
                (Some(1036.0), Some(980.0), Some(105.7)),
                (Some(2512.0), Some(2450.0), Some(102.5)),
            ]
        );
    }

    #[test]
    fn a_rate_of_two_years_done_is_a_change_of_its_own() {
        // Ours (h109's budget table without its plan column): `So sánh
        // (%)` beside two years' figures compares them, as `bằng 109,9%
        // so với năm 2022` would; no plan, so no target.
        let text = "Báo cáo\n\nĐơn vị tính: tỷ đồng\n\
            TT Chỉ tiêu Thực hiện năm 2022 Ước thực hiện năm 2023 So sánh (%)\n\
            I Tổng thu ngân sách 210,5 231,4 109,9\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.percent, c.basis, c.measure, c.year))
                .collect::<Vec<_>>(),
            [
                (Some(210.5e9), None, Basis::None, Measure::Vnd, Some(2022)),
                (Some(231.4e9), None, Basis::None, Measure::Vnd, Some(2023)),
                (
                    None,
                    Some(109.9),
                    Basis::Change,
                    Measure::Percent,
                    Some(2023)
                ),
            ]
        );
        // Ours: the years alone head the columns, one space apart.
        let text = "Báo cáo\n\n\
            TT Chỉ tiêu ĐVT Năm 2022 Năm 2023 So sánh (%)\n\
            1 Hộ thoát nghèo Hộ 120 150 125\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.percent, c.basis, c.year))
                .collect::<Vec<_>>(),
            [
                (Some(120.0), None, Basis::None, Some(2022)),
                (Some(150.0), None, Basis::None, Some(2023)),
                (None, Some(125.0), Basis::Change, Some(2023)),
            ]
        );
        // Ours: a `Năm` column without a year holds years, no figure.
        let text = "Kết quả\n\n\
            TT\tĐơn vị\tNăm thành lập\tKế hoạch\tKết nạp mới\tTỷ lệ (%)\n\
            1\tCĐCS Trường THCS Tân Lập\t1998\t20\t24\t120\n";
        assert_eq!(claims(text), [(Some(24.0), Some(20.0), Some(120.0))]);
        // Ours: piped, counts, the later year first.
        let text = "Kết quả\n\n\
            Chỉ tiêu | Thực hiện năm 2023 | Thực hiện năm 2022 | So sánh (%)\n\
            Kết nạp đoàn viên (người) | 540 | 500 | 108\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.percent, c.basis, c.kind, c.year))
                .collect::<Vec<_>>(),
            [
                (Some(540.0), None, Basis::None, Kind::Actual, Some(2023)),
                (Some(500.0), None, Basis::None, Kind::Actual, Some(2022)),
                (None, Some(108.0), Basis::Change, Kind::Actual, Some(2023)),
            ]
        );
    }

    /// (achieved, measure, subject, counted) of the claims of `text`.
    fn measured(text: &str) -> Vec<(Option<f64>, Measure, String, Option<String>)> {
        super::super::tests::recognised(text)
            .into_iter()
            .map(|c| {
                (
                    c.achieved,
                    c.measure,
                    c.subject.unwrap_or_default(),
                    c.counted,
                )
            })
            .collect()
    }

    #[test]
    fn a_table_of_measures_gives_each_cell_its_claim() {
        // h132: columns that are measures, not plan and done; the
        // caption's `triệu đồng` scales the money column, not the count,
        // which keeps its noun; the total row counts what each heading
        // names.
        let text = "Bảng 2: Kết quả chăm lo đoàn viên (ĐVT: triệu đồng)\n\
            Nội dung            Số lượt     Kinh phí\n\
            Thăm hỏi ốm đau       2 135      1 067,5\n\
            Cộng                 12 401      7 046,5\n";
        let s = |w: &str| w.to_string();
        let lượt = Some(s("lượt"));
        assert_eq!(
            measured(text),
            [
                (
                    Some(2135.0),
                    Measure::Count,
                    s("Thăm hỏi ốm đau"),
                    lượt.clone()
                ),
                (Some(1_067.5e6), Measure::Vnd, s("Thăm hỏi ốm đau"), None),
                (Some(12_401.0), Measure::Count, s("lượt"), None),
                (Some(7_046.5e6), Measure::Vnd, s("Kinh phí"), None),
            ]
        );
        // Ours: tabs, dot-grouped thousands, a row number, `Số người`,
        // money in the heading's own unit, and `Tổng cộng`.
        let text = "Kết quả hỗ trợ\n\
            TT\tNội dung\tSố người\tSố tiền (nghìn đồng)\n\
            1\tHỗ trợ mai táng\t12\t36.000\n\
            \tTổng cộng\t1.520\t860.000\n";
        assert_eq!(
            measured(text),
            [
                (Some(12.0), Measure::Count, s("Hỗ trợ mai táng"), None),
                (Some(36e6), Measure::Vnd, s("Hỗ trợ mai táng"), None),
                (Some(1520.0), Measure::Count, s("người"), None),
                (Some(860e6), Measure::Vnd, s("Số tiền"), None),
            ]
        );
    }

    #[test]
    fn a_table_of_one_measure_is_read_by_its_caption() {
        // h19 report's probe of h132: one money column, cells one space
        // apart, under `(ĐVT: triệu đồng)`.
        let text = "Bảng 2 (ĐVT: triệu đồng)\nNội dung Kinh phí\n\
            Thăm hỏi ốm đau 1.067,5\nTrợ cấp khó khăn 1.269,0\n";
        assert_eq!(
            claims(text),
            [(Some(1_067.5e6), None, None), (Some(1_269e6), None, None)]
        );
        // Ours: an area and an output, each in its heading's unit, which
        // the row counts; a caption in money scales neither.
        let text = "Kết quả sản xuất (đơn vị tính: triệu đồng)\n\
            Loại cây   Diện tích (ha)   Sản lượng (tấn)\n\
            Lúa        1.250            7.800\n";
        let s = |w: &str| w.to_string();
        assert_eq!(
            measured(text),
            [
                (Some(1250.0), Measure::Count, s("Lúa"), Some(s("ha"))),
                (Some(7800.0), Measure::Count, s("Lúa"), Some(s("tấn"))),
            ]
        );
    }

    #[test]
    fn a_measure_beside_plan_and_done_is_no_column() {
        // Ours: `Kinh phí` in a table of plan and done names no column:
        // the row is its plan, what was done and the rate.
        let text = "Kết quả\n\n\
            TT  Chỉ tiêu  Kinh phí  Kế hoạch  Thực hiện  Tỷ lệ (%)\n\
            1  Kết nạp đoàn viên  20  500  540  108\n";
        assert_eq!(claims(text), [(Some(540.0), Some(500.0), Some(108.0))]);
        // Ours: a table by unit counting its units only.
        let text = "Kết quả\n\n\
            STT  Đơn vị  Số CĐCS  Số đoàn viên\n\
            1  Khối doanh nghiệp  45  6.120\n";
        assert_eq!(
            claims(text),
            [(Some(45.0), None, None), (Some(6120.0), None, None)]
        );
    }

    #[test]
    fn a_rate_beside_a_count_is_its_share_of_the_whole() {
        // Ours: a table by grade, `Xếp loại` heading the rows' labels;
        // each count with its share, checked against a whole (88/94).
        let text = "Kết quả\n\n\
            Xếp loại      Số lượng    Tỷ lệ (%)\n\
            Vững mạnh     88          93,6\n";
        let c = super::super::tests::one(text);
        assert_eq!(
            (c.achieved, c.percent, c.basis, c.subject.as_deref()),
            (Some(88.0), Some(93.6), Basis::Whole, Some("Vững mạnh"))
        );
        // Ours: a table by unit, the count of its members and their share.
        let text = "Kết quả\n\n\
            STT  Đơn vị  Số đoàn viên  Tỷ lệ (%)\n\
            1  Khối doanh nghiệp  6.120  76,5\n";
        assert_eq!(claims(text), [(Some(6120.0), None, Some(76.5))]);
    }

    #[test]
    fn a_blank_remark_after_space_grouped_figures_is_left_blank() {
        // h132's row under a heading with remarks (`Ghi chú`): the last
        // group of `1 067,5` opens with a zero and is still a figure's.
        let text = "Bảng 3: Kết quả hỗ trợ (ĐVT: triệu đồng)\n\
            Nội dung Số lượt Kinh phí Ghi chú\n\
            Thăm hỏi ốm đau 2 135 1 067,5\n";
        assert_eq!(
            claims(text),
            [(Some(2135.0), None, None), (Some(1_067.5e6), None, None)]
        );
        // Ours: a plan and done table with its remarks blank.
        let text = "Kết quả (ĐVT: triệu đồng)\n\
            TT Nội dung Kế hoạch Thực hiện Tỷ lệ (%) Ghi chú\n\
            1 Thu ngân sách 1 200,0 1 036,0 86,3\n";
        assert_eq!(claims(text), [(Some(1_036e6), Some(1_200e6), Some(86.3))]);
    }

    #[test]
    fn a_label_heading_not_known_still_names_the_rows() {
        // Ours (no blind round had one): the rows' heading after their
        // number is not in the list (`Hạng mục`), the rate headed by `%`
        // alone; the row is its plan, done and rate all the same.
        let text = "Kết quả\n\n\
            TT  Hạng mục  Kế hoạch  Thực hiện  %\n\
            1  Kết nạp đoàn viên  500  540  108\n";
        assert_eq!(claims(text), [(Some(540.0), Some(500.0), Some(108.0))]);
        // Ours: `Lĩnh vực`, `Mục tiêu` as the plan, `% so với KH`.
        let text = "Kết quả\n\n\
            STT\tLĩnh vực\tMục tiêu\tKết quả\t% so với KH\n\
            2\tThành lập CĐCS\t12\t15\t125\n";
        assert_eq!(claims(text), [(Some(15.0), Some(12.0), Some(125.0))]);
    }

    #[test]
    fn people_counted_by_a_column_are_the_rows_own() {
        // Ours: `Số lượng (người)` counts people; the row names which
        // (`Đoàn viên được thăm hỏi` counts đoàn viên), as h132's `Số
        // lượt` counts lượt; a remark may stand after a figure.
        let text = "Kết quả\n\n\
            STT  Nội dung  Số lượng (người)  Ghi chú\n\
            1  Đoàn viên được thăm hỏi  320\n\
            2  Đoàn viên được hỗ trợ  45  Đột xuất\n";
        let s = |w: &str| w.to_string();
        assert_eq!(
            measured(text),
            [
                (
                    Some(320.0),
                    Measure::Count,
                    s("Đoàn viên được thăm hỏi"),
                    None
                ),
                (Some(45.0), Measure::Count, s("Đoàn viên được hỗ trợ"), None),
            ]
        );
        // Ours: `Thành tiền` is money in the caption's unit, on a line of
        // its own under the title; `Số suất` counts suất.
        let text = "Bảng 2\n(ĐVT: triệu đồng)\n\
            Nội dung\tSố suất\tThành tiền\n\
            Quà Tết công nhân\t1.200\t600\n";
        assert_eq!(
            measured(text),
            [
                (
                    Some(1200.0),
                    Measure::Count,
                    s("Quà Tết công nhân"),
                    Some(s("suất"))
                ),
                (Some(600e6), Measure::Vnd, s("Quà Tết công nhân"), None),
            ]
        );
    }

    #[test]
    fn a_count_beside_money_grouped_by_spaces_need_not_match_its_size() {
        // h132: `Trợ cấp khó khăn  846  1 269,0`, cells one space apart:
        // the count and the money cut one way.
        let text = "Bảng 2 (ĐVT: triệu đồng)\nNội dung Số lượt Kinh phí\n\
            Trợ cấp khó khăn 846 1 269,0\n";
        assert_eq!(
            claims(text),
            [(Some(846.0), None, None), (Some(1_269e6), None, None)]
        );
        // Ours: money in đồng, three groups beside a one-digit count; a
        // group opening with a zero leads no figure.
        let text = "Bảng 1 (ĐVT: đồng)\nNội dung Số lượt Kinh phí\n\
            Thăm hỏi ốm đau 5 1 234 500\n";
        assert_eq!(
            claims(text),
            [(Some(5.0), None, None), (Some(1_234_500.0), None, None)]
        );
    }

    #[test]
    fn rows_numbered_under_a_heading_without_a_number_column() {
        // Ours (no blind round had one): the heading leaves the number
        // column out, as an HTML table's empty first `<th>` flattens;
        // cells apart by gaps, then one space apart.
        let text = "Kết quả\n\n\
            Nội dung  Kế hoạch  Thực hiện  Tỷ lệ (%)\n\
            1  Kết nạp đoàn viên  500  540  108\n";
        assert_eq!(claims(text), [(Some(540.0), Some(500.0), Some(108.0))]);
        let text = "Kết quả\n\n\
            Nội dung Kế hoạch Thực hiện Tỷ lệ (%)\n\
            2 Thành lập CĐCS 10 12 120\n";
        let c = super::super::tests::one(text);
        assert_eq!(c.subject.as_deref(), Some("Thành lập CĐCS"));
        // h132's table so numbered, by tabs.
        let text = "Bảng 2 (ĐVT: triệu đồng)\nNội dung\tSố lượt\tKinh phí\n\
            1\tThăm hỏi ốm đau\t2 135\t1 067,5\n";
        assert_eq!(
            claims(text),
            [(Some(2135.0), None, None), (Some(1_067.5e6), None, None)]
        );
    }

    #[test]
    fn a_rate_of_something_else_is_a_rate_of_its_own() {
        // Ours: `Tỷ lệ nữ (%)` beside two counts is the share of women,
        // not of either count: a rate of its own, of `nữ`.
        let text = "Kết quả\n\n\
            TT  Đơn vị  Số CĐCS  Số đoàn viên  Tỷ lệ nữ (%)\n\
            1  Khối Giáo dục  52  3.120  76,5\n";
        let c = super::super::tests::recognised(text);
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.percent, c.subject.as_deref()))
                .collect::<Vec<_>>(),
            [
                (Some(52.0), None, Some("CĐCS")),
                (Some(3120.0), None, Some("đoàn viên")),
                (None, Some(76.5), Some("nữ")),
            ]
        );
        // Ours: a sentence opening as h132's heading does (`Nội dung
        // Kinh phí`) and going on is no heading.
        let text = "Hội tổ chức các hoạt động. Nội dung Kinh phí hỗ trợ như sau\n\
            Thăm hỏi 20\n";
        assert_eq!(claims(text), []);
    }

    #[test]
    fn a_list_of_people_is_no_table_of_measures() {
        // Ours: a first heading not known makes the rows' label only
        // beside plan and done; a list of people counts nothing.
        let text = "Danh sách\n\n\
            Họ và tên  Chức vụ  Số năm công tác\n\
            Nguyễn Văn An  Chủ tịch  25\n";
        assert_eq!(claims(text), []);
        // h132's heading, its rows' heading known, is read.
        let text = "Bảng 2\nNội dung  Số lượt\nThăm hỏi ốm đau  2 135\n";
        assert_eq!(claims(text), [(Some(2135.0), None, None)]);
    }

    #[test]
    fn the_rows_number_spelled_out_is_no_count() {
        // Ours: `Số TT` heads the rows' numbers, not a count of `TT`,
        // over h132's columns.
        let text = "Bảng 2 (ĐVT: triệu đồng)\n\
            Số TT  Nội dung  Số lượt  Kinh phí\n\
            1  Thăm hỏi ốm đau  2 135  1 067,5\n";
        assert_eq!(
            claims(text),
            [(Some(2135.0), None, None), (Some(1_067.5e6), None, None)]
        );
        let text = "Kết quả\n\n\
            Số thứ tự\tNội dung\tKế hoạch\tThực hiện\n\
            2\tThành lập CĐCS\t10\t12\n";
        assert_eq!(claims(text), [(Some(12.0), Some(10.0), None)]);
    }

    /// A claim's achieved, target and percent, and its subject.
    type Named = (Option<f64>, Option<f64>, Option<f64>, String);

    /// The claims of `text`, each with its subject.
    fn with_subjects(text: &str) -> Vec<Named> {
        super::super::tests::recognised(text)
            .into_iter()
            .map(|c| {
                (
                    c.achieved,
                    c.target,
                    c.percent,
                    c.subject.unwrap_or_default(),
                )
            })
            .collect()
    }

    /// A row's claim of achieved, target and percent, and its subject.
    fn row(a: f64, t: f64, p: f64, s: &str) -> Named {
        (Some(a), Some(t), Some(p), s.to_string())
    }

    #[test]
    fn a_label_wrapped_after_the_figures_goes_on_the_row_and_the_table_goes_on() {
        // Held-out h142: `do phụ nữ làm chủ` set in under the label after
        // the row's figures; the rows after it are still the table's.
        let text = "Kết quả\n\n\
            TT   Chỉ tiêu                             ĐVT    Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
            2    Thành lập tổ hợp tác, tổ liên kết    Tổ            4           3        75,0\n\
            \x20    do phụ nữ làm chủ\n\
            3    Giúp hộ phụ nữ nghèo thoát nghèo     Hộ           60          22        36,7\n";
        assert_eq!(
            with_subjects(text),
            [
                row(
                    3.0,
                    4.0,
                    75.0,
                    "Thành lập tổ hợp tác, tổ liên kết do phụ nữ làm chủ"
                ),
                row(22.0, 60.0, 36.7, "Giúp hộ phụ nữ nghèo thoát nghèo"),
            ]
        );
        // Held-out h144: not set in, under years' columns. Ours: the label
        // wrapped over two lines, the second its unit in brackets, which
        // makes the row money.
        let text = "Kết quả\n\n\
            Chỉ tiêu                     ĐVT        Năm 2022    Năm 2023\n\
            Doanh nghiệp, HTX do CCB     Đơn vị           21          24\n\
            làm chủ\n\
            Hộ nghèo trong hội viên      Hộ               42          29\n";
        let c = with_subjects(text);
        assert_eq!(c.len(), 4, "{c:?}");
        assert_eq!(c[1].0, Some(24.0));
        assert_eq!(c[1].3, "Doanh nghiệp, HTX do CCB làm chủ");
        assert_eq!(c[3].0, Some(29.0));
        let text = "Kết quả\n\n\
            TT\tNội dung\tKế hoạch\tThực hiện\tTỷ lệ (%)\n\
            1\tThu kinh phí công đoàn của các\t2.000\t2.100\t105,0\n\
            \tdoanh nghiệp ngoài nhà nước\n\
            \t(triệu đồng)\n\
            2\tKết nạp đoàn viên (người)\t300\t315\t105,0\n";
        assert_eq!(
            with_subjects(text),
            [
                row(
                    2100e6,
                    2000e6,
                    105.0,
                    "Thu kinh phí công đoàn của các doanh nghiệp ngoài nhà nước"
                ),
                row(315.0, 300.0, 105.0, "Kết nạp đoàn viên"),
            ]
        );
    }

    #[test]
    fn a_label_wrapped_before_the_figures_opens_the_row_under_it() {
        // Held-out h141's row: the label's first line, number and empty
        // cells, then its last line with the figures, in tab cells.
        let text = "Kết quả\n\n\
            TT\tNội dung\tKế hoạch\tThực hiện\n\
            1\tThăm hỏi, trợ cấp đoàn viên ốm đau,\t\t\n\
            \ttai nạn lao động\t186\t190\n\
            2\tQuà Tết cho đoàn viên khó khăn\t1.240\t1.300\n\
            3\tHỗ trợ đoàn viên bị ảnh hưởng\t\t\n\
            \tcủa thiên tai,\t\t\n\
            \tdịch bệnh\t2.315\t2.400\n";
        let c = with_subjects(text);
        assert_eq!(c.len(), 3, "{c:?}");
        assert_eq!(
            c[2].3,
            "Hỗ trợ đoàn viên bị ảnh hưởng của thiên tai, dịch bệnh"
        );
        assert_eq!(
            c[0].3,
            "Thăm hỏi, trợ cấp đoàn viên ốm đau, tai nạn lao động"
        );
        assert_eq!(c[1].0, Some(1300.0));
        // Ours: by spaces; a group row with no figures (`II  Chi`) keeps the
        // table open and gives the capitalised row after it nothing.
        let text = "Kết quả\n\n\
            TT   Chỉ tiêu                           ĐVT     Kế hoạch   Thực hiện   Tỷ lệ (%)\n\
            1    Mở lớp dạy nghề ngắn hạn cho\n\
            \x20    nông dân                           Lớp            8          6       75,0\n\
            II   Chi hỗ trợ\n\
            2    Hỗ trợ vốn vay                     Hộ            40         44      110,0\n";
        assert_eq!(
            with_subjects(text),
            [
                row(6.0, 8.0, 75.0, "Mở lớp dạy nghề ngắn hạn cho nông dân"),
                row(44.0, 40.0, 110.0, "Hỗ trợ vốn vay"),
            ]
        );
    }

    #[test]
    fn a_note_or_prose_after_a_table_is_no_label_of_its_row() {
        // Held-out h89: the source in brackets under the last row.
        let text = "Kết quả\n\n\
            TT\tChỉ tiêu\tKế hoạch giao\tThực hiện\tTỷ lệ (%)\n\
            4\tBHYT (người)\t1.700.000\t1.713.420\t100,8\n\
            (Nguồn: BHXH tỉnh Thái Bình)\n";
        assert_eq!(with_subjects(text)[0].3, "BHYT");
        // Ours: a line in small letters holding a figure, or closed by a
        // full stop, is no label's.
        let text = "Kết quả\n\n\
            TT\tChỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)\n\
            1\tHội viên mới (người)\t300\t315\t105\n\
            trong đó 120 hội viên nữ.\n";
        let c = with_subjects(text);
        assert_eq!(c[0].3, "Hội viên mới");
        assert_eq!(c[1].0, Some(120.0));
        let text = "Kết quả\n\n\
            TT\tChỉ tiêu\tKế hoạch\tThực hiện\tTỷ lệ (%)\n\
            1\tHội viên mới (người)\t300\t315\t105\n\
            vượt kế hoạch đề ra.\n";
        assert_eq!(with_subjects(text)[0].3, "Hội viên mới");
    }
}
