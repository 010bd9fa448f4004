//! xlsx output: an Excel workbook that opens right in Excel and LibreOffice
//! whatever the locale, because its cells are typed.
//!
//! Sheet `claims`: one row per record, the SPEC §3 columns (or the
//! `--columns` selection); numbers are number cells, text is text. The
//! header is frozen and carries an autofilter; mismatch rows are filled
//! light red (Excel's "Bad" colours); `note` and `quote` are wide and wrap.
//!
//! Percent cells are true spreadsheet percentages: the fraction (`128,56%`
//! is the cell 1.2856) with a percent format at the precision the text
//! wrote (`65%` → `0%`, `128,56%` → `0.00%`, `3,2%` → `0.0%`), so they
//! sum, chart and re-format like any percentage typed into Excel, and show
//! what the article says. `computed_percent`, rounded to 2 decimals by
//! SPEC §3, shows `0.00%`. (The CSV and JSON Lines keep SPEC's `128.56`.)
//! Money (`measure = VND`) shows thousands grouping (`#,##0`, rendered with
//! the reader's locale separator).
//!
//! Sheet `summary`: per document, unit and year (in order of first
//! appearance), the number of claims, of checked claims (ok or mismatch)
//! and of mismatches, and a total row.
//!
//! The workbook is built in memory and saved at [`XlsxWriter::finish`]; the
//! file itself is created when the writer is, so a bad path fails early.
//!
//! The same records give the same bytes: the only time a workbook carries
//! is its creation time (docProps/core.xml), which is `SOURCE_DATE_EPOCH`
//! when set, else a fixed one (see [`creation_time`]); an audit workbook
//! can then be snapshot-tested and diffed like the CSV.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};

use crate::output::locale::needs_formula_guard;
use crate::output::{value, Columns, Value};
use crate::record::{Check, Measure, Record};

/// Fill of a mismatch row: Excel's "Bad" cell style background.
pub const MISMATCH_FILL: u32 = 0xFFC7CE;
/// Font colour of a mismatch row: Excel's "Bad" cell style text.
const MISMATCH_FONT: u32 = 0x9C0006;
/// The most decimals a percent format shows; a percent written with more
/// (never seen in the corpora) is shown rounded to this many.
const MAX_PERCENT_DECIMALS: u32 = 4;
/// Decimals of `computed_percent`: SPEC §3 rounds it to 2.
const COMPUTED_PERCENT_DECIMALS: u32 = 2;
/// Display format of money: thousands grouping, no decimals (đồng).
pub const MONEY_FORMAT: &str = "#,##0";
/// Excel's limit on the characters of one cell.
const MAX_CELL_CHARS: usize = 32_767;
/// Excel's last row index (0-based); row 0 is the header.
const MAX_ROW: u32 = 1_048_575;
/// The creation time of a workbook when `SOURCE_DATE_EPOCH` is not set:
/// 1980-01-01 00:00:00 UTC, the time rust_xlsxwriter gives every zip entry,
/// so a workbook says nothing of when it was made.
pub const FIXED_CREATION_TIME: i64 = 315_532_800;

/// The creation time (Unix seconds) a workbook records, given the value of
/// `SOURCE_DATE_EPOCH` (the reproducible-builds convention): that value
/// when set, [`FIXED_CREATION_TIME`] when unset or empty. A value that is
/// no whole number of seconds within Excel's years (1900–9999) is an error,
/// as the convention asks, rather than a time silently made up.
pub fn creation_time(source_date_epoch: Option<&str>) -> Result<ExcelDateTime, String> {
    let seconds = match source_date_epoch.map(str::trim) {
        None | Some("") => FIXED_CREATION_TIME,
        Some(s) => s.parse::<i64>().map_err(|_| {
            format!("SOURCE_DATE_EPOCH must be a whole number of seconds, not `{s}`")
        })?,
    };
    ExcelDateTime::from_timestamp(seconds)
        .map_err(|_| format!("SOURCE_DATE_EPOCH {seconds} is outside Excel's years 1900-9999"))
}

