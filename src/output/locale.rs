//! The spreadsheet shape of the `--excel` CSV, per locale: which byte
//! separates cells, which mark separates decimals, which cells are quoted,
//! and how text a spreadsheet would take for a formula is kept as text.
//!
//! A spreadsheet reads a CSV's numbers with its locale's marks. Opened in
//! LibreOffice Calc 7.4 (headless, its import dialog's defaults), `128.56`
//! is a number under English and text under Vietnamese, where `.` groups
//! thousands (and `10.493` turns into ten thousand); `128,56` is the
//! reverse. So the `--excel` CSV is written for one locale: English (`,`
//! between cells, `.` decimals, SPEC §3's numbers) or Vietnamese (`;`
//! between cells, `,` decimals), the marks Excel uses there too.
//!
//! Percents stay numbers (`128,56`, the SPEC value): `128,56%` would be a
//! percentage only with the dialog's "Detect special numbers", which is
//! off by default, and text otherwise.

use crate::record::push_number;

/// The locale an `--excel` CSV is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SheetLocale {
    /// English: `,` between cells, `.` as the decimal mark.
    #[default]
    En,
    /// Vietnamese: `;` between cells, `,` as the decimal mark.
    Vi,
}

impl SheetLocale {
    /// The byte between cells.
    pub fn delimiter(self) -> u8 {
        match self {
            SheetLocale::En => b',',
            SheetLocale::Vi => b';',
        }
    }

    /// The decimal mark.
    pub fn decimal_mark(self) -> char {
        match self {
            SheetLocale::En => '.',
            SheetLocale::Vi => ',',
        }
    }
}

/// Appends number `v` as the locale writes it: SPEC §3's digits (no
/// grouping, no exponent) with the locale's decimal mark.
pub fn push_number_cell(v: f64, locale: SheetLocale, out: &mut String) {
    let start = out.len();
    push_number(v, out);
    if locale.decimal_mark() != '.' {
        if let Some(dot) = out[start..].find('.') {
            out.replace_range(start + dot..start + dot + 1, ",");
        }
    }
}

/// What is put before text that a spreadsheet would take for a formula:
/// U+2060 WORD JOINER, which is invisible and no formula sign, so the cell
/// shows the text as written. A leading `'` (the guard before) is kept and
/// shown by CSV imports (LibreOffice 7.4 in both locales); `="…"` shows
/// literally in LibreOffice's default import (formulas not evaluated) and
/// is cut at 255 characters by Excel.
pub const FORMULA_GUARD: char = '\u{2060}';

/// Whether a spreadsheet opening a CSV would take text starting so for a
/// formula: `=` (LibreOffice when it evaluates formulas, and Excel), `@`,
/// and `+`/`-` followed by anything (Excel: `- Kết nạp …` is `#NAME?`), or
/// a leading tab or CR. A lone `-` or `+`, as stdin's doc `-`, is text to
/// both and keeps no guard.
pub fn needs_formula_guard(s: &str) -> bool {
    matches!(
        s.as_bytes(),
        [b'=' | b'@' | b'\t' | b'\r', ..] | [b'+' | b'-', _, ..]
    )
}

/// Whether the cell is quoted in the `--excel` CSV: every cell that is no
/// number. LibreOffice's import dialog splits at `,`, `;` and tab together
/// by default, whichever the file uses, so a text cell holding any of them
/// must be quoted; quoting all text (the csv crate's `NonNumeric` style)
/// says so in one rule.
pub fn quote_in_sheet(cell: &str) -> bool {
    cell.parse::<f64>().is_err() && cell.parse::<i128>().is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(v: f64, locale: SheetLocale) -> String {
        let mut s = String::from("x");
        push_number_cell(v, locale, &mut s);
        s
    }

    #[test]
    fn vietnamese_numbers_take_a_decimal_comma_and_no_grouping() {
        assert_eq!(number(128.56, SheetLocale::Vi), "x128,56");
        assert_eq!(number(-0.5, SheetLocale::Vi), "x-0,5");
        assert_eq!(number(144_000_000_000.0, SheetLocale::Vi), "x144000000000");
        assert_eq!(number(128.56, SheetLocale::En), "x128.56");
        assert_eq!(number(f64::NAN, SheetLocale::Vi), "x");
    }

    /// `- Kết nạp được 2134 đoàn viên` (a bulleted line) and `=SUM(1)` are
    /// guarded; stdin's doc `-`, a lone `+` and plain text are not.
    #[test]
    fn formula_starts_are_guarded_and_a_lone_dash_is_not() {
        for s in [
            "=SUM(1) có 12 CĐCS",
            "- Kết nạp được",
            "+84",
            "@x",
            "\tx",
            "-5",
        ] {
            assert!(needs_formula_guard(s), "{s:?}");
        }
        for s in ["-", "+", "", "Kết nạp =", "'=x", "LĐLĐ"] {
            assert!(!needs_formula_guard(s), "{s:?}");
        }
    }

    #[test]
    fn text_is_quoted_numbers_are_not() {
        assert!(quote_in_sheet("LĐLĐ quận Thanh Xuân"));
        assert!(quote_in_sheet(""));
        assert!(quote_in_sheet("128,56"));
        assert!(!quote_in_sheet("128.56"));
        assert!(!quote_in_sheet("144000000000"));
    }
}
