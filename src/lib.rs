//! chitieu: turns the statistical claims of Vietnamese reports into typed,
//! checked records (see `SPEC.md`).
//!
//! The pipeline runs one way, one module per stage:
//! [`document`] (normalised text) → [`body`] (article paragraphs, no
//! furniture) → [`segment`] (sentences, clauses, tokens) → [`number`]
//! (Vietnamese numerals) → [`grammar`] (figures read by their constructions
//! and grouped into claims) → [`context`] (unit, year, metric) → [`check`]
//! (arithmetic) → [`record`] → [`output`].
//! Word lists live in [`lexicon`].

#![warn(missing_docs)]

pub mod body;
pub mod check;
pub mod context;
pub mod decode;
pub mod document;
pub mod grammar;
pub mod html;
pub mod input;
pub mod lexicon;
pub mod number;
pub mod output;
pub mod parallel;
pub mod record;
pub mod restated;
pub mod segment;
pub mod slips;

/// The claim stage by its older name: `claim::Claim`, `claim::recognise`.
pub use grammar as claim;

pub use document::Document;
pub use record::Record;

use record::Figures;

use claim::Claim;
use std::borrow::Cow;

/// Options of the extraction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Keep the text after the page furniture too.
    pub all_text: bool,
}

/// Which of `n` sentences make one of `claims`: the context stages read
/// units around those only.
fn claim_sentences(claims: &[Claim], n: usize) -> Vec<bool> {
    let mut claimed = vec![false; n];
    for c in claims {
        if let Some(f) = claimed.get_mut(c.sentence) {
            *f = true;
        }
    }
    claimed
}

/// The longest text read in one piece: a token keeps its offsets in 29
/// bits ([`segment::MAX_OFFSET`]).
const MAX_TEXT: usize = segment::MAX_OFFSET;

/// Extracts the records of one document, in text order.
pub fn extract(doc: &Document, opts: &Options) -> Vec<Record> {
    if doc.text.len() <= MAX_TEXT {
        return extract_text(&doc.name, Cow::Borrowed(&doc.text), opts);
    }
    extract_in_parts(doc, opts, MAX_TEXT)
}

/// [`extract`] of a document the caller is done with: its text is read
/// with the line breaks inside paragraphs made spaces in place, not in a
/// copy, so a long document is not held twice while it is read.
pub fn extract_owned(doc: Document, opts: &Options) -> Vec<Record> {
    if doc.text.len() <= MAX_TEXT {
        return extract_text(&doc.name, Cow::Owned(doc.text), opts);
    }
    extract_in_parts(&doc, opts, MAX_TEXT)
}

/// A text longer than `limit` bytes (512 MiB: no input reaches it under
/// `--max-filesize`, but the library takes any text) is read in parts
/// that end at a line break, each no longer than `limit`: each part's
/// records, placed in the whole text. What a record reads around its
/// figure (its unit, its year) is then read within its part.
fn extract_in_parts(doc: &Document, opts: &Options, limit: usize) -> Vec<Record> {
    let text = doc.text.as_str();
    let mut records = Vec::new();
    let (mut from, mut chars, mut lines) = (0, 0, 0);
    while from < text.len() {
        let rest = &text[from..];
        let mut cut = rest.len();
        if cut > limit {
            // After the last line break within the limit, else at the last
            // character boundary within it (a line longer than the limit).
            let window = &rest.as_bytes()[..limit];
            cut = memchr::memrchr(b'\n', window).map_or(0, |i| i + 1);
            if cut == 0 {
                cut = (1..=limit)
                    .rev()
                    .find(|&i| rest.is_char_boundary(i))
                    .unwrap_or_else(|| rest.chars().next().map_or(rest.len(), char::len_utf8));
            }
        }
        let part = &rest[..cut];
        for mut r in extract_text(&doc.name, Cow::Borrowed(part), opts) {
            r.line += lines;
            r.start += chars;
            r.end += chars;
            let f = &mut r.figures;
            for f in [&mut f.achieved, &mut f.target, &mut f.percent]
                .into_iter()
                .flatten()
            {
                f.start += chars;
                f.end += chars;
            }
            records.push(r);
        }
        chars += part.chars().count();
        lines += memchr::memchr_iter(b'\n', part.as_bytes()).count();
        from += cut;
    }
    records
}

