//! chitieu: turns the statistical claims of Vietnamese reports into typed,
//! checked records (see `SPEC.md`).
//!
//! The pipeline runs one way, one module per stage:
//! [`document`] (normalised text) → [`body`] (article lines, no furniture) →
//! [`segment`] (sentences, clauses, tokens) → [`number`] (Vietnamese
//! numerals) → [`claim`] (figures grouped into claims) → [`context`] (unit,
//! year, metric) → [`check`] (arithmetic) → [`record`] → [`output`].
//! Word lists live in [`lexicon`].

pub mod body;
pub mod check;
pub mod claim;
pub mod context;
pub mod document;
pub mod input;
pub mod lexicon;
pub mod number;
pub mod output;
pub mod parallel;
pub mod record;
pub mod segment;

pub use document::Document;
pub use record::Record;

use claim::Claim;
use context::DocContext;

/// Options of the extraction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Keep the text after the page furniture too.
    pub all_text: bool,
}

/// Extracts the records of one document, in text order.
pub fn extract(doc: &Document, opts: &Options) -> Vec<Record> {
    let text = doc.text.as_str();
    let lines = body::cut(text, opts.all_text);
    let sentences = segment::sentences(text, &lines);
    let claims = claim::recognise(text, &sentences);
    let ctx = DocContext::new(text, &sentences);

    let mut attributed: Vec<(Claim, Option<String>)> = claims
        .into_iter()
        .map(|c| {
            let m = context::metric(&c);
            (c, m)
        })
        .collect();
    dedupe(&mut attributed);

    let mut offsets = CharOffsets::new(text);
    attributed
        .into_iter()
        .map(|(c, metric)| {
            let s = &sentences[c.sentence];
            let verdict = check::check(&c);
            let (start, line) = offsets.at(c.start);
            let (end, _) = offsets.at(c.end);
            Record {
                doc: doc.name.clone(),
                line,
                start,
                end,
                unit: ctx.unit_for(s, c.start),
                year: ctx.year_for(s, c.start, c.kind),
                metric,
                subject: c.subject.clone(),
                achieved: c.achieved,
                target: c.target,
                percent: c.percent,
                computed_percent: verdict.computed_percent,
                qualifier: c.qualifier,
                kind: c.kind,
                measure: c.measure,
                basis: c.basis,
                check: verdict.check,
                note: verdict.note.or(c.note.clone()),
                quote: text[c.quote.clone()].trim().to_string(),
            }
        })
        .collect()
}

/// How many of achieved, target and percent a claim states.
fn fullness(c: &Claim) -> usize {
    [c.achieved, c.target, c.percent]
        .iter()
        .filter(|v| v.is_some())
        .count()
}

/// Whether two claims state the same figure about the same thing: equal
/// where both state a value, same measure and metric, and one subject the
/// start of the other (`8 CĐCS trung bình` and `8 CĐCS yếu` differ).
/// `sa` and `sb` are the expanded subjects (`context::expand`), computed
/// once per claim by the caller rather than once per pair.
fn same_claim(
    a: &(Claim, Option<String>),
    b: &(Claim, Option<String>),
    sa: &str,
    sb: &str,
) -> bool {
    let (ca, cb) = (&a.0, &b.0);
    let agree = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    let shared = [
        (ca.achieved, cb.achieved),
        (ca.target, cb.target),
        (ca.percent, cb.percent),
    ]
    .iter()
    .any(|(x, y)| x.is_some() && y.is_some());
    shared
        && ca.achieved.is_some() == cb.achieved.is_some()
        && agree(ca.achieved, cb.achieved)
        && agree(ca.target, cb.target)
        && agree(ca.percent, cb.percent)
        && ca.measure == cb.measure
        && ca.kind == cb.kind
        && a.1 == b.1
        && (sa.starts_with(sb) || sb.starts_with(sa))
}

/// Keeps one record per claim repeated in a document: the fullest
/// statement, at its place (SPEC §1).
fn dedupe(claims: &mut Vec<(Claim, Option<String>)>) {
    let mut keep = vec![true; claims.len()];
    let subjects: Vec<String> = claims
        .iter()
        .map(|(c, _)| {
            c.subject
                .as_deref()
                .map(context::expand)
                .unwrap_or_default()
        })
        .collect();
    for i in 0..claims.len() {
        if !keep[i] {
            continue;
        }
        for j in i + 1..claims.len() {
            if keep[j] && same_claim(&claims[i], &claims[j], &subjects[i], &subjects[j]) {
                if fullness(&claims[j].0) > fullness(&claims[i].0) {
                    keep[i] = false;
                    break;
                }
                keep[j] = false;
            }
        }
    }
    let mut k = keep.into_iter();
    claims.retain(|_| k.next().unwrap_or(true));
}

/// Converts increasing byte offsets to character offsets and line numbers
/// in one pass over the text.
struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
    line: usize,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
            line: 1,
        }
    }

    /// Character offset and 1-based line of byte offset `at`.
    fn at(&mut self, at: usize) -> (usize, usize) {
        if at < self.byte {
            *self = CharOffsets::new(self.text);
        }
        let at = at.min(self.text.len());
        let seg = self.text.get(self.byte..at).unwrap_or("");
        self.chars += seg.chars().count();
        self.line += seg.bytes().filter(|&b| b == b'\n').count();
        self.byte = at;
        (self.chars, self.line)
    }
}