/// How a column's cells look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// Short text.
    Text,
    /// Long text that wraps (`note`, `quote`).
    Wrapped,
    /// Whole numbers that are no amounts (`line`, `year`…).
    Integer,
    /// `achieved`, `target`: money is grouped, counts are plain.
    Amount,
    /// `percent`: at the precision the text wrote it with.
    Percent,
    /// `computed_percent`: at 2 decimals.
    ComputedPercent,
}

/// The number format of a percentage with `decimals` decimals: `0%`,
/// `0.0%`, `0.00%`… (at most [`MAX_PERCENT_DECIMALS`]).
pub fn percent_format(decimals: u32) -> String {
    let decimals = decimals.min(MAX_PERCENT_DECIMALS) as usize;
    if decimals == 0 {
        "0%".to_string()
    } else {
        format!("0.{}%", "0".repeat(decimals))
    }
}

/// The cell value of a percent: the fraction, `128.56` → `1.2856`. Shifting
/// the decimal point of the number as written gives the double nearest the
/// decimal fraction, the value Excel stores for `128.56%` typed in;
/// `128.56 / 100` can land one unit of the last bit away from it.
pub fn fraction_of_percent(percent: f64) -> f64 {
    format!("{percent}e-2").parse().unwrap_or(percent / 100.0)
}

fn style_of(column: &str) -> Style {
    match column {
        "line" | "start" | "end" | "year" => Style::Integer,
        "achieved" | "target" => Style::Amount,
        "percent" => Style::Percent,
        "computed_percent" => Style::ComputedPercent,
        "note" | "quote" => Style::Wrapped,
        _ => Style::Text,
    }
}

fn width_of(column: &str) -> f64 {
    match column {
        "quote" => 80.0,
        "note" => 45.0,
        "doc" | "unit" => 28.0,
        "metric" | "subject" => 24.0,
        "achieved" | "target" => 16.0,
        "percent" | "computed_percent" => 11.0,
        "line" | "start" | "end" | "year" => 7.0,
        _ => 10.0,
    }
}

/// The formats of one look, plain and highlighted.
struct Formats {
    text: Format,
    wrapped: Format,
    /// `text` and `wrapped` with Excel's quote prefix, for formula-like text.
    quoted_text: Format,
    quoted_wrapped: Format,
    integer: Format,
    count: Format,
    money: Format,
    /// By decimals, 0 to [`MAX_PERCENT_DECIMALS`].
    percent: Vec<Format>,
}

impl Formats {
    fn new(mismatch: bool) -> Self {
        let base = if mismatch {
            Format::new()
                .set_background_color(Color::RGB(MISMATCH_FILL))
                .set_font_color(Color::RGB(MISMATCH_FONT))
        } else {
            Format::new()
        }
        .set_align(FormatAlign::Top);
        Formats {
            text: base.clone(),
            wrapped: base.clone().set_text_wrap(),
            quoted_text: base.clone().set_quote_prefix(),
            quoted_wrapped: base.clone().set_text_wrap().set_quote_prefix(),
            integer: base.clone().set_num_format("0"),
            count: base.clone(),
            money: base.clone().set_num_format(MONEY_FORMAT),
            percent: (0..=MAX_PERCENT_DECIMALS)
                .map(|d| base.clone().set_num_format(percent_format(d)))
                .collect(),
        }
    }

    /// The format of a cell of `style` in record `r`.
    fn get(&self, style: Style, r: &Record) -> &Format {
        let percent = |d: u32| &self.percent[d.min(MAX_PERCENT_DECIMALS) as usize];
        match style {
            Style::Text => &self.text,
            Style::Wrapped => &self.wrapped,
            Style::Integer => &self.integer,
            Style::Amount if r.measure == Measure::Vnd => &self.money,
            Style::Amount => &self.count,
            Style::Percent => percent(r.percent_decimals),
            Style::ComputedPercent => percent(COMPUTED_PERCENT_DECIMALS),
        }
    }

