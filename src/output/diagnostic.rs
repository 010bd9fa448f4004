//! Compiler-style diagnostics for `chitieu check`: for each mismatch, a
//! headline with the arithmetic in Vietnamese notation, the place
//! (`--> file:line:column`, column in characters), the source line trimmed
//! around the claim, carets under the figures, and a hint naming the single
//! slips that would make the claim add up (found by [`crate::slips`]). Also
//! the one-line form of a passed claim and the closing summary. Colour is
//! the caller's decision ([`Style`]); this module never looks at terminals.

use std::fmt;
use std::io::{self, Write};

use crate::document::Document;
use crate::number::to_vietnamese;
use crate::record::{Check, Record};
use crate::slips::{self, fitting_whole, Role, Slip, Stated};

/// Whether to colour the output (ANSI escapes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Emit ANSI colour escapes.
    pub colour: bool,
}

impl Style {
    fn paint(self, code: &str, s: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn error(self, s: &str) -> String {
        self.paint("1;31", s)
    }
    fn good(self, s: &str) -> String {
        self.paint("1;32", s)
    }
    fn frame(self, s: &str) -> String {
        self.paint("1;34", s)
    }
    fn hint(self, s: &str) -> String {
        self.paint("1;36", s)
    }
    fn bold(self, s: &str) -> String {
        self.paint("1", s)
    }
}

/// Widest source excerpt shown, in characters; longer lines are trimmed
/// around the claim.
pub const EXCERPT_WIDTH: usize = 100;

/// Slips named per figure; the rest are counted.
pub const SLIPS_PER_FIGURE: usize = 3;

/// A document seen as characters and lines, as records count them.
pub struct Source<'a> {
    /// The document's name (path, `-` or id).
    pub name: &'a str,
    /// The text as characters: record offsets index this.
    pub chars: Vec<char>,
    /// Character offset of the first character of each line.
    line_starts: Vec<usize>,
    /// Where an HTML page's text stands in the page.
    map: Option<&'a crate::html::SourceMap>,
}

impl<'a> Source<'a> {
    /// Prepares a document.
    pub fn new(doc: &'a Document) -> Self {
        let chars: Vec<char> = doc.text.chars().collect();
        let mut line_starts = vec![0];
        line_starts.extend(
            chars
                .iter()
                .enumerate()
                .filter(|(_, &c)| c == '\n')
                .map(|(i, _)| i + 1),
        );
        Source {
            name: &doc.name,
            chars,
            line_starts,
            map: doc.source.as_ref(),
        }
    }

    /// The place to name for character offset `at`: 1-based line and
    /// column of the input file, which for an HTML page are the page's
    /// (the text read off it has lines of its own).
    pub fn location(&self, at: usize) -> (usize, usize) {
        self.map
            .and_then(|m| m.position(at))
            .unwrap_or_else(|| self.position(at))
    }

    /// 1-based line and column (in characters) of character offset `at`.
    pub fn position(&self, at: usize) -> (usize, usize) {
        let at = at.min(self.chars.len());
        let line = self.line_starts.partition_point(|&s| s <= at).max(1);
        (line, at - self.line_starts[line - 1] + 1)
    }

    /// Character range of 1-based `line`, without its `\n`.
    fn line_range(&self, line: usize) -> (usize, usize) {
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let end = self
            .line_starts
            .get(line)
            .map_or(self.chars.len(), |&s| s - 1);
        (start, end.max(start))
    }
}

/// Counts for the summary line (and the report's totals).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Documents read.
    pub documents: usize,
    /// Inputs that could not be read.
    pub failed: usize,
    /// Records.
    pub claims: usize,
    /// Records whose arithmetic was checked (ok or mismatch).
    pub checked: usize,
    /// Records that did not add up.
    pub mismatches: usize,
}

