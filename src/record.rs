//! The record: one statistical claim, typed, as SPEC §3 defines its columns.
//!
//! Every later stage (checking, output) works on `Record`; the extraction
//! stages build it. Enums serialise to the exact strings of the contract.

use serde::Serialize;

/// The column names of SPEC §3, in order: the CSV header and the JSON keys.
pub const COLUMNS: [&str; 19] = [
    "doc",
    "line",
    "start",
    "end",
    "unit",
    "year",
    "metric",
    "subject",
    "achieved",
    "target",
    "percent",
    "computed_percent",
    "qualifier",
    "kind",
    "measure",
    "basis",
    "check",
    "note",
    "quote",
];

/// How a stated figure is hedged (`gần`, `khoảng`, `hơn`, `trở lên` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier: the figure is stated as exact.
    #[default]
    #[serde(rename = "")]
    None,
    /// `gần`: a little below the figure.
    Nearly,
    /// `khoảng`, `chừng`, `xấp xỉ`, `ước`.
    Approx,
    /// `hơn`, `trên`, `ngoài`.
    Over,
    /// `dưới`.
    Under,
    /// `ít nhất`, `tối thiểu`, `trở lên`.
    AtLeast,
    /// `tối đa`, `không quá`, `trở xuống`.
    AtMost,
}

impl Qualifier {
    /// The contract's spelling (empty for none).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::None => "",
            Qualifier::Nearly => "nearly",
            Qualifier::Approx => "approx",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
        }
    }
}

/// Whether the figure reports what happened, a plan, or a rule's condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A reported result.
    #[default]
    Actual,
    /// A target (`phấn đấu`, `chỉ tiêu … đến năm 2023`).
    Plan,
    /// A condition inside a rule (`có từ 25 đoàn viên trở lên`).
    Criterion,
}

impl Kind {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Actual => "actual",
            Kind::Plan => "plan",
            Kind::Criterion => "criterion",
        }
    }
}

/// What `achieved` measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Measure {
    /// A number of things.
    #[default]
    #[serde(rename = "count")]
    Count,
    /// Money, in đồng.
    #[serde(rename = "VND")]
    Vnd,
    /// Only a percent is stated.
    #[serde(rename = "percent")]
    Percent,
}

impl Measure {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Count => "count",
            Measure::Vnd => "VND",
            Measure::Percent => "percent",
        }
    }
}

/// What a stated percent is a percent of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// No percent stated.
    #[default]
    #[serde(rename = "")]
    None,
    /// Of a plan or target (`đạt 150% kế hoạch`, achieved/target).
    Target,
    /// A share of a whole (`66,68% đơn vị`, `chiếm 40%`).
    Whole,
    /// A change against an earlier value (`tăng 78,3% so với năm 2020`).
    Change,
    /// An excess over a target (`vượt 31%`).
    Excess,
}

impl Basis {
    /// The contract's spelling (empty for none).
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::None => "",
            Basis::Target => "target",
            Basis::Whole => "whole",
            Basis::Change => "change",
            Basis::Excess => "excess",
        }
    }
}

/// The outcome of the arithmetic check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// The stated figures agree.
    Ok,
    /// The stated figures disagree: an audit finding.
    Mismatch,
    /// Nothing to check.
    #[default]
    Unchecked,
}

impl Check {
    /// The contract's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Ok => "ok",
            Check::Mismatch => "mismatch",
            Check::Unchecked => "unchecked",
        }
    }
}

