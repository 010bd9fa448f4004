//! The HTML audit report of `chitieu report`: one self-contained page
//! (inline CSS and JS, no external asset, opens offline) with the totals
//! and a table of mismatches linking to their place at the top, then each
//! document's body text with every claim highlighted by its check (ok,
//! mismatch, unchecked: colours that stay apart for colour-blind readers,
//! a border style and a text marker ✓ ✗ · besides) and the record's fields
//! shown on hover and on keyboard focus. Every piece of input text (article
//! text, names, quotes, notes) goes through [`escape`]: an article holding
//! `<script>` shows it as text.

use std::io::{self, Write};

use crate::body;
use crate::document::Document;
use crate::input::InputError;
use crate::output::diagnostic::{headline, hint_lines, Source, Summary};
use crate::record::{format_number, Check, Record};
use crate::slips::Stated;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL and other C0 controls are no text; U+FFFD shows there was one.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Everything the report shows: documents with their records, and the
/// inputs that failed, in input order.
#[derive(Debug, Default)]
pub struct Report {
    docs: Vec<(Document, Vec<Record>)>,
    failed: Vec<InputError>,
    all_text: bool,
}

impl Report {
    /// An empty report; `all_text` as given to the extraction (the whole
    /// text is then shown, not only the article body).
    pub fn new(all_text: bool) -> Self {
        Report {
            all_text,
            ..Report::default()
        }
    }

    /// Adds a document and its records.
    pub fn add(&mut self, doc: Document, records: Vec<Record>) {
        self.docs.push((doc, records));
    }

    /// Adds an input that could not be read.
    pub fn fail(&mut self, err: InputError) {
        self.failed.push(err);
    }