impl Summary {
    /// Counts one document and its records.
    pub fn add(&mut self, records: &[Record]) {
        self.documents += 1;
        self.claims += records.len();
        self.checked += records
            .iter()
            .filter(|r| r.check != Check::Unchecked)
            .count();
        self.mismatches += records
            .iter()
            .filter(|r| r.check == Check::Mismatch)
            .count();
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, {}, {} checked, {}",
            plural(self.documents, "document", "documents"),
            plural(self.claims, "claim", "claims"),
            self.checked,
            plural(self.mismatches, "mismatch", "mismatches"),
        )?;
        if self.failed > 0 {
            write!(
                f,
                ", {}",
                plural(self.failed, "input failed", "inputs failed")
            )?;
        }
        Ok(())
    }
}

/// A value in Vietnamese notation, with as many decimals as it needs (up to
/// two): `2.134`, `62,4`.
fn vn(v: f64) -> String {
    let d = (0..2)
        .find(|&d| (v * 10f64.powi(d as i32)).fract().abs() < 1e-9)
        .unwrap_or(2);
    to_vietnamese(v, d)
}

/// A percent computed from the figures: always two decimals (`118,56%`).
fn computed(v: f64) -> String {
    format!("{}%", to_vietnamese(v, 2))
}

/// A figure as the text writes it, else the record's value in Vietnamese
/// notation; a scaled figure (`3,1 tỷ`) in full, so that it reads right
/// beside a whole in đồng.
fn written(st: &Stated, role: Role, value: Option<f64>) -> Option<String> {
    st.get(role)
        .map(|f| {
            if f.scale == Some(1.0) {
                f.written.clone()
            } else {
                vn(f.value)
            }
        })
        .or_else(|| value.map(vn))
}

/// The stated percent as written, qualifier included (`gần 40%`).
fn stated_percent(st: &Stated, r: &Record) -> Option<String> {
    let p = written(st, Role::Percent, r.percent)?;
    Some(match &st.qualifier_word {
        // `75% trở lên`: an after-word follows the figure.
        Some(w) if st.qualifier_after => format!("{p}% {w}"),
        Some(w) => format!("{w} {p}%"),
        None => format!("{p}%"),
    })
}

/// The claim's count as written: `2134/1800`, or `58` without a whole.
fn count_part(st: &Stated, r: &Record) -> Option<String> {
    let a = written(st, Role::Achieved, r.achieved)?;
    Some(match written(st, Role::Target, r.target) {
        Some(t) => format!("{a}/{t}"),
        None => a,
    })
}

/// The arithmetic of a checked claim in one line, Vietnamese notation:
/// `2134/1800 = 118,56%, the text says 128,56%`.
pub fn headline(st: &Stated, r: &Record) -> String {
    let fallback = || r.note.clone().unwrap_or_else(|| "no arithmetic".into());
    let (Some(a), Some(p), Some(sp)) = (r.achieved, r.percent, stated_percent(st, r)) else {
        return fallback();
    };
    let aw = written(st, Role::Achieved, Some(a)).unwrap_or_default();
    match r.target {
        Some(t) if t != 0.0 => format!(
            "{} = {}, the text says {sp}",
            count_part(st, r).unwrap_or_default(),
            computed(100.0 * a / t)
        ),
        Some(_) => fallback(),
        None => {
            let d = st.percent.as_ref().map_or(2, |f| f.decimals);
            if let Some(t) = fitting_whole(a, p, d, st.percent_qualifier) {
                return format!(
                    "{aw}/{} = {} (a whole target of {} fits), the text says {sp}",
                    vn(t),
                    computed(100.0 * a / t),
                    vn(t)
                );
            }
            if a <= 0.0 || p <= 0.0 {
                return fallback();
            }
            let t0 = 100.0 * a / p;
            let (lo, hi) = (t0.floor().max(1.0), t0.ceil().max(1.0));
            let mut near = format!("{aw}/{} = {}", vn(lo), computed(100.0 * a / lo));
            if hi != lo {
                near.push_str(&format!(", {aw}/{} = {}", vn(hi), computed(100.0 * a / hi)));
            }
            format!("no whole target gives {sp}: {near}")
        }
    }
}