/// One statistical claim (SPEC §3). Offsets are character offsets into the
/// NFC-normalised text of the document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    /// The input path as given, `-` for stdin, or the JSON Lines `id`.
    pub doc: String,
    /// 1-based line of the claim's first character.
    pub line: usize,
    /// Character offset of the claim's first figure.
    pub start: usize,
    /// Character offset just past the claim's last figure.
    pub end: usize,
    /// The organisation the figure is about, at its fullest.
    pub unit: Option<String>,
    /// The year the figure belongs to.
    pub year: Option<i32>,
    /// What is counted, canonical.
    pub metric: Option<String>,
    /// The counted noun phrase as written.
    pub subject: Option<String>,
    /// The value reached (count, or đồng).
    pub achieved: Option<f64>,
    /// The plan or whole it is measured against.
    pub target: Option<f64>,
    /// The percent stated in the text.
    pub percent: Option<f64>,
    /// Decimals the percent was written with (`128,56%` 2, `65%` 0,
    /// `3,20%` 2). No SPEC §3 column: the xlsx shows the percent at the
    /// precision the text gave it, which the value alone cannot tell.
    pub percent_decimals: u32,
    /// 100 × achieved / target, rounded to 2 decimals.
    pub computed_percent: Option<f64>,
    /// How the figure is hedged.
    pub qualifier: Qualifier,
    /// Actual, plan or criterion.
    pub kind: Kind,
    /// Count, VND or percent.
    pub measure: Measure,
    /// What the percent is of.
    pub basis: Basis,
    /// Outcome of the arithmetic check.
    pub check: Check,
    /// The arithmetic or assumption behind `check`, one line.
    pub note: Option<String>,
    /// The clause the claim stands in, as written.
    pub quote: String,
}

/// Writes a number the way SPEC §3 asks: whole values without a decimal
/// part, others with `.` and no exponent.
pub fn format_number(v: f64) -> String {
    let mut s = String::new();
    push_number(v, &mut s);
    s
}

/// [`format_number`], appended to `out`: the CSV writer formats every
/// number cell through one buffer. Whole values below 10^15 (every count
/// and every sum of money in practice) are written as integers: the same
/// digits as the float's `Display`, without its shortest-digits search,
/// which was most of the cost of writing a row.
pub fn push_number(v: f64, out: &mut String) {
    use std::fmt::Write;
    if !v.is_finite() {
        return;
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        // Exact: an f64 below 2^53 holds every integer. `-0` is `0`.
        let mut n = (v as i64).unsigned_abs();
        if v < 0.0 && n != 0 {
            out.push('-');
        }
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        out.extend(digits[i..].iter().map(|&d| char::from(d)));
        return;
    }
    // Rust's Display for f64 never uses an exponent and drops `.0`.
    let start = out.len();
    let _ = write!(out, "{v}");
    if &out[start..] == "-0" {
        out.truncate(start);
        out.push('0');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_money_has_no_decimal_part_or_exponent() {
        assert_eq!(format_number(144_000_000_000.0), "144000000000");
        assert_eq!(format_number(100.0), "100");
        assert_eq!(format_number(128.56), "128.56");
        assert_eq!(format_number(3_100_000_000.0), "3100000000");
    }

    /// The integer path writes what the float's `Display` writes: fails if
    /// it drops a digit, a sign or the `-0` rule.
    #[test]
    fn the_integer_path_writes_what_display_writes() {
        let display = |v: f64| match format!("{v}") {
            s if s == "-0" => "0".to_string(),
            s => s,
        };
        let mut values = vec![0.0, -0.0, 1.0, -1.0, 9.0, 10.0, -10.0, 2023.0, 1e15, -1e15];
        for e in 0..16 {
            let p = 10f64.powi(e);
            values.extend([p - 1.0, p, p + 1.0, -(p - 1.0), 7.0 * p, p + 0.5, p / 3.0]);
        }
        values.extend([
            128.56,
            118.56,
            -0.25,
            999_999_999_999_999.0,
            9_007_199_254_740_993.0,
        ]);
        for v in values {
            assert_eq!(format_number(v), display(v), "{v:?}");
        }
        let mut buf = String::from("x");
        push_number(42.0, &mut buf);
        push_number(f64::NAN, &mut buf);
        assert_eq!(buf, "x42");
    }
}
