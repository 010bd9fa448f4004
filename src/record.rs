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

/// Which of a claim's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// The value reached.
    Achieved,
    /// The whole or plan it is measured against.
    Target,
    /// The stated percent.
    Percent,
}

/// One figure of a claim where the text writes it, as the grammar read it.
/// Offsets are bytes of the text in a [`crate::claim::Claim`], characters
/// in a [`Record`] (as `start` and `end`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The numeral's first character.
    pub start: usize,
    /// Just past the numeral, or past the `%` (`phần trăm`) of a percent.
    pub end: usize,
    /// The numeral as written: `2134`, `1.800`, `128,56`, `3,1`.
    pub written: String,
    /// The power of ten the scale words after it apply (`3,1 tỷ` 9, a
    /// plain `2134` 0); `None` when the value is not that numeral scaled:
    /// a compound (`1 tỷ 618 triệu`), thousands or decimals typed with
    /// spaces (`72 415`, `45, 6`), a leading zero (`01`).
    pub exp: Option<u32>,
}

/// The words that hedge a percent, as written (`gần` in `chiếm gần 40%`,
/// `trở lên` in `75% trở lên`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hedge {
    /// The words.
    pub words: String,
    /// Written after the figure (`75% trở lên`), not before it.
    pub after: bool,
}

/// Where a claim's figures are written: what `check` and `report` point
/// at and what [`crate::slips`] varies, so that no later stage reads the
/// text again to find them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Figures {
    /// The value reached.
    pub achieved: Option<Figure>,
    /// The whole or plan.
    pub target: Option<Figure>,
    /// The percent.
    pub percent: Option<Figure>,
    /// The words of the percent's own qualifier, if written beside it.
    pub hedge: Option<Hedge>,
}

impl Figures {
    /// The figure of `role`.
    pub fn get(&self, role: Role) -> Option<&Figure> {
        match role {
            Role::Achieved => self.achieved.as_ref(),
            Role::Target => self.target.as_ref(),
            Role::Percent => self.percent.as_ref(),
        }
    }
}

/// One statistical claim (SPEC §3). Offsets are character offsets into the
/// NFC-normalised text of the document. Serialised (JSON Lines) with its
/// fields in SPEC order, missing values `null`, whole numbers as integers.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
    #[serde(serialize_with = "crate::output::jsonl::number")]
    pub achieved: Option<f64>,
    /// The plan or whole it is measured against.
    #[serde(serialize_with = "crate::output::jsonl::number")]
    pub target: Option<f64>,
    /// The percent stated in the text.
    #[serde(serialize_with = "crate::output::jsonl::number")]
    pub percent: Option<f64>,
    /// Decimals the percent was written with (`128,56%` 2, `65%` 0,
    /// `3,20%` 2). No SPEC §3 column: the xlsx shows the percent at the
    /// precision the text gave it, which the value alone cannot tell.
    #[serde(skip)]
    pub percent_decimals: u32,
    /// The percent's own qualifier, a bound for the check (`chiếm gần
    /// 40%`); `qualifier` is the count's when it has one. No SPEC §3
    /// column.
    #[serde(skip)]
    pub percent_qualifier: Qualifier,
    /// 100 × achieved / target, rounded to 2 decimals.
    #[serde(serialize_with = "crate::output::jsonl::number")]
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
    /// Where its figures are written. No SPEC §3 column.
    #[serde(skip)]
    pub figures: Figures,
}

/// Writes a number the way SPEC §3 asks: whole values without a decimal
/// part, others with `.` and no exponent.
pub fn format_number(v: f64) -> String {
    let mut s = String::new();
    push_number(v, &mut s);
    s
}

/// The magnitude from which a whole value is no longer written: 2^127,
/// past what an `i128` holds (and past anything a report states; such a
/// figure gets [`precision_note`] instead of digits).
pub const TOO_LARGE: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;

/// 2^53: past it an `f64` no longer holds every integer.
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;