/// How a slip reads: `118,56% for 128,56% (one digit changed)`.
pub fn describe_slip(st: &Stated, r: &Record, s: &Slip) -> String {
    let (now, was) = match s.role {
        Role::Percent => (stated_percent(&s.fixed, r), stated_percent(st, r)),
        Role::Achieved | Role::Target => (count_part(&s.fixed, r), count_part(st, r)),
    };
    format!(
        "{} for {} ({})",
        now.unwrap_or_default(),
        was.unwrap_or_default(),
        s.kind.describe()
    )
}

/// The hint lines naming the slips, at most [`SLIPS_PER_FIGURE`] per
/// figure; empty when the figures could not be read from the text.
pub fn hint_lines(st: &Stated, r: &Record) -> Vec<String> {
    if st.adds_up() != Some(false) {
        return Vec::new();
    }
    let all = slips::slips(st);
    let mut lines = Vec::new();
    for role in [Role::Percent, Role::Achieved, Role::Target] {
        let of_role: Vec<&Slip> = all.iter().filter(|s| s.role == role).collect();
        for s in of_role.iter().take(SLIPS_PER_FIGURE) {
            lines.push(describe_slip(st, r, s));
        }
        if of_role.len() > SLIPS_PER_FIGURE {
            let figure = match role {
                Role::Percent => "percent",
                Role::Achieved => "count",
                Role::Target => "whole",
            };
            lines.push(format!(
                "… and {} more in the {figure}",
                of_role.len() - SLIPS_PER_FIGURE
            ));
        }
    }
    lines
}