/// [`extract`] of the text of document `name`, no longer than
/// [`MAX_TEXT`].
fn extract_text(name: &str, text: Cow<str>, opts: &Options) -> Vec<Record> {
    let paragraphs = body::paragraphs(&text, &body::cut(&text, opts.all_text));
    // The tokens and folded norms of the document's sentences, freed with
    // it. Room for twice the text from the start: grown by doubling, the
    // arena made four allocations per document of the bench corpus and
    // came to 3.5 times the text (instructions −0.2 %). At most 1 MiB up
    // front: a huge document grows its arena as it needs, not by twice
    // its size reserved before a token is made.
    let arena = bumpalo::Bump::with_capacity((2 * text.len()).min(1 << 20));
    // The stages that read words off the text read it with the line breaks
    // inside paragraphs made spaces (same offsets), and so does the
    // segmenter; line numbers count the text's line breaks, those made
    // spaces (`breaks`) included. Nothing reads the text itself after.
    let (flat, breaks) = body::flatten_cow(text, &paragraphs);
    let sentences = segment::sentences_flattened(&flat, &breaks, &paragraphs, &arena);
    // The sentences carry what later stages need of the paragraphs.
    drop(paragraphs);
    // The report's title: the grammar's plan lists and the year stage
    // both ask it, sought once.
    let title = body::report_title(&flat);
    let claims = claim::recognise_titled(&flat, &sentences, title.clone());
    if claims.is_empty() {
        // Units and years are read for claims: a page without one needs none.
        return Vec::new();
    }
    let claimed = claim_sentences(&claims, sentences.len());
    let years = context::year::Years::titled(&flat, &sentences, title);
    let mut claims = claims;
    plan_years_ahead(&mut claims, &years, &flat, &sentences);
    let context_years = ContextYears::read(&claims, &years, &flat, &sentences);
    drop(years);
    // The year of each claim was the last reading of tokens: the unit
    // stage reads the sentences' text and bounds only. The tokens, most
    // of a long document's memory, are freed before the claims are
    // attributed and the unit stage reads its names.
    let sentences = segment::without_tokens(sentences);
    drop(arena);

    let mut attributed: Vec<(Claim, Option<String>)> = claims
        .into_iter()
        .map(|c| {
            let m = context::metric(&c);
            (c, m)
        })
        .collect();
    context::metric::inherit(&mut attributed);
    // A year the grammar read with the figure (a table's year column)
    // before the context's: one row's equal figures of two years are two
    // claims.
    let year_of = |c: &Claim| c.year.or_else(|| context_years.of(c));
    restated::drop_lead_restatements(&mut attributed, year_of);
    restated::dedupe(&flat, &mut attributed, year_of);
    // A condition of a rule belongs to no year.
    let dated: Vec<Option<i32>> = attributed
        .iter()
        .map(|(c, _)| {
            (c.kind != record::Kind::Criterion)
                .then(|| year_of(c))
                .flatten()
        })
        .collect();
    drop(context_years);
    let units = context::unit::Units::for_claims(&flat, &sentences, |si| claimed[si]);

    let mut offsets = CharOffsets::new(&flat, &breaks);
    let read = Read {
        name,
        flat: &flat,
        sentences: &sentences,
        units: &units,
    };
    attributed
        .into_iter()
        .zip(dated)
        .map(|((c, metric), year)| read.record(c, metric, year, &mut offsets))
        .collect()
}

/// A figure reached in a year that has not come yet at the article's
/// date is planned: the budget a council passes in December for the year
/// after (`tổng chi ngân sách địa phương năm 2024 là 8.912 tỷ đồng` in an
/// article of 08/12/2023). A clause that says the figure was reached
/// (`đã biểu quyết thông qua … năm 2024, với 46/48 đại biểu`) reports
/// the event, not the year it plans.
fn plan_years_ahead(
    claims: &mut [Claim],
    years: &context::year::Years,
    text: &str,
    sentences: &[segment::Sentence],
) {
    if !years.names_years_ahead() {
        return;
    }
    for c in claims.iter_mut().filter(|c| c.kind == record::Kind::Actual) {
        let Some(s) = sentences.get(c.sentence) else {
            continue;
        };
        let year = c.year.or_else(|| years.year_for(text, s, c.start, c.kind));
        let reached = || {
            s.tokens
                .iter()
                .take_while(|t| t.start() < c.start)
                .any(|t| lexicon::PAST_MARKERS.contains(&t.norm))
        };
        if year.is_some_and(|y| years.ahead_of_date(y)) && !reached() {
            c.kind = record::Kind::Plan;
        }
    }
}