/// [`format_number`], appended to `out`: the CSV writer formats every
/// number cell through one buffer. A whole value is written with every
/// digit of the value held, at any size (`9100000000000000`,
/// `10000000000000000`, `18446744073709551616`: never an exponent, never
/// the float's shortest digits padded with invented zeros); nothing for
/// one of [`TOO_LARGE`] or more, or not finite.
pub fn push_number(v: f64, out: &mut String) {
    use std::fmt::Write;
    if !v.is_finite() || v.abs() >= TOO_LARGE {
        return;
    }
    if v.fract() == 0.0 {
        // Exact: the value is whole and within i128. `-0` is `0`. Written
        // by `itoa`, and as an i64 where it fits (every count a report
        // gives): `write!` of an i128 went through the formatter and a
        // 128-bit division per digit, a fifth of rendering a CSV row.
        let mut digits = itoa::Buffer::new();
        out.push_str(if v.abs() < 9.0e18 {
            digits.format(v as i64)
        } else {
            digits.format(v as i128)
        });
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

/// The note a record's figures need when they are past what an `f64`
/// holds exactly: the digits written are those of the value held, which
/// may differ from the text's last digits. A value whose digits after
/// its 17 significant ones are zeros (`9.100 nghìn tỷ`, `10.000 nghìn
/// tỷ`) is held exactly as a report writes it and needs no note.
pub fn precision_note(values: &[Option<f64>]) -> Option<String> {
    let mut note = None;
    for v in values.iter().flatten().map(|v| v.abs()) {
        if !v.is_finite() || v >= TOO_LARGE {
            return Some("a figure too large to hold (2^127 or more) is left empty".into());
        }
        if v > EXACT_INTEGERS && format!("{v}") != format!("{}", v as i128) {
            note = Some(
                "a figure past 2^53 is held to 53 bits: its last digits may differ from the text"
                    .to_string(),
            );
        }
    }
    note
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

    /// Whole values are written with the exact digits of the value held
    /// (Rust's `{:.0}` is the exact decimal expansion), fractions as
    /// `Display`. Fails if a digit is invented (`18446744073709552000`),
    /// an exponent appears (`1e16`) or `.0` is added.
    #[test]
    fn every_whole_value_is_written_exactly_at_any_size() {
        let mut values = vec![0.0, 1.0, -1.0, 9.0, 10.0, -10.0, 2023.0, 1e15, -1e15];
        for e in 0..38 {
            let p = 10f64.powi(e);
            values.extend([p - 1.0, p, p + 1.0, -(p - 1.0), 7.0 * p]);
        }
        values.extend([
            9.1e15,
            2f64.powi(53) + 2.0,
            2f64.powi(64),
            -(2f64.powi(100)),
            // Either side of where an i64 is no longer used.
            8.999_999_999_999_999e18,
            -8.999_999_999_999_999e18,
            9.0e18,
            -9.0e18,
            2f64.powi(63),
            -(2f64.powi(63)),
        ]);
        for v in values {
            // `{:.0}` keeps the sign of -0; SPEC writes 0.
            let exact = format!("{:.0}", v + 0.0);
            assert_eq!(format_number(v), exact, "{v:?}");
        }
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(9.1e15), "9100000000000000");
        assert_eq!(format_number(1e16), "10000000000000000");
        assert_eq!(format_number(2f64.powi(64)), "18446744073709551616");
        assert_eq!(format_number(128.56), "128.56");
        assert_eq!(format_number(-0.25), "-0.25");
        let mut buf = String::from("x");
        push_number(42.0, &mut buf);
        push_number(f64::NAN, &mut buf);
        push_number(1e39, &mut buf);
        assert_eq!(buf, "x42");
    }

    /// Round figures past 2^53 are held exactly and need no note; others
    /// and those too large to hold get one.
    #[test]
    fn figures_past_what_a_float_holds_get_a_note() {
        assert_eq!(
            precision_note(&[Some(9.1e15), Some(1e16), None, Some(128.56)]),
            None
        );
        assert!(precision_note(&[Some(2f64.powi(64))]).is_some());
        assert!(precision_note(&[Some(12_345_678_901_234_567_891.0)]).is_some());
        assert!(precision_note(&[Some(1e39)]).unwrap().contains("too large"));
    }
}