    /// The format of text cell `s` of `style`: a string cell never runs
    /// as a formula, but Excel re-reads an edited cell, so text that
    /// would start one (`=SUM(1) có 12 CĐCS`) gets the quote prefix, the
    /// `'` a spreadsheet consumes and does not show.
    fn text_for<'a>(&'a self, style: Style, s: &str, plain: &'a Format) -> &'a Format {
        match (needs_formula_guard(s), style) {
            (false, _) => plain,
            (true, Style::Wrapped) => &self.quoted_wrapped,
            (true, _) => &self.quoted_text,
        }
    }
}

/// Counts of one (doc, unit, year) group on the summary sheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupCounts {
    /// Claims in the group.
    pub claims: u64,
    /// Of them, checked: `ok` or `mismatch`.
    pub checked: u64,
    /// Of them, `mismatch`.
    pub mismatches: u64,
}

impl GroupCounts {
    fn add(&mut self, check: Check) {
        self.claims += 1;
        if check != Check::Unchecked {
            self.checked += 1;
        }
        if check == Check::Mismatch {
            self.mismatches += 1;
        }
    }
}

/// A summary group: the document, the unit and the year.
pub type GroupKey = (String, Option<String>, Option<i32>);

/// Writes records into an xlsx workbook (see the module doc).
pub struct XlsxWriter {
    out: BufWriter<File>,
    claims: Worksheet,
    columns: Columns,
    styles: Vec<(Style, &'static str)>,
    plain: Formats,
    highlighted: Formats,
    /// The next row to write (row 0 is the header).
    row: u32,
    groups: Vec<(GroupKey, GroupCounts)>,
    group_index: HashMap<GroupKey, usize>,
    /// The creation time written into the workbook's properties.
    created: ExcelDateTime,
    /// The first error met, reported on the next write or at finish.
    broken: Option<String>,
}

fn xlsx_err(e: XlsxError) -> io::Error {
    match e {
        XlsxError::IoError(e) => e,
        XlsxError::RowColumnLimitError => io::Error::other(format!(
            "an xlsx sheet holds at most {MAX_ROW} claims; write CSV for more"
        )),
        other => io::Error::other(format!("xlsx: {other}")),
    }
}

/// `s` cut to what one Excel cell holds.
fn fit(s: &str) -> &str {
    match s.char_indices().nth(MAX_CELL_CHARS) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

impl XlsxWriter {
    /// A writer that will save the workbook into `file`, with `columns` on
    /// the `claims` sheet, created at `SOURCE_DATE_EPOCH` or the fixed time
    /// (see [`creation_time`]).
    pub fn new(file: File, columns: Columns) -> Self {
        let mut claims = Worksheet::new();
        let styles = columns.names().map(|name| (style_of(name), name)).collect();
        let epoch = std::env::var("SOURCE_DATE_EPOCH").ok();
        let (created, bad_epoch) = match creation_time(epoch.as_deref()) {
            Ok(t) => (t, None),
            Err(e) => (ExcelDateTime::default(), Some(e)),
        };
        let broken = bad_epoch.or_else(|| {
            Self::prepare(&mut claims, &columns)
                .err()
                .map(|e| e.to_string())
        });
        XlsxWriter {
            out: BufWriter::new(file),
            claims,
            columns,
            styles,
            plain: Formats::new(false),
            highlighted: Formats::new(true),
            row: 1,
            groups: Vec::new(),
            group_index: HashMap::new(),
            created,
            broken,
        }
    }

    /// Names the sheet, writes the header, freezes it, sets the widths.
    fn prepare(sheet: &mut Worksheet, columns: &Columns) -> Result<(), XlsxError> {
        sheet.set_name("claims")?;
        let header = Format::new().set_bold().set_align(FormatAlign::Top);
        for (col, name) in columns.names().enumerate() {
            let col = col as u16;
            sheet.write_string_with_format(0, col, name, &header)?;
            sheet.set_column_width(col, width_of(name))?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(())
    }

    /// Adds one record as one row.
    pub fn write(&mut self, r: &Record) -> io::Result<()> {
        if let Some(e) = &self.broken {
            return Err(io::Error::other(e.clone()));
        }
        if self.row > MAX_ROW {
            return Err(xlsx_err(XlsxError::RowColumnLimitError));
        }
        let formats = if r.check == Check::Mismatch {
            &self.highlighted
        } else {
            &self.plain
        };
        let row = self.row;
        for (col, (&index, &(style, _))) in
            self.columns.indices().iter().zip(&self.styles).enumerate()
        {
            let col = col as u16;
            let format = formats.get(style, r);
            let value = match (style, value(r, index)) {
                (Style::Percent | Style::ComputedPercent, Value::Number(p)) => {
                    Value::Number(fraction_of_percent(p))
                }
                (_, v) => v,
            };
            match value {
                Value::Text(s) if !s.is_empty() => {
                    let format = formats.text_for(style, s, format);
                    self.claims
                        .write_string_with_format(row, col, fit(s), format)
                        .map_err(xlsx_err)?;
                }
                Value::Number(v) if v.is_finite() => {
                    self.claims
                        .write_number_with_format(row, col, v, format)
                        .map_err(xlsx_err)?;
                }
                // A blank with the row's format keeps the highlight whole.
                _ => {
                    self.claims
                        .write_blank(row, col, format)
                        .map_err(xlsx_err)?;
                }
            }
        }
        self.row += 1;

        let key = (r.doc.clone(), r.unit.clone(), r.year);
        let at = match self.group_index.get(&key) {
            Some(&at) => at,
            None => {
                self.groups.push((key.clone(), GroupCounts::default()));
                self.group_index.insert(key, self.groups.len() - 1);
                self.groups.len() - 1
            }
        };
        self.groups[at].1.add(r.check);
        Ok(())
    }

    /// The summary so far: per (doc, unit, year), in order of first
    /// appearance.
    pub fn groups(&self) -> &[(GroupKey, GroupCounts)] {
        &self.groups
    }

    /// Builds the summary sheet and saves the workbook to its file.
    pub fn finish(mut self) -> io::Result<()> {
        if let Some(e) = self.broken.take() {
            return Err(io::Error::other(e));
        }
        let last_col = self.columns.indices().len().saturating_sub(1) as u16;
        // The filter spans the header and every row written.
        self.claims
            .autofilter(0, 0, self.row - 1, last_col)
            .map_err(xlsx_err)?;
        let summary = summary_sheet(&self.groups).map_err(xlsx_err)?;
        let mut workbook = Workbook::new();
        workbook.set_properties(&DocProperties::new().set_creation_datetime(&self.created));
        workbook.push_worksheet(self.claims);
        workbook.push_worksheet(summary);
        workbook.save_to_writer(&mut self.out).map_err(xlsx_err)?;
        self.out.flush()
    }
}

/// The `summary` sheet: one row per group, then the total.
fn summary_sheet(groups: &[(GroupKey, GroupCounts)]) -> Result<Worksheet, XlsxError> {
    const HEADER: [&str; 6] = ["doc", "unit", "year", "claims", "checked", "mismatches"];
    let mut sheet = Worksheet::new();
    sheet.set_name("summary")?;
    let bold = Format::new().set_bold();
    let plain = Formats::new(false);
    let high = Formats::new(true);
    for (col, name) in HEADER.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, &bold)?;
    }
    for (col, width) in [28.0, 28.0, 7.0, 10.0, 10.0, 11.0].into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    let mut total = GroupCounts::default();
    let mut row = 1u32;
    for ((doc, unit, year), counts) in groups {
        let f = if counts.mismatches > 0 { &high } else { &plain };
        sheet.write_string_with_format(row, 0, fit(doc), f.text_for(Style::Text, doc, &f.text))?;
        match unit {
            Some(u) => sheet.write_string_with_format(
                row,
                1,
                fit(u),
                f.text_for(Style::Text, u, &f.text),
            )?,
            None => sheet.write_blank(row, 1, &f.text)?,
        };
        match year {
            Some(y) => sheet.write_number_with_format(row, 2, *y, &f.integer)?,
            None => sheet.write_blank(row, 2, &f.integer)?,
        };
        sheet.write_number_with_format(row, 3, counts.claims as f64, &f.integer)?;
        sheet.write_number_with_format(row, 4, counts.checked as f64, &f.integer)?;
        sheet.write_number_with_format(row, 5, counts.mismatches as f64, &f.integer)?;
        total.claims += counts.claims;
        total.checked += counts.checked;
        total.mismatches += counts.mismatches;
        row += 1;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row - 1, (HEADER.len() - 1) as u16)?;
    // The total sits below the filtered range so filtering never hides it.
    let total_row = row + 1;
    sheet.write_string_with_format(total_row, 0, "total", &bold)?;
    let bold_int = bold.set_num_format("0");
    sheet.write_number_with_format(total_row, 3, total.claims as f64, &bold_int)?;
    sheet.write_number_with_format(total_row, 4, total.checked as f64, &bold_int)?;
    sheet.write_number_with_format(total_row, 5, total.mismatches as f64, &bold_int)?;
    Ok(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::COLUMNS;

    #[test]
    fn every_column_has_a_style_and_width() {
        // A column added to SPEC §3 must be given a look on purpose.
        for c in COLUMNS {
            assert!(width_of(c) > 0.0);
        }
        assert_eq!(style_of("percent"), Style::Percent);
        assert_eq!(style_of("computed_percent"), Style::ComputedPercent);
        assert_eq!(style_of("achieved"), Style::Amount);
        assert_eq!(style_of("quote"), Style::Wrapped);
    }

    /// Unset and empty give the fixed time; a number is taken as given; a
    /// non-number or a year Excel cannot hold is refused.
    #[test]
    fn creation_time_is_source_date_epoch_or_fixed() {
        use rust_xlsxwriter::IntoCustomDateTime;
        let utc = |v: Option<&str>| creation_time(v).unwrap().utc_datetime();
        assert_eq!(utc(None), "1980-01-01T00:00:00Z");
        assert_eq!(utc(Some("")), "1980-01-01T00:00:00Z");
        assert_eq!(utc(Some("1795478400")), "2026-11-24T00:00:00Z");
        assert!(creation_time(Some("yesterday")).is_err());
        assert!(creation_time(Some("1.5")).is_err());
        assert!(creation_time(Some("999999999999")).is_err());
    }

    /// `65%`, `3,2%`, `128,56%` as written; more decimals than the most
    /// shown are rounded to it.
    #[test]
    fn percent_formats_show_the_decimals_written() {
        assert_eq!(percent_format(0), "0%");
        assert_eq!(percent_format(1), "0.0%");
        assert_eq!(percent_format(2), "0.00%");
        assert_eq!(percent_format(9), "0.0000%");
    }

    /// The fraction is the decimal shifted, not a division's rounding:
    /// fails for 0.07 (`0.07 / 100` is 0.0007000000000000001).
    #[test]
    fn a_percent_becomes_its_fraction() {
        assert_eq!(fraction_of_percent(128.56), 1.2856);
        assert_eq!(fraction_of_percent(65.0), 0.65);
        assert_eq!(fraction_of_percent(3.2), 0.032);
        assert_eq!(fraction_of_percent(0.07), 0.0007);
        assert_eq!(fraction_of_percent(-18.3), -0.183);
        assert_eq!(fraction_of_percent(1e-7), 1e-9);
    }

    #[test]
    fn long_text_is_cut_to_a_cell() {
        let long = "ạ".repeat(MAX_CELL_CHARS + 10);
        assert_eq!(fit(&long).chars().count(), MAX_CELL_CHARS);
        assert_eq!(fit("ngắn"), "ngắn");
    }

    #[test]
    fn counts_add_up_by_check() {
        let mut g = GroupCounts::default();
        g.add(Check::Ok);
        g.add(Check::Mismatch);
        g.add(Check::Unchecked);
        assert_eq!(
            g,
            GroupCounts {
                claims: 3,
                checked: 2,
                mismatches: 1
            }
        );
    }
}