/// The year the context (the year stage) gives each claim at its place,
/// read while the sentences' tokens are alive, so that they can be freed
/// before the claims are attributed and deduplicated: for the claim's
/// own kind, and for a claim of the lead's first sentence for every kind
/// (it takes the kind of the body's claims it restates, [`restated`]).
struct ContextYears {
    /// By a claim's sentence and start, in order: the year for each kind
    /// (by its index), `None` where not read. A sorted list, not a hash
    /// map: hashing the keys cost more than the years' reading.
    at: Vec<((usize, usize), KindYears)>,
}

/// A claim's year for each kind, by the kind's index: `None` where not
/// read, `Some(None)` where the context gives none.
type KindYears = [Option<Option<i32>>; 3];

impl ContextYears {
    const KINDS: [record::Kind; 3] = [
        record::Kind::Actual,
        record::Kind::Plan,
        record::Kind::Criterion,
    ];

    fn read(
        claims: &[Claim],
        years: &context::year::Years,
        text: &str,
        sentences: &[segment::Sentence],
    ) -> Self {
        let mut at: Vec<((usize, usize), KindYears)> = Vec::with_capacity(claims.len());
        for c in claims {
            // A year read with the figure is the claim's.
            let Some(s) = sentences.get(c.sentence).filter(|_| c.year.is_none()) else {
                continue;
            };
            let mut read = [None; 3];
            for k in Self::KINDS {
                if k == c.kind || c.sentence == 0 {
                    read[k as usize] = Some(years.year_for(text, s, c.start, k));
                }
            }
            at.push(((c.sentence, c.start), read));
        }
        // Claims at one place (of two kinds) share an entry.
        at.sort_by_key(|e| e.0);
        at.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                for (k, y) in kept.1.iter_mut().zip(later.1) {
                    *k = k.or(y);
                }
            }
            same
        });
        ContextYears { at }
    }

    /// The year read for claim `c` at its place and of its kind.
    fn of(&self, c: &Claim) -> Option<i32> {
        let read = self
            .at
            .binary_search_by_key(&(c.sentence, c.start), |e| e.0)
            .ok()
            .and_then(|i| self.at[i].1[c.kind as usize]);
        debug_assert!(read.is_some(), "no year read for {c:?}");
        read.flatten()
    }
}

/// What a document's records are made from: its flattened text, its
/// sentences and the units read from them.
struct Read<'a> {
    name: &'a str,
    flat: &'a str,
    sentences: &'a [segment::Sentence<'static>],
    units: &'a context::unit::Units,
}

impl Read<'_> {
    /// The record of claim `c` with its metric and year, checked, placed
    /// by character offsets and given its unit.
    fn record(
        &self,
        mut c: Claim,
        metric: Option<String>,
        year: Option<i32>,
        offsets: &mut CharOffsets,
    ) -> Record {
        let s = &self.sentences[c.sentence];
        let verdict = check::check(&c);
        let (start, line) = offsets.at(c.start);
        let (end, _) = offsets.at(c.end);
        let figures = char_figures(std::mem::take(&mut c.figures), offsets);
        Record {
            doc: self.name.to_owned(),
            line,
            start,
            end,
            unit: self.units.unit_for(s, c.start),
            year,
            metric,
            subject: c.subject.clone(),
            achieved: c.achieved,
            target: c.target,
            percent: c.percent,
            percent_decimals: c.percent_decimals,
            percent_qualifier: c.percent_qualifier,
            computed_percent: verdict.computed_percent,
            qualifier: c.qualifier,
            kind: c.kind,
            measure: c.measure,
            basis: c.basis,
            check: verdict.check,
            note: match (
                verdict.note,
                record::precision_note(&[c.achieved, c.target, c.percent]),
            ) {
                (Some(n), Some(p)) => Some(format!("{n}; {p}")),
                (n, p) => n.or(p),
            },
            // A bullet (`- Kết nạp …`, `+ Thành lập …`) is layout, not
            // part of the clause.
            quote: self.flat[c.quote.clone()]
                .trim()
                .trim_start_matches(lexicon::is_bullet)
                .trim_start()
                .to_string(),
            figures,
        }
    }
}