/// Replaces control characters (a stray ESC would drive the terminal) and
/// tabs by spaces, one for one, so columns stay true.
fn printable(chars: &[char]) -> String {
    chars
        .iter()
        .map(|&c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The part of `line` to show around `marks` (line-relative character
/// ranges), with `…` where it was cut, and the marks moved to match.
fn excerpt(line: &[char], marks: &[(usize, usize)]) -> (String, Vec<(usize, usize)>) {
    let len = line.len();
    if len <= EXCERPT_WIDTH || marks.is_empty() {
        return (printable(line), marks.to_vec());
    }
    let focus = (
        marks.iter().map(|m| m.0).min().unwrap_or(0).min(len),
        marks.iter().map(|m| m.1).max().unwrap_or(0).min(len),
    );
    let flen = focus.1.saturating_sub(focus.0);
    let room = EXCERPT_WIDTH.saturating_sub(flen).max(40);
    let want = flen + room;
    let mut from = focus.0.saturating_sub(room / 2);
    let mut to = (from + want).min(len);
    from = from.min(to.saturating_sub(want));
    // Cut at a space near the edge, not in a word, when one is close.
    if from > 0 {
        if let Some(i) = (from..(from + 12).min(focus.0)).find(|&i| line[i] == ' ') {
            from = i + 1;
        }
    }
    if to < len {
        if let Some(i) = (to.saturating_sub(12).max(focus.1)..to)
            .rev()
            .find(|&i| line[i] == ' ')
        {
            to = i;
        }
    }
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < len { "…" } else { "" };
    let shift = |p: usize| p.clamp(from, to) - from + lead.chars().count();
    let moved = marks.iter().map(|&(s, e)| (shift(s), shift(e))).collect();
    (format!("{lead}{}{tail}", printable(&line[from..to])), moved)
}

/// The caret line under `marks` (sorted, non-overlapping).
fn carets(marks: &[(usize, usize)]) -> String {
    let mut out = String::new();
    let mut at = 0;
    let mut sorted = marks.to_vec();
    sorted.sort();
    for (s, e) in sorted {
        if e <= s || s < at {
            continue;
        }
        out.push_str(&" ".repeat(s - at));
        out.push_str(&"^".repeat(e - s));
        at = e;
    }
    out
}

/// A document name safe for a terminal.
fn safe_name(name: &str) -> String {
    printable(&name.chars().collect::<Vec<_>>())
}

/// Writes the diagnostic of one mismatched record.
pub fn write_mismatch<W: Write>(
    out: &mut W,
    src: &Source,
    r: &Record,
    style: Style,
) -> io::Result<()> {
    let st = Stated::of(r);
    let (line, _) = src.position(r.start);
    // The file's line names the place and heads the excerpt; the excerpt
    // is the text's line (for a page, the paragraph as read).
    let (file_line, col) = src.location(r.start);
    let gutter = file_line.to_string().len();
    let pad = " ".repeat(gutter);
    writeln!(
        out,
        "{}{}",
        style.error("mismatch"),
        style.bold(&format!(": {}", headline(&st, r)))
    )?;
    writeln!(
        out,
        "{pad}{} {}:{file_line}:{col}",
        style.frame("-->"),
        safe_name(src.name)
    )?;
    let (ls, le) = src.line_range(line);
    let figures: Vec<(usize, usize)> = [Role::Achieved, Role::Target, Role::Percent]
        .iter()
        .filter_map(|&role| st.get(role).map(|f| (f.start, f.end)))
        .collect();
    let spans = if figures.is_empty() {
        vec![(r.start, r.end)]
    } else {
        figures
    };
    let marks: Vec<(usize, usize)> = spans
        .into_iter()
        .filter(|&(s, _)| s >= ls && s <= le)
        .map(|(s, e)| (s - ls, e.min(le) - ls))
        .collect();
    let (shown, marks) = excerpt(&src.chars[ls..le], &marks);
    let bar = style.frame("|");
    writeln!(out, "{pad} {bar}")?;
    writeln!(out, "{} {bar} {shown}", style.frame(&file_line.to_string()))?;
    writeln!(
        out,
        "{pad} {bar} {}",
        style.error(carets(&marks).trim_end())
    )?;
    let hints = hint_lines(&st, r);
    let label = style.hint("hint");
    match hints.as_slice() {
        [] if st.adds_up() == Some(false) => writeln!(
            out,
            "{pad} = {label}: no single slip (one digit changed, or two neighbouring digits swapped) makes it add up"
        )?,
        [] => {}
        [one] => writeln!(out, "{pad} = {label}: one slip would make it add up: {one}")?,
        many => {
            writeln!(out, "{pad} = {label}: one slip would make it add up, any of:")?;
            for h in many {
                writeln!(out, "{pad}         {h}")?;
            }
        }
    }
    writeln!(out)
}

/// Writes the one-line form of a claim that passed its check.
pub fn write_passed<W: Write>(
    out: &mut W,
    src: &Source,
    r: &Record,
    style: Style,
) -> io::Result<()> {
    let st = Stated::of(r);
    let (line, col) = src.location(r.start);
    writeln!(
        out,
        "{}: {}:{line}:{col}: {}",
        style.good("ok"),
        safe_name(src.name),
        headline(&st, r)
    )
}

/// Writes the summary line.
pub fn write_summary<W: Write>(out: &mut W, s: &Summary, style: Style) -> io::Result<()> {
    let label = if s.mismatches > 0 || s.failed > 0 {
        style.error("summary")
    } else {
        style.good("summary")
    };
    writeln!(out, "{label}: {s}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "Với cách làm đó, công tác phát triển đoàn viên, thành lập CĐCS quận đạt được thành tích nổi bật, cụ thể: kết nạp được 2134/1800 đoàn viên (đạt 128,56%); thành lập 30/20 CĐCS (đạt 150% kế hoạch).";

    /// The document and its mismatched record, as extraction makes them.
    fn mismatch_of(doc: Document) -> (Document, Record) {
        let records = crate::extract(&doc, &crate::Options::default());
        let r = records
            .into_iter()
            .find(|r| r.check == Check::Mismatch)
            .expect("a mismatch");
        (doc, r)
    }

    fn thanh_xuan() -> (Document, Record) {
        mismatch_of(Document::new(
            "thanh-xuan.txt",
            format!("Tiêu đề\n{LINE}\n"),
        ))
    }

    fn render(doc: &Document, r: &Record, style: Style) -> String {
        let mut out = Vec::new();
        let src = Source::new(doc);
        write_mismatch(&mut out, &src, r, style).unwrap_or_default();
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn thanh_xuan_diagnostic_names_place_arithmetic_and_both_slips() {
        let (doc, r) = thanh_xuan();
        let text = render(&doc, &r, Style::default());
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "mismatch: 2134/1800 = 118,56%, the text says 128,56%"
        );
        let col = LINE.chars().position(|c| c == '2').map_or(0, |p| p + 1);
        assert_eq!(lines[1], format!(" --> thanh-xuan.txt:2:{col}"));
        assert!(text.contains("118,56% for 128,56% (one digit changed)"));
        assert!(text.contains("2314/1800 for 2134/1800 (two neighbouring digits swapped)"));
        assert!(!text.contains('\x1b'), "plain style has no escapes");
    }

    #[test]
    fn carets_stand_under_the_figures_of_a_trimmed_line() {
        let (doc, r) = thanh_xuan();
        let text = render(&doc, &r, Style::default());
        let lines: Vec<&str> = text.lines().collect();
        let (src, marks) = (lines[3], lines[4]);
        // The line is longer than the excerpt: trimmed, with `…`.
        assert!(LINE.chars().count() > EXCERPT_WIDTH);
        assert!(src.starts_with("2 | …"), "{src}");
        let under = |pat: &str| {
            let at = src.find(pat).map(|b| src[..b].chars().count());
            at.map(|c| {
                marks
                    .chars()
                    .skip(c)
                    .take(pat.chars().count())
                    .collect::<String>()
            })
        };
        assert_eq!(under("2134").as_deref(), Some("^^^^"));
        assert_eq!(under("1800").as_deref(), Some("^^^^"));
        assert_eq!(under("128,56%").as_deref(), Some("^^^^^^^"));
        assert_eq!(under("/1800").map(|s| s.chars().next()), Some(Some(' ')));
    }

    #[test]
    fn colour_is_only_there_when_asked() {
        let (doc, r) = thanh_xuan();
        let text = render(&doc, &r, Style { colour: true });
        assert!(text.contains("\x1b[1;31mmismatch\x1b[0m"));
    }

    #[test]
    fn control_characters_in_the_text_never_reach_the_terminal() {
        let text = format!("Tiêu đề\n{}\n", LINE.replacen("Với", "\x1b[2J", 1));
        let (doc, r) = mismatch_of(Document::new("thanh-xuan.txt", text));
        let text = render(&doc, &r, Style::default());
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn excerpt_cuts_on_character_boundaries_around_the_claim() {
        let line: Vec<char> = "ầ".repeat(300).chars().collect();
        let (shown, marks) = excerpt(&line, &[(150, 160)]);
        assert!(shown.chars().count() <= EXCERPT_WIDTH + 2);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(marks[0].1 - marks[0].0, 10);
    }

    #[test]
    fn summary_counts_and_plurals() {
        let mut s = Summary::default();
        let rec = |check| Record {
            check,
            ..Record::default()
        };
        s.add(&[rec(Check::Mismatch), rec(Check::Ok), rec(Check::Unchecked)]);
        assert_eq!(s.to_string(), "1 document, 3 claims, 2 checked, 1 mismatch");
        s.failed = 2;
        assert!(s.to_string().ends_with(", 2 inputs failed"));
    }

    #[test]
    fn a_bare_percent_without_a_fitting_whole_says_so() {
        let doc = Document::new("x", "Thành lập 7 CĐCS, đạt 33,8% kế hoạch.");
        let (_, r) = mismatch_of(doc);
        let st = Stated::of(&r);
        assert_eq!(
            headline(&st, &r),
            "no whole target gives 33,8%: 7/20 = 35,00%, 7/21 = 33,33%"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
        /// Any text and any record, however its offsets or values disagree
        /// with the text, gives a diagnostic and no panic.
        #[test]
        fn any_record_on_any_text_renders(
            text in "[0-9 .,/%a-zđạ\n]{0,300}",
            start in 0usize..400,
            len in 0usize..200,
            a in proptest::option::of(0.0f64..1e7),
            t in proptest::option::of(-1.0f64..1e5),
            p in proptest::option::of(0.0f64..1e3),
        ) {
            let doc = Document::new("x", &text);
            let r = Record { start, end: start + len, achieved: a, target: t, percent: p,
                check: Check::Mismatch, ..Record::default() };
            let out = render(&doc, &r, Style::default());
            proptest::prop_assert!(out.starts_with("mismatch: "));
        }
    }
}