    /// The totals.
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for (_, records) in &self.docs {
            s.add(records);
        }
        s.failed = self.failed.len();
        s
    }

    /// Writes the page.
    pub fn write<W: Write>(&self, out: &mut W) -> io::Result<()> {
        let s = self.summary();
        let title = format!(
            "chitieu audit: {} in {}",
            plural(s.mismatches, "mismatch", "mismatches"),
            plural(s.documents, "document", "documents")
        );
        write!(out, "{}", head(&escape(&title)))?;
        writeln!(out, "<header>\n<h1>{}</h1>", escape(&title))?;
        self.write_totals(out, &s)?;
        self.write_mismatch_table(out)?;
        self.write_failed(out)?;
        writeln!(out, "{LEGEND}\n</header>\n<main>")?;
        for (i, (doc, records)) in self.docs.iter().enumerate() {
            self.write_document(out, i, doc, records)?;
        }
        writeln!(
            out,
            "</main>\n<footer>Made by chitieu {}. Every figure is checked as SPEC §3 says; a slip hint names single keystroke errors that would make the figures add up.</footer>\n<script>{SCRIPT}</script>\n</body>\n</html>",
            env!("CARGO_PKG_VERSION")
        )
    }

    fn write_totals<W: Write>(&self, out: &mut W, s: &Summary) -> io::Result<()> {
        let ok = self.count(Check::Ok);
        let unchecked = self.count(Check::Unchecked);
        writeln!(out, "<dl class=\"totals\">")?;
        for (label, n, class) in [
            ("documents", s.documents, ""),
            ("claims", s.claims, ""),
            ("checked", s.checked, ""),
            ("✓ ok", ok, " ok"),
            ("✗ mismatches", s.mismatches, " mismatch"),
            ("· unchecked", unchecked, " unchecked"),
            ("failed inputs", s.failed, ""),
        ] {
            writeln!(
                out,
                "<div class=\"total{class}\"><dt>{label}</dt><dd>{n}</dd></div>"
            )?;
        }
        writeln!(out, "</dl>")
    }

    fn count(&self, check: Check) -> usize {
        self.docs
            .iter()
            .flat_map(|(_, rs)| rs)
            .filter(|r| r.check == check)
            .count()
    }

    fn write_mismatch_table<W: Write>(&self, out: &mut W) -> io::Result<()> {
        writeln!(out, "<section id=\"mismatches\">\n<h2>Mismatches</h2>")?;
        let any = self
            .docs
            .iter()
            .any(|(_, rs)| rs.iter().any(|r| r.check == Check::Mismatch));
        if !any {
            return writeln!(
                out,
                "<p class=\"none\">No mismatch: every checked claim adds up.</p>\n</section>"
            );
        }
        writeln!(
            out,
            "<table class=\"mismatches\">\n<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Claim</th><th scope=\"col\">Arithmetic</th><th scope=\"col\">A single slip that would make it add up</th></tr></thead>\n<tbody>"
        )?;
        for (d, (doc, records)) in self.docs.iter().enumerate() {
            let src = Source::new(doc);
            for (c, r) in records.iter().enumerate() {
                if r.check != Check::Mismatch {
                    continue;
                }
                let st = Stated::of(r);
                let (line, col) = src.position(r.start);
                let hints = hint_lines(&st, r);
                let hints = if hints.is_empty() {
                    "none found".to_string()
                } else {
                    hints
                        .iter()
                        .map(|h| escape(h))
                        .collect::<Vec<_>>()
                        .join("<br>")
                };
                writeln!(
                    out,
                    "<tr><td><a href=\"#{id}\">{name}:{line}:{col}</a></td><td class=\"quote\">{claim}</td><td>{arith}</td><td>{hints}</td></tr>",
                    id = claim_id(d, c),
                    name = escape(&doc.name),
                    claim = escape(&claim_text(&src, r)),
                    arith = escape(&headline(&st, r)),
                )?;
            }
        }
        writeln!(out, "</tbody>\n</table>\n</section>")
    }

    fn write_failed<W: Write>(&self, out: &mut W) -> io::Result<()> {
        if self.failed.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "<section id=\"failed\">\n<h2>Inputs that could not be read</h2>\n<ul>"
        )?;
        for e in &self.failed {
            writeln!(
                out,
                "<li><code>{}</code>: {}</li>",
                escape(&e.name),
                escape(&e.reason)
            )?;
        }
        writeln!(out, "</ul>\n</section>")
    }

    fn write_document<W: Write>(
        &self,
        out: &mut W,
        d: usize,
        doc: &Document,
        records: &[Record],
    ) -> io::Result<()> {
        let src = Source::new(doc);
        let mut s = Summary::default();
        s.add(records);
        writeln!(
            out,
            "<article class=\"doc\" id=\"d{d}\">\n<h2>{}</h2>\n<p class=\"counts\">{}</p>",
            escape(&doc.name),
            escape(&s.to_string().replacen("1 document, ", "", 1))
        )?;
        let (from, to) = self.shown_range(doc, &src, records);
        if from > 0 {
            writeln!(
                out,
                "<p class=\"skipped\">{} before the article body not shown (page furniture).</p>",
                plural(src.position(from).0 - 1, "line", "lines")
            )?;
        }
        write!(out, "<div class=\"text\" lang=\"vi\">")?;
        let mut at = from;
        for (c, r) in records.iter().enumerate() {
            // Claims are in text order and do not overlap; clip if they do.
            let start = r.start.clamp(at, to);
            let end = r.end.clamp(start, to);
            if end == start {
                continue;
            }
            write!(out, "{}", escape(&text(&src, at, start)))?;
            write_claim(out, &src, d, c, r, start, end)?;
            at = end;
        }
        write!(out, "{}", escape(&text(&src, at, to)))?;
        writeln!(out, "</div>")?;
        let total_lines = src.position(src.chars.len()).0;
        let last = src.position(to).0;
        if to < src.chars.len() && total_lines > last {
            writeln!(
                out,
                "<p class=\"skipped\">{} after the article body not shown (page furniture, other articles).</p>",
                plural(total_lines - last, "line", "lines")
            )?;
        }
        writeln!(out, "</article>")
    }

    /// The character range shown for a document: its article body (or the
    /// whole text with `--all-text`), widened to take in every record.
    fn shown_range(&self, doc: &Document, src: &Source, records: &[Record]) -> (usize, usize) {
        let lines = body::cut(&doc.text, self.all_text);
        let to_char = |byte: usize| doc.text.get(..byte).map_or(0, |s| s.chars().count());
        let (mut from, mut to) = match (lines.first(), lines.last()) {
            (Some(f), Some(l)) => (to_char(f.start), to_char(l.end)),
            _ => (0, src.chars.len()),
        };
        for r in records {
            from = from.min(r.start);
            to = to.max(r.end);
        }
        let n = src.chars.len();
        (from.min(n), to.min(n))
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn claim_id(d: usize, c: usize) -> String {
    format!("d{d}-c{c}")
}

fn text(src: &Source, from: usize, to: usize) -> String {
    src.chars
        .get(from..to.max(from))
        .map_or_else(String::new, |cs| cs.iter().collect())
}

/// The claim's figures as written, shortened for the table.
fn claim_text(src: &Source, r: &Record) -> String {
    let n = src.chars.len();
    let s = text(src, r.start.min(n), r.end.min(n));
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 90 {
        format!("{}…", s.chars().take(89).collect::<String>())
    } else {
        s
    }
}

fn write_claim<W: Write>(
    out: &mut W,
    src: &Source,
    d: usize,
    c: usize,
    r: &Record,
    start: usize,
    end: usize,
) -> io::Result<()> {
    let id = claim_id(d, c);
    let (class, marker) = match r.check {
        Check::Ok => ("ok", "✓"),
        Check::Mismatch => ("mismatch", "✗"),
        Check::Unchecked => ("unchecked", "·"),
    };
    write!(
        out,
        "<mark class=\"claim {class}\" id=\"{id}\" tabindex=\"0\" aria-describedby=\"{id}-tip\"><span class=\"sym\" aria-hidden=\"true\">{marker}</span>{}",
        escape(&text(src, start, end))
    )?;
    write!(
        out,
        "<span class=\"tip\" role=\"tooltip\" id=\"{id}-tip\"><span class=\"tip-head\">{marker} {}</span>",
        r.check.as_str()
    )?;
    if r.check != Check::Unchecked {
        let st = Stated::of(r);
        field(out, "arithmetic", Some(headline(&st, r)))?;
        if r.check == Check::Mismatch {
            let hints = hint_lines(&st, r);
            if !hints.is_empty() {
                field(out, "single slip", Some(hints.join("; ")))?;
            }
        }
    }
    let num = |v: Option<f64>| v.map(format_number);
    let word = |s: &str| (!s.is_empty()).then(|| s.to_string());
    field(out, "line", Some(r.line.to_string()))?;
    field(out, "unit", r.unit.clone())?;
    field(out, "year", r.year.map(|y| y.to_string()))?;
    field(out, "metric", r.metric.clone())?;
    field(out, "subject", r.subject.clone())?;
    field(out, "achieved", num(r.achieved))?;
    field(out, "target", num(r.target))?;
    field(out, "percent", num(r.percent))?;
    field(out, "computed_percent", num(r.computed_percent))?;
    field(out, "qualifier", word(r.qualifier.as_str()))?;
    field(out, "kind", Some(r.kind.as_str().to_string()))?;
    field(out, "measure", Some(r.measure.as_str().to_string()))?;
    field(out, "basis", word(r.basis.as_str()))?;
    field(out, "note", r.note.clone())?;
    write!(out, "</span></mark>")
}

fn field<W: Write>(out: &mut W, key: &str, value: Option<String>) -> io::Result<()> {
    match value {
        Some(v) => write!(
            out,
            "<span class=\"f\"><span class=\"k\">{key}</span> <span class=\"v\">{}</span></span>",
            escape(&v)
        ),
        None => Ok(()),
    }
}

const LEGEND: &str = "<p class=\"legend\">In the text below: <mark class=\"claim ok\"><span class=\"sym\" aria-hidden=\"true\">✓</span>ok</mark> the figures add up, <mark class=\"claim mismatch\"><span class=\"sym\" aria-hidden=\"true\">✗</span>mismatch</mark> they do not, <mark class=\"claim unchecked\"><span class=\"sym\" aria-hidden=\"true\">·</span>unchecked</mark> nothing to check. Hover over a claim, or reach it with Tab, to see its record.</p>";

fn head(title: &str) -> String {
    format!(
        "<!DOCTYPE html>
<html lang=\"vi\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">
<meta name=\"generator\" content=\"chitieu\">
<title>{title}</title>
<style>{CSS}</style>
</head>
<body>
"
    )
}

/// Colours from the Okabe–Ito palette (blue, vermilion, grey), told apart
/// by deuteranopes and protanopes too; each state also has its own border
/// style and marker, so nothing rests on colour alone.
const CSS: &str = r#"
:root { color-scheme: light; --ok: #0072b2; --ok-bg: #e1eef8; --bad: #c04000; --bad-bg: #ffe0cc; --un: #6b6b6b; --un-bg: #efefef; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem 2rem 4rem; font: 16px/1.6 "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 1rem; }
.total { border: 1px solid #ccc; border-radius: .4rem; padding: .3rem .8rem; min-width: 7rem; }
.total dt { font-size: .8rem; color: #555; }
.total dd { margin: 0; font-size: 1.4rem; font-weight: 700; }
.total.ok dd { color: var(--ok); } .total.mismatch dd { color: var(--bad); } .total.unchecked dd { color: var(--un); }
table.mismatches { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.mismatches th, table.mismatches td { border: 1px solid #ccc; padding: .35rem .5rem; text-align: left; vertical-align: top; }
table.mismatches th { background: #f4f4f4; }
table.mismatches td.quote { font-style: italic; }
a { color: #00588a; }
a:focus-visible, .claim:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
.legend { font-size: .92rem; color: #333; }
.doc { border-top: 2px solid #ddd; margin-top: 2rem; }
.counts, .skipped { color: #555; font-size: .9rem; margin: .2rem 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1rem; line-height: 1.9; }
.claim { position: relative; color: inherit; border-radius: .2rem; padding: 0 .15rem; cursor: help; }
.claim .sym { font-weight: 700; margin-right: .15rem; }
.claim.ok { background: var(--ok-bg); border-bottom: 2px solid var(--ok); }
.claim.ok .sym { color: var(--ok); }
.claim.mismatch { background: var(--bad-bg); outline: 2px dashed var(--bad); font-weight: 700; }
.claim.mismatch .sym { color: var(--bad); }
.claim.unchecked { background: var(--un-bg); border-bottom: 2px dotted var(--un); }
.claim.unchecked .sym { color: var(--un); }
.tip { display: none; position: absolute; z-index: 10; left: 0; top: calc(100% + .3rem); width: 30rem; max-width: 80vw; padding: .5rem .7rem; white-space: normal; font-weight: 400; font-size: .85rem; line-height: 1.4; color: #111; background: #fffef5; border: 1px solid #888; border-radius: .3rem; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.claim:hover .tip, .claim:focus .tip, .claim:focus-within .tip { display: block; }
.tip-head { display: block; font-weight: 700; margin-bottom: .2rem; }
.tip .f { display: grid; grid-template-columns: 8.5rem 1fr; column-gap: .5rem; }
.tip .k { color: #555; }
footer { margin-top: 3rem; font-size: .8rem; color: #666; }
@media print { .tip { display: none !important; } }
"#;

/// Following a link to a claim puts the keyboard focus on it, so its
/// fields show and Tab goes on from there. The `js` class on the root says
/// the page's own script ran (tests rely on it).
const SCRIPT: &str = r#"
(function () {
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (el && el.classList.contains("claim")) { el.focus(); }
  }
  window.addEventListener("hashchange", focusTarget);
  focusTarget();
  document.documentElement.classList.add("js");
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Options};

    fn page(text: &str) -> String {
        let doc = Document::new("bài <b>viết</b>.txt", text);
        let records = extract(&doc, &Options::default());
        let mut report = Report::new(false);
        report.add(doc, records);
        let mut out = Vec::new();
        report.write(&mut out).unwrap_or_default();
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape("<img src=x onerror=\"a('b')\"> & "),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; "
        );
    }

    #[test]
    fn input_markup_is_text_in_the_page() {
        let html = page("LĐLĐ quận kết nạp được 2134/1800 đoàn viên (đạt 128,56%) <script>document.title='pwned'</script><img src=x onerror=alert(1)>.\n");
        assert!(!html.contains("<script>document.title"));
        assert!(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
        assert!(!html.contains("<img"));
        assert!(!html.contains("<b>viết"));
        // The page's own script is the only one.
        assert_eq!(html.matches("<script>").count(), 1);
    }

    #[test]
    fn the_mismatch_is_in_the_table_and_highlighted_in_the_text() {
        let html = page("Kết nạp được 2134/1800 đoàn viên (đạt 128,56%); thành lập 30/20 CĐCS (đạt 150% kế hoạch).\n");
        assert!(html.contains("<a href=\"#d0-c0\">"));
        assert!(html.contains("2134/1800 = 118,56%, the text says 128,56%"));
        assert!(html.contains("<mark class=\"claim mismatch\" id=\"d0-c0\" tabindex=\"0\""));
        assert!(html.contains("<mark class=\"claim ok\" id=\"d0-c1\" tabindex=\"0\""));
        assert!(html.contains("118,56% for 128,56%"));
        assert!(html.contains("2314/1800 for 2134/1800"));
        // No external asset: nothing is fetched from anywhere.
        assert!(!html.contains("src="));
        assert!(!html.contains("href=\"http"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(100))]
        /// Whatever the text and however wrong the records' offsets, the page
        /// is written and holds no markup from the input.
        #[test]
        fn any_text_and_offsets_give_a_page(
            text in "[0-9 .,/%<>&a-zđạ\n]{0,300}",
            spans in proptest::collection::vec((0usize..400, 0usize..100), 0..6),
        ) {
            let doc = Document::new("x", &text);
            let records = spans.iter().map(|&(s, l)| Record {
                start: s, end: s + l, achieved: Some(1.0), percent: Some(5.0),
                check: Check::Mismatch, ..Record::default()
            }).collect();
            let mut report = Report::new(false);
            report.add(doc, records);
            let mut out = Vec::new();
            proptest::prop_assert!(report.write(&mut out).is_ok());
            let html = String::from_utf8_lossy(&out);
            let body = html.split("<div class=\"text\" lang=\"vi\">").nth(1).unwrap_or("");
            let body = body.split("</div>").next().unwrap_or("");
            proptest::prop_assert!(!body.replace("<mark", "").replace("</mark>", "")
                .replace("<span", "").replace("</span>", "").contains('<'));
        }
    }
}