/// A claim's figures with their byte offsets made character offsets, as
/// the record's `start` and `end`.
fn char_figures(mut figures: Figures, offsets: &mut CharOffsets) -> Figures {
    for f in [
        &mut figures.achieved,
        &mut figures.target,
        &mut figures.percent,
    ]
    .into_iter()
    .flatten()
    {
        f.start = offsets.at(f.start).0;
        f.end = offsets.at(f.end).0;
    }
    figures
}

/// Converts increasing byte offsets to character offsets and line numbers
/// in one pass over the flat text ([`body::flatten_cow`]): the same
/// characters as the text at the figures' offsets, and its line breaks
/// with those made spaces (`breaks`).
struct CharOffsets<'a> {
    text: &'a str,
    breaks: &'a [usize],
    byte: usize,
    chars: usize,
    line: usize,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str, breaks: &'a [usize]) -> Self {
        CharOffsets {
            text,
            breaks,
            byte: 0,
            chars: 0,
            line: 1,
        }
    }

    /// Character offset and 1-based line of byte offset `at`. Counts only
    /// the text between `at` and the offset asked before, forward or back:
    /// a claim's figures stand close together, not always in text order
    /// (`so với chỉ tiêu giao (12.300 người) đạt 91%`).
    fn at(&mut self, at: usize) -> (usize, usize) {
        let at = at.min(self.text.len());
        if at < self.byte {
            let seg = self.text.get(at..self.byte).unwrap_or("");
            self.chars -= seg.chars().count();
            self.line -= memchr::memchr_iter(b'\n', seg.as_bytes()).count();
            self.byte = at;
        }
        let seg = self.text.get(self.byte..at).unwrap_or("");
        self.chars += seg.chars().count();
        // Line ends are rare: `memchr` jumps between them.
        self.line += memchr::memchr_iter(b'\n', seg.as_bytes()).count();
        self.byte = at;
        let made = self.breaks.partition_point(|&b| b < at);
        (self.chars, self.line + made)
    }
}

/// Shared by the unit tests of several stages.
#[cfg(test)]
pub(crate) mod test_support {
    /// The text of every article in `fixtures/` (at least the five).
    pub fn fixture_texts() -> Vec<String> {
        let texts: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
                .expect("fixtures folder")
                .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .collect();
        assert!(texts.len() >= 5, "fixtures missing");
        texts
    }

    /// [`fixture_texts`] and the tricky lines a test adds to them.
    pub fn fixture_texts_and(extra: &[&str]) -> Vec<String> {
        let mut texts = fixture_texts();
        texts.extend(extra.iter().map(|t| t.to_string()));
        texts
    }

    /// [`fixture_texts`] and the dev articles (`../shared/dev/docs`,
    /// beside the clone).
    pub fn fixture_and_dev_texts() -> Vec<String> {
        let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/dev/docs");
        let mut texts = fixture_texts();
        texts.extend(
            std::fs::read_dir(dev)
                .expect("../shared/dev/docs beside the clone")
                .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()),
        );
        texts
    }

    /// Runs `f` on the flattened text and the sentences of article
    /// `text`, cut and segmented as [`super::extract`] does.
    pub fn with_sentences(text: &str, f: impl FnOnce(&str, &[crate::segment::Sentence])) {
        use crate::{body, segment, Document};
        use std::borrow::Cow;
        let doc = Document::new("t", text);
        let paragraphs = body::paragraphs(&doc.text, &body::cut(&doc.text, false));
        let (flat, breaks) = body::flatten_cow(Cow::Borrowed(&doc.text), &paragraphs);
        let arena = bumpalo::Bump::new();
        let sentences = segment::sentences_flattened(&flat, &breaks, &paragraphs, &arena);
        f(&flat, &sentences);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(Option<f64>, Option<f64>, Option<f64>)> {
        extract(&Document::new("t", text), &Options::default())
            .into_iter()
            .map(|r| (r.achieved, r.target, r.percent))
            .collect()
    }

    #[test]
    fn a_repeated_paragraph_is_one_record() {
        // ha-noi-2023 prints the 8.563/8.563 paragraph twice.
        let p = "Tính đến hết tháng 5/2023, đã có 8.563/8.563 Công đoàn cơ sở tổ chức thành công Đại hội.";
        assert_eq!(values(&format!("{p}\n\n{p}")).len(), 1);
    }

    #[test]
    fn the_fullest_statement_wins_at_its_place() {
        let text = "Kết nạp 2134 đoàn viên\nkết nạp được 2134/1800 đoàn viên (đạt 128,56%).";
        let r = extract(&Document::new("t", text), &Options::default());
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].target, r[0].line), (Some(1800.0), 2));
    }

    #[test]
    fn equal_figures_about_different_things_stay_apart() {
        assert_eq!(values("Có 8 CĐCS trung bình và 8 CĐCS yếu.").len(), 2);
    }

    #[test]
    fn a_qualified_statement_is_fuller_than_a_bare_one() {
        // d19: headline `kết nạp đảng viên mới đạt từ 7%`, body `… đạt từ 7%
        // trở lên so với tổng số đảng viên đầu năm`.
        let text = "Phấn đấu tỷ lệ kết nạp đạt 7%.\n\nPhấn đấu tỷ lệ kết nạp đạt 7% trở lên.";
        let r = extract(&Document::new("t", text), &Options::default());
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].qualifier, record::Qualifier::AtLeast);
    }

    #[test]
    fn equal_figures_in_one_sentence_are_different_claims() {
        // d05: `tặng bằng khen cho 1 tập thể; LĐLĐ thành phố tặng cờ thi đua
        // cho 1 tập thể`: two givers, two records.
        let text =
            "Tổng LĐLĐ tặng bằng khen cho 1 tập thể; LĐLĐ thành phố tặng cờ thi đua cho 1 tập thể.";
        assert_eq!(values(text).len(), 2);
        let text = "Huyện hỗ trợ 5 hộ nghèo; xã hỗ trợ 5 hộ nghèo.";
        assert_eq!(values(text).len(), 2);
        // A clause printed twice in a row is one claim (d23).
        let text = "thu phí đạt 53% dự toán; thu phí đạt 53% dự toán; thu khác đạt 76% dự toán.";
        assert_eq!(values(text).len(), 2);
        // Across sentences a repeat is still one claim.
        assert_eq!(values("Hỗ trợ 5 hộ nghèo. Hỗ trợ 5 hộ nghèo.").len(), 1);
    }

    /// The kinds of the records of `text`, in order.
    fn kinds(text: &str) -> Vec<record::Kind> {
        let r = extract(&Document::new("t", text), &Options::default());
        r.iter().map(|r| r.kind).collect()
    }

    #[test]
    fn a_figure_of_a_year_not_yet_come_is_planned() {
        use record::Kind::{Actual, Plan};
        // held-out h345: a council passes next year's budget in December.
        let text = "Thứ Sáu, 08/12/2023 | 17:40\n\nHĐND tỉnh thông qua dự toán năm 2024. \
                    Theo Nghị quyết, tổng thu ngân sách nhà nước trên địa bàn năm 2024 là \
                    3.950 tỷ đồng. Năm 2023 tổng thu ước đạt 3.512 tỷ đồng.";
        assert_eq!(kinds(text), [Plan, Actual]);
        // My own: a ward's plan told in its own words, and the vote on it
        // (`đã`), which happened on the article's day.
        let text = "Ngày 20/12/2021\n\nĐã có 25/27 đại biểu tán thành dự toán năm 2022. \
                    Năm 2022 phường chi 12 tỷ đồng cho giáo dục.";
        assert_eq!(kinds(text), [Actual, Plan]);
        // The end of a school year and a coming Tết are no future year:
        // their figures are reported as they stand.
        let text = "Ngày 20/12/2023\n\nNăm học 2023-2024, trường có 1.250 học sinh. \
                    Thưởng Tết Giáp Thìn 2024 bình quân 6,2 triệu đồng/người.";
        assert_eq!(kinds(text), [Actual, Actual]);
    }

    #[test]
    fn a_bullet_is_not_part_of_the_quote() {
        let r = extract(
            &Document::new("t", "- Kết nạp được 2134/1800 đoàn viên."),
            &Options::default(),
        );
        assert_eq!(r[0].quote, "Kết nạp được 2134/1800 đoàn viên.");
    }

    /// Every value a record states has its figure, and the text at the
    /// figure is the numeral as written (a percent's `%` after it): what
    /// `check` points at and `slips` varies is what the grammar read.
    #[test]
    fn every_stated_value_has_its_figure_where_its_numeral_is_written() {
        let texts = test_support::fixture_and_dev_texts();
        assert!(texts.len() >= 29);
        let mut figures = 0;
        for text in &texts {
            let doc = Document::new("t", text.as_str());
            let chars: Vec<char> = doc.text.chars().collect();
            for r in extract(&doc, &Options::default()) {
                let f = &r.figures;
                for (value, fig) in [
                    (r.achieved, &f.achieved),
                    (r.target, &f.target),
                    (r.percent, &f.percent),
                ] {
                    assert_eq!(value.is_some(), fig.is_some(), "{r:?}");
                    let Some(fig) = fig else { continue };
                    let shown: String = chars[fig.start..fig.end].iter().collect();
                    assert!(shown.starts_with(&fig.written), "{shown:?} {r:?}");
                    assert!(r.start <= fig.start && fig.end <= r.end, "{r:?}");
                    figures += 1;
                }
            }
        }
        assert!(figures > 300, "{figures}");
    }

    /// A text too long to read whole is read in parts cut at line breaks,
    /// and each part's records are placed in the whole text: the records
    /// of two articles read as parts are each article's, moved by the
    /// characters and lines before it, and every figure still points at
    /// its numeral.
    #[test]
    fn a_text_read_in_parts_places_each_parts_records_in_the_whole() {
        let mut texts = test_support::fixture_texts();
        texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let (a, b) = (format!("{}\n", texts[0].trim_end()), &texts[1]);
        let whole = Document::new("t", format!("{a}{b}"));
        // The limit ends the first part exactly at the line break after `a`.
        let parts = extract_in_parts(&whole, &Options::default(), a.len());
        let mut expected = extract(&Document::new("t", a.as_str()), &Options::default());
        let (chars, lines) = (a.chars().count(), a.matches('\n').count());
        for mut r in extract(&Document::new("t", b.as_str()), &Options::default()) {
            (r.line, r.start, r.end) = (r.line + lines, r.start + chars, r.end + chars);
            let f = &mut r.figures;
            for f in [&mut f.achieved, &mut f.target, &mut f.percent]
                .into_iter()
                .flatten()
            {
                (f.start, f.end) = (f.start + chars, f.end + chars);
            }
            expected.push(r);
        }
        assert!(expected.len() > 20, "{}", expected.len());
        assert_eq!(parts, expected);
        let all: Vec<char> = whole.text.chars().collect();
        for r in &parts {
            let f = r.figures.achieved.as_ref().or(r.figures.percent.as_ref());
            let Some(f) = f else { continue };
            let shown: String = all[f.start..f.end].iter().collect();
            assert!(shown.starts_with(&f.written), "{shown:?} {r:?}");
        }
        // A line longer than the limit is cut at a character boundary
        // (`ạ` is three bytes), never inside a character.
        let long = Document::new("t", "Đạt 91%, ".repeat(50));
        let _ = extract_in_parts(&long, &Options::default(), 7);
    }

    /// Reading a document flattened in place gives the records of reading
    /// it borrowed, line numbers and offsets included: the articles, the
    /// same hard-wrapped (every paragraph spans lines), and a compound
    /// broken at its hyphen by the wrap (`Phòng GD-` ⏎ `ĐT`).
    #[test]
    fn a_document_read_owned_gives_the_records_of_one_read_borrowed() {
        let mut texts = test_support::fixture_texts_and(&[
            "Tiêu đề\n\nNăm 2023, Phòng GD-\nĐT huyện kết nạp được\n2134/1800 đoàn viên (đạt 128,56%).\nCông đoàn\ncơ sở đạt 91%.",
        ]);
        let wrapped: Vec<String> = texts
            .iter()
            .map(|t| {
                t.split(' ')
                    .enumerate()
                    .map(|(i, w)| {
                        if i % 9 == 8 {
                            format!("{w}\n")
                        } else {
                            format!("{w} ")
                        }
                    })
                    .collect()
            })
            .collect();
        texts.extend(wrapped);
        let mut records = 0;
        for text in &texts {
            for all_text in [false, true] {
                let opts = Options { all_text };
                let doc = Document::new("t", text.as_str());
                let borrowed = extract(&doc, &opts);
                records += borrowed.len();
                // The line is the text's, counting the breaks made spaces.
                for r in &borrowed {
                    let before = doc.text.chars().take(r.start).filter(|&c| c == '\n');
                    assert_eq!(r.line, 1 + before.count(), "{r:?}");
                }
                assert_eq!(extract_owned(doc, &opts), borrowed);
            }
        }
        assert!(records > 300, "{records}");
    }

    /// The unit stage reads the sentences' text and bounds, never their
    /// tokens: [`extract_text`] frees the tokens before it reads names, so
    /// a unit stage that read them would see none. Its reading of the
    /// articles (the seeds and dev texts) with the tokens kept and with
    /// them dropped is the same, mention for mention.
    #[test]
    fn the_unit_stage_reads_the_same_without_the_tokens() {
        let texts = test_support::fixture_and_dev_texts();
        let mut mentions = 0;
        for text in &texts {
            test_support::with_sentences(text, |flat, sentences| {
                let numeral: Vec<bool> = sentences.iter().map(|s| !s.tokens.is_empty()).collect();
                let with = context::unit::Units::for_claims(flat, sentences, |si| numeral[si]);
                let bare = segment::without_tokens(sentences.to_vec());
                assert!(bare.iter().all(|s| s.tokens.is_empty()));
                let without = context::unit::Units::for_claims(flat, &bare, |si| numeral[si]);
                let (with, without) = (format!("{with:?}"), format!("{without:?}"));
                assert_eq!(with, without);
                mentions += with.matches("Mention {").count();
            });
        }
        assert!(mentions > 300, "{mentions}");
    }

    /// The years read before the tokens are freed answer every question
    /// the restatement stage asks: a claim's year at its kind, and a lead
    /// claim's at every kind (a headline takes the kind of the body's
    /// claims it restates): the year stage's own answer, read with the
    /// tokens alive. Its own lead: a headline over a body's plan.
    #[test]
    fn a_lead_claims_year_is_read_for_every_kind() {
        let texts = test_support::fixture_texts_and(&[
            "Dành hơn 9 tỷ đồng chăm lo cho đoàn viên\n\nNăm 2024, LĐLĐ tỉnh đã chi 7 tỷ đồng chăm lo cho đoàn viên. Năm 2025, các cấp công đoàn dự kiến dành hơn 9 tỷ đồng chăm lo cho đoàn viên.",
            "Kết nạp 500 đoàn viên\n\nNăm 2024, LĐLĐ huyện kết nạp 500 đoàn viên.\n\nNăm 2025, LĐLĐ huyện phấn đấu kết nạp 500 đoàn viên.",
        ]);
        let mut lead = 0;
        for text in &texts {
            test_support::with_sentences(text, |flat, sentences| {
                let claims = claim::recognise(flat, sentences);
                let years = context::year::Years::new(flat, sentences);
                let read = ContextYears::read(&claims, &years, flat, sentences);
                for c in claims.iter().filter(|c| c.year.is_none()) {
                    let kinds = if c.sentence == 0 {
                        lead += 1;
                        &ContextYears::KINDS[..]
                    } else {
                        std::slice::from_ref(&c.kind)
                    };
                    for &kind in kinds {
                        let s = &sentences[c.sentence];
                        let asked = Claim { kind, ..c.clone() };
                        assert_eq!(read.of(&asked), years.year_for(flat, s, c.start, kind));
                    }
                }
            });
        }
        assert!(lead >= 2, "{lead}");
    }

    #[test]
    fn offsets_are_characters_of_the_nfc_text() {
        let text = "Năm 2016, hiện quận đang quản lý 198 CĐCS.";
        let r = extract(&Document::new("t", text), &Options::default());
        let chars: Vec<char> = text.chars().collect();
        let figure: String = chars[r[0].start..r[0].end].iter().collect();
        assert_eq!(figure, "198");
    }
}
