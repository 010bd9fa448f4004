//! The year a figure belongs to (SPEC §3, `year`).
//!
//! A claim takes, in this order: the year of the comparison it is the
//! base of (`so với vụ 2021 - 2022 là 124.753 ha`); the nearest year
//! expression before it in its sentence; the first after it in its
//! clause (`khen thưởng 256 tập thể … trong hoạt động Công đoàn năm
//! 2022`); the last one earlier in its paragraph; else the document's
//! year. Plans and figures reached read expressions differently: a plan
//! takes a plan's year and a term's end, a figure reached never a plan's
//! year, a congress's facts its term's first year.

mod cues;
mod dateline;
mod document;
mod expressions;
mod relative;

use std::ops::Range;

use expressions::{Role, YearAt};

/// How far after a starting level's numeral its year is looked for
/// (`từ 4.812 hộ (34,6%) cuối năm 2015`), in tokens.
const LEVEL_REACH: usize = 10;

/// How many years before an article's date a year is history, not a
/// year the article reports ([`historical`]).
const HISTORY: i32 = 10;

/// The most words of a period between `của` and `năm trước` (`của 6
/// tháng đầu năm trước`).
const PERIOD_WORDS: usize = 5;

/// The first month of the year whose articles' present is their own
/// year: January's and February's reviews speak of the year before.
const PRESENT_FROM: u32 = 3;

use crate::body::{heading_line, is_enumerator, report_title, section_rank, SUBSECTION};
use crate::record::Kind;
use crate::segment::{Sentence, TokKind, Token};

/// What the whole document says about years.
#[derive(Debug, Clone, Default)]
pub struct Years {
    /// The document's year for figures reached.
    pub year: Option<i32>,
    /// The document's year for plans.
    pub plan_year: Option<i32>,
    /// Where `plan_year` is named, when it is a deadline: it dates only
    /// the plans from there on.
    plan_deadline: Option<usize>,
    /// The year expressions of the body, in text order.
    years: Vec<YearAt>,
    /// The comparisons (byte ranges after `so với`), in text order.
    compares: Vec<Range<usize>>,
    /// Where each paragraph starts: (paragraph index, byte offset).
    paragraphs: Vec<(usize, usize)>,
    /// Where each sentence starts, in text order, and the year of the
    /// figures it reports, if it names one and states no plan (read for
    /// a paragraph of one sentence only).
    sentences: Vec<(usize, Option<i32>)>,
    /// The congress's own year: the first year of the newest congress term.
    congress: Option<i32>,
    /// The lead dates its event by day and month only (`Sáng 26/11, tại
    /// xã …`): the article is of the year it reports, its latest.
    undated: bool,
    /// The section headings after the lead (`III. PHƯƠNG HƯỚNG, NHIỆM VỤ
    /// NĂM HỌC 2024 - 2025`), by byte range, in text order.
    headings: Vec<Range<usize>>,
    /// Where a year names a staff's annual conference (`Hội nghị viên
    /// chức, người lao động năm 2023`): the year it is held in.
    annual: Vec<usize>,
    /// Whether each of `headings` is numbered as a subsection (`1.`,
    /// `a)`): with no year of its own, its section's heading dates it.
    subsections: Vec<bool>,
    /// The report's title under its type's line (`BÁO CÁO`), by bytes.
    title: Option<Range<usize>>,
    /// Where the `;` and `:` of the sentences with a numeral stand, in
    /// text order: a claim's clause ends at the next (see
    /// [`Years::clause_end`]), found by a binary search rather than by
    /// reading its sentence's tokens from the start for every claim,
    /// which took time growing with the square of a long sentence.
    marks: Vec<usize>,
    /// The clause last asked whether it names a feast, by its byte range,
    /// and the answer: the claims of one clause ask it in turn, and a
    /// clause of thousands of figures read again for each took time
    /// growing with its square.
    feast: std::cell::Cell<Option<(usize, usize, bool)>>,
    /// The year of the article's date (its dateline or letterhead).
    published: Option<i32>,
    /// The years the body names after the article's date, other than
    /// the end of a span (`năm học 2023-2024` runs on from before it).
    ahead: Vec<i32>,
    /// The year of an article dated from March on, and where its text
    /// speaks in the present (`hiện có`, `đến nay`), by byte, in text
    /// order (see [`Years::present_year`]).
    present: Option<(i32, Vec<usize>)>,
}

impl Years {
    /// Reads the year expressions of the body's sentences, and the
    /// article's date from the lines before its first paragraph.
    pub fn new(text: &str, sentences: &[Sentence]) -> Self {
        Years::titled(text, sentences, report_title(text))
    }

    /// [`Years::new`] of a text whose report title ([`report_title`]) the
    /// caller has sought already: the grammar asks it too.
    pub fn titled(text: &str, sentences: &[Sentence], title: Option<Range<usize>>) -> Self {
        let dateline = dateline::find(text);
        let (mut years, mut compares) = (Vec::new(), Vec::new());
        for s in sentences.iter().filter(|s| !s.tokens.is_empty()) {
            expressions::scan(s, &mut years, &mut compares);
        }
        // A report's title is its headline: its years are the lead's
        // (`Tình hình thực hiện dự toán ngân sách nhà nước năm 2014` ⏎
        // `và dự toán năm 2015` under four lines of letterhead).
        let lead_end = super::lead_end(sentences).max(title.as_ref().map_or(0, |t| t.end));
        let relatives = relative::scan(text, sentences, lead_end);
        years.extend(relatives.anchored);
        years.sort_by_key(|y| y.at);
        then_and_now(sentences, &mut years);
        at_events(sentences, &mut years);
        current_periods(sentences, &mut years);
        // Dates in page furniture do not count (SPEC §3).
        if let Some(d) = &dateline {
            years.retain(|y| !d.line.contains(&y.at));
        }
        historical(sentences, &mut years, dateline.as_ref().map(|d| d.year));
        let mut paragraphs: Vec<(usize, usize)> = Vec::new();
        for s in sentences {
            if paragraphs.last().is_none_or(|p| p.0 != s.paragraph) {
                paragraphs.push((s.paragraph, s.start));
            }
        }
        // A term that begins after the article's date is a later
        // congress's, to which this one elects its delegates (`bầu 9 đại
        // biểu đi dự Đại hội Công đoàn tỉnh … nhiệm kỳ 2018 - 2023` in an
        // article of 2017).
        let published = dateline.as_ref().map_or(i32::MAX, |d| d.year);
        let congress = years
            .iter()
            .filter_map(|y| match y.role {
                Role::Period {
                    first,
                    congress: true,
                    ..
                } => Some(first),
                _ => None,
            })
            .filter(|&first| first <= published)
            .max();
        let (headings, subsections) = headings(text, sentences, title.as_ref());
        let annual = annual_conferences(sentences, &years);
        let mut out = Years {
            annual,
            years,
            compares,
            paragraphs,
            congress,
            headings,
            subsections,
            title,
            marks: sentences
                .iter()
                .flat_map(|s| s.tokens)
                .filter(|t| matches!(t.punct(), Some(';' | ':')))
                .map(Token::start)
                .collect(),
            ..Years::default()
        };
        out.undated = dateline.is_none() && yearless_date(sentences, lead_end);
        out.resolve_relatives(dateline.as_ref(), lead_end);
        // Only a paragraph of one sentence is asked for its year (by the
        // next paragraph's first, previous_sentences_year): a line of a
        // run of lines. A longer paragraph's last sentence may name the
        // year of one figure (`Thu nhập bình quân năm 2022 đạt 9,6 triệu
        // đồng`) amid a term's or year's results.
        out.sentences = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let alone = sentences
                    .get(i + 1)
                    .is_none_or(|n| n.paragraph != s.paragraph)
                    && (i == 0 || sentences[i - 1].paragraph != s.paragraph);
                (s.start, alone.then(|| out.reported_year(s)).flatten())
            })
            .collect();
        out.year = out.document_year(sentences, lead_end, dateline.as_ref(), relatives.soft);
        out.resolve_at_events(lead_end);
        out.term_starts(sentences);
        // `Năm nay, chương trình có 120 gian hàng` with no dateline: the
        // article's year is the year it reports.
        let this_year = out.year.unwrap_or(0);
        for y in out.years.iter_mut() {
            if matches!(y.role, Role::ThisYear | Role::Current) && y.year == 0 {
                y.year = this_year;
            }
        }
        out.place_cycles(sentences, this_year);
        (out.plan_year, out.plan_deadline) = out.document_plan_year(lead_end);
        out.published = dateline.as_ref().map(|d| d.year);
        out.ahead = out.years_ahead(text);
        out.present = dateline
            .as_ref()
            .filter(|d| d.month >= PRESENT_FROM && !d.letterhead)
            .map(|d| (d.year, present_cues(sentences)));
        out
    }

    /// `Đầu nhiệm kỳ, LĐLĐ quận Long Biên quản lý 312 CĐCS với 18.640 đoàn
    /// viên. Đến ngày 31/5/2023, …`: a clause opening at the start of the
    /// term (`đầu nhiệm kỳ`, after `Nếu như` too) tells the figures the
    /// term began with, of the first year of the term the document
    /// reviews (the one named ending in its year, `nhiệm kỳ 2018 -
    /// 2023`), up to where the sentence turns to the present. Compared
    /// with (`tăng 42,7 tỷ đồng so với đầu nhiệm kỳ`) it dates nothing.
    fn term_starts(&mut self, sentences: &[Sentence]) {
        let Some(year) = self.year else { return };
        let first = self.years.iter().find_map(|y| match y.role {
            Role::Period { first, .. } if y.year == year && first < year => Some(first),
            _ => None,
        });
        let Some(first) = first else { return };
        let mut found = false;
        for s in sentences.iter().filter(|s| !s.tokens.is_empty()) {
            let toks = s.tokens;
            for k in 0..toks.len().saturating_sub(2) {
                let opens = k == 0
                    || matches!(toks[k - 1].punct(), Some(',' | ';'))
                    || (k == 2 && toks[0].norm == "nếu" && toks[1].norm == "như");
                let term = toks[k].norm == "đầu"
                    && toks[k + 1].norm == "nhiệm"
                    && toks[k + 2].norm == "kỳ"
                    && toks.get(k + 3).is_none_or(|t| t.kind() != TokKind::Num);
                if opens && term {
                    let now = expressions::turns_to_present(s, k + 3);
                    found = true;
                    self.years.push(YearAt {
                        at: toks[k].start(),
                        year: first,
                        role: Role::Own { until: now },
                    });
                }
            }
        }
        if found {
            self.years.sort_by_key(|y| y.at);
        }
    }

    /// `Hội CCB tỉnh hiện có 9 huyện, thành hội, 157 cơ sở hội` under a
    /// dateline of May 2025 in a review whose body names 2024 most: a
    /// state told in the present is of the article's date, when that is
    /// past the year's first months (a review of the year before is
    /// printed in January and February, and its present is that year's
    /// end). Only where a present cue stands before the claim in its
    /// sentence.
    fn present_year(&self, sentence: &Sentence, at: usize) -> Option<i32> {
        let (year, cues) = self.present.as_ref()?;
        let k = cues.partition_point(|&c| c < sentence.start);
        cues.get(k).is_some_and(|&c| c < at).then_some(*year)
    }

    /// The years named after the article's date as a calendar year
    /// (`năm 2024`): not the end of a span (`năm học 2023 - 2024`,
    /// `nhiệm kỳ 2023-2028`), which runs on from before the date, nor a
    /// feast (`Tết Giáp Thìn 2024`), whose bonuses are reported as they
    /// are set, weeks before.
    fn years_ahead(&self, text: &str) -> Vec<i32> {
        let Some(published) = self.published else {
            return Vec::new();
        };
        let calendar = |at: usize| {
            text.get(..at).is_some_and(|before| {
                let word = before.trim_end();
                let word = &word[word.rfind(' ').map_or(0, |i| i + 1)..];
                word.eq_ignore_ascii_case("năm") || word == "Năm"
            })
        };
        let mut ahead: Vec<i32> = self
            .years
            .iter()
            .filter(|y| y.year > published && calendar(y.at))
            .filter(|y| matches!(y.role, Role::Plain | Role::Deadline { .. }))
            .map(|y| y.year)
            .collect();
        ahead.sort_unstable();
        ahead.dedup();
        ahead
    }

    /// Whether a figure of `year` is told before its year has come: a
    /// year after the article's date, named in its body (`Theo Nghị
    /// quyết, tổng thu ngân sách nhà nước trên địa bàn năm 2024 là 3.950
    /// tỷ đồng` under a dateline of 08/12/2023). Such a figure is a plan
    /// or an estimate, not a result.
    pub fn ahead_of_date(&self, year: i32) -> bool {
        self.ahead.binary_search(&year).is_ok()
    }

    /// Whether the body names any year after the article's date.
    pub fn names_years_ahead(&self) -> bool {
        !self.ahead.is_empty()
    }

    /// `Mức thưởng Tết Canh Tý bình quân 7,1 triệu đồng/người` under a
    /// dateline that gives no year (`Ngày 12-1`): a cycle name repeats
    /// only every sixty years, so the one nearest the article's year is
    /// meant. Placed so, it dates its own sentence only (the next may
    /// report the year before the feast: `Trong năm, quỹ … hỗ trợ …`), and
    /// not as a comparison's base (`giảm … so với Tết Giáp Thìn`).
    fn place_cycles(&mut self, sentences: &[Sentence], near: i32) {
        if near == 0 {
            return;
        }
        let compares = &self.compares;
        for y in self.years.iter_mut() {
            let Role::Cycle(n) = y.role else { continue };
            if y.year != 0 || compares.iter().any(|r| r.contains(&y.at)) {
                continue;
            }
            let k = sentences.partition_point(|s| s.start <= y.at);
            let Some(s) = k.checked_sub(1).and_then(|k| sentences.get(k)) else {
                continue;
            };
            y.year = expressions::cycle_year(n, near);
            y.role = Role::Own { until: s.end };
        }
    }

    /// The year of a claim starting at byte `at` of `sentence` (of
    /// `text`, whose capitals tell a feast from a place named so).
    pub fn year_for(&self, text: &str, sentence: &Sentence, at: usize, kind: Kind) -> Option<i32> {
        let base = match self.base_year(at) {
            Some(Base::Year(y)) => Some(y),
            // `(cùng kỳ năm trước tăng 5,9%)`: the year before the one its
            // sentence reports where the base opens.
            Some(Base::YearBefore(p)) => self
                .context_year(text, sentence, p, Kind::Actual)
                .map(|y| y - 1),
            None => None,
        };
        base.or_else(|| self.owned_year(sentence, at, kind))
            .or_else(|| self.owned_by_year_before(text, sentence, at))
            .or_else(|| self.context_year(text, sentence, at, kind))
    }

    /// `cao hơn mức tăng 6,5% của năm trước`: a figure said to be of the
    /// year before (`của năm trước`, `của năm ngoái`) is of the year before
    /// the one its sentence reports where `của` stands.
    fn owned_by_year_before(&self, text: &str, sentence: &Sentence, at: usize) -> Option<i32> {
        let toks = sentence.tokens;
        // Tokens are in text order: found by a binary search, not a
        // reading from the sentence's start for every claim.
        let i = toks.binary_search_by_key(&at, Token::start).ok()?;
        let cua = owner_after(toks, i)?;
        // Past the period's words (`của 6 tháng năm trước`, `của quý I
        // năm trước`).
        let previous_at = |from: usize| {
            (from + 1..(from + 3).min(toks.len() + 1))
                .any(|e| cues::CUES.ending_at(cues::CueKind::PreviousYear, toks, e) == Some(from))
        };
        let mut from = cua + 1;
        while !previous_at(from) {
            let period = toks.get(from).is_some_and(expressions::period_word);
            if !period || from >= cua + PERIOD_WORDS {
                return None;
            }
            from += 1;
        }
        self.context_year(text, sentence, toks[cua].start(), Kind::Actual)
            .map(|y| y - 1)
    }

    /// Where the clause of the claim at `at` ends: the next `;` or `:` of
    /// its sentence's tokens, else the sentence's end.
    fn clause_end(&self, sentence: &Sentence, at: usize) -> usize {
        if sentence.tokens.is_empty() {
            return sentence.end;
        }
        let k = self
            .marks
            .partition_point(|&m| m <= at || m < sentence.start);
        self.marks
            .get(k)
            .copied()
            .filter(|&m| m < sentence.end)
            .unwrap_or(sentence.end)
    }

    /// The year a claim at `at` takes from the expressions around it, its
    /// paragraph, section and document: the nearest before it in its
    /// sentence, the first after it in its clause, the paragraph's last
    /// before, the year the sentence before reports, the heading's, else
    /// the document's.
    fn context_year(&self, text: &str, sentence: &Sentence, at: usize, kind: Kind) -> Option<i32> {
        let fit = |y: &YearAt| self.fits(y, kind);
        // A past start's year dates the figures of its sentence only up
        // to where the sentence turns to the present (`…, đến nay`).
        let fit_before = |y: &YearAt| match y.role {
            Role::Own { until } if until <= at => None,
            _ => fit(y),
        };
        let before = self.slice(sentence.start..at);
        let after = self.slice(at..self.clause_end(sentence, at));
        let para_start = self
            .paragraphs
            .binary_search_by_key(&sentence.paragraph, |p| p.0)
            .map_or(sentence.start, |i| self.paragraphs[i].1);
        // An event's date dates its own sentence only, and so does a
        // congress's term: `Đại hội … nhiệm kỳ 2023-2028.` names the
        // congress, not the year of the results reported after it.
        // A state at a year's end dates the figures reached of its own
        // sentence only: the next may report the year after.
        // A year opening a sentence of intent (`Năm 2019, LĐLĐ tỉnh phấn
        // đấu …`) dates that plan, not the awards or results told after it
        // (`Nhân dịp tổng kết, LĐLĐ tỉnh tặng Bằng khen cho 46 tập thể`).
        let carried = self.slice(para_start..sentence.start).iter().filter(|y| {
            let state_at_end = kind != Kind::Plan && matches!(y.role, Role::Deadline { end: true });
            let intent = kind != Kind::Plan && y.role == Role::PlanLead;
            !state_at_end
                && !intent
                && !matches!(
                    y.role,
                    Role::Event | Role::Own { .. } | Role::Period { congress: true, .. }
                )
        });
        let default = match kind {
            // `6 tháng cuối năm, Hội … phấn đấu kết nạp thêm 1.000 hội
            // viên; …; đến năm 2030 không còn hộ hội viên nghèo`: a
            // deadline is the horizon of the plans after it; those written
            // before it are the report's next steps.
            Kind::Plan if self.plan_deadline.is_some_and(|d| at < d) => {
                self.year.or(self.plan_year)
            }
            Kind::Plan => self.plan_year.or(self.year),
            _ => self.year,
        };
        let present = || (kind == Kind::Actual).then(|| self.present_year(sentence, at))?;
        before
            .iter()
            .rev()
            .find_map(fit_before)
            .or_else(|| after.iter().find_map(fit))
            .or_else(present)
            .or_else(|| carried.rev().find_map(fit))
            .or_else(|| {
                let first = para_start == sentence.start;
                first.then(|| self.previous_sentences_year(text, sentence, at, kind))?
            })
            .or_else(|| self.section_year(sentence, kind))
            .or(default)
    }

    /// The year a figure is said to be of (`cao hơn mức tăng 6,9% của quý
    /// I/2023`, `con số 120 của năm 2022`, `mức tăng 7,1% của 9 tháng
    /// năm 2023`): `của` right after the figure, a period (read as
    /// [`Role::Of`] when scanned, or a period's noun and its year). A
    /// comparison's base is written so, and takes its own year, not the
    /// year the sentence reports.
    fn owned_year(&self, sentence: &Sentence, at: usize, kind: Kind) -> Option<i32> {
        let toks = sentence.tokens;
        // Tokens are in text order: found by a binary search, not a
        // reading from the sentence's start for every claim.
        let i = toks.binary_search_by_key(&at, Token::start).ok()?;
        // `giảm từ 9,84% năm 2015 xuống còn 7,12%`: a starting level and
        // its year, read as [`Role::Of`] when scanned.
        // Past the numeral's groups when spaced (`từ 1 124 hộ năm 2010`).
        let last = (i..toks.len())
            .take_while(|&k| toks[k].kind() == TokKind::Num)
            .last()
            .unwrap_or(i);
        // `từ 4.812 hộ (34,6%) cuối năm 2015`: its noun, share and a word of
        // the year's part may stand between (the year's Role::Of says so).
        let level = (last + 1..(last + LEVEL_REACH).min(toks.len()))
            .take_while(|&k| !matches!(toks[k].punct(), Some(',' | ';' | ':' | '.')))
            .find(|&k| toks[k].norm == "năm");
        if let Some(y) = level
            .and_then(|k| toks.get(k + 1))
            .and_then(|t| self.slice(t.start()..t.end()).first())
            .filter(|y| y.role == Role::Of)
        {
            return Some(y.year);
        }
        let cua = owner_after(toks, i)?;
        // `của 9 tháng năm 2023`: the period read when scanned.
        let span = toks.get(cua + 1..(cua + 7).min(toks.len()))?;
        if let (Some(a), Some(b)) = (span.first(), span.last()) {
            if let Some(y) = self
                .slice(a.start()..b.end())
                .iter()
                .find(|y| y.role == Role::Of)
            {
                return Some(y.year);
            }
        }
        // `cao hơn mức 2,66 tỷ USD của cùng kỳ năm 2024`: the same
        // period of a named year, read as a comparison when scanned.
        let same = (cua + 3..(cua + 5).min(toks.len() + 1))
            .any(|e| cues::CUES.ending_at(cues::CueKind::SamePeriod, toks, e) == Some(cua + 1));
        if let (true, Some(a), Some(b)) = (same, span.first(), span.last()) {
            return self
                .slice(a.start()..b.end())
                .iter()
                .find(|y| y.role == Role::Compare)
                .map(|y| y.year);
        }
        let near = toks.get(cua + 1..(cua + 5).min(toks.len()))?;
        let (first, last) = (near.first()?, near.last()?);
        if !first.is_word() || !cues::CUES.is(cues::CueKind::PeriodOf, first.norm) {
            return None;
        }
        self.slice(first.start()..last.end())
            .iter()
            .filter(|y| !matches!(y.role, Role::Event | Role::Compare))
            .find_map(|y| self.fits(y, kind))
    }

    /// The year the heading of a sentence's section names: a report's
    /// heading dates the list under it (`III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
    /// HỌC 2024 - 2025` then `- Kết nạp ít nhất 900 đoàn viên mới`), up
    /// to the next heading. An event's date or a congress's term in a
    /// heading dates no section (as in a paragraph, above).
    ///
    /// A subsection's heading naming no year (`1. Công tác tổ chức` under
    /// `II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024`) leaves its section's to
    /// date it.
    fn section_year(&self, sentence: &Sentence, kind: Kind) -> Option<i32> {
        let dates_section = |y: &&YearAt| {
            !matches!(
                y.role,
                Role::Event | Role::Own { .. } | Role::Period { congress: true, .. }
            )
        };
        let k = self.headings.partition_point(|h| h.start < sentence.start);
        let h = (0..k).rev().find(|&h| {
            !self.subsections[h]
                || self
                    .slice(self.headings[h].clone())
                    .iter()
                    .any(|y| dates_section(&y))
        })?;
        self.slice(self.headings[h].clone())
            .iter()
            .filter(dates_section)
            .rev()
            .find_map(|y| self.fits(y, kind))
    }

    /// The year a sentence names for the figures it reports: its last
    /// reporting year (`Năm 2023`, `đến 31/12/2022`, `năm qua`), none in
    /// a sentence stating a plan (`Năm 2023, LĐLĐ tỉnh phấn đấu …`); a
    /// target reached (`vượt 5% chỉ tiêu được giao`) states none.
    fn reported_year(&self, s: &Sentence) -> Option<i32> {
        let year = self
            .slice(s.start..s.end)
            .iter()
            .rev()
            .find(|y| matches!(y.role, Role::Plain | Role::LastYear | Role::ThisYear))
            .map(|y| y.year)
            .filter(|&y| y != 0)?;
        (!states_plan(s.tokens)).then_some(year)
    }

    /// The year the sentence before a paragraph's first reports, when that
    /// sentence is a paragraph alone, for a figure reached of that
    /// sentence naming none: lines that each end a sentence are
    /// paragraphs, but a run of them still tells one story (`Năm 2023,
    /// Công ty duy trì việc làm cho 9.527 lao động …` then `Thu nhập bình
    /// quân … đạt 8,9 triệu đồng/tháng`). The last of a longer paragraph
    /// may name one figure's year (`Thu nhập bình quân năm 2022 đạt …`
    /// among a term's results), not the story's. Only the
    /// sentence right before, and not into a clause that names a feast
    /// of its own (`tiền thưởng Tết`): the feast dates it.
    fn previous_sentences_year(
        &self,
        text: &str,
        sentence: &Sentence,
        at: usize,
        kind: Kind,
    ) -> Option<i32> {
        if kind != Kind::Actual || opens_with_now(sentence) {
            return None;
        }
        let k = self.sentences.partition_point(|s| s.0 < sentence.start);
        let prev = self.sentences.get(k.checked_sub(1)?)?.1?;
        // The clause starts past the last `;` or `:` of the sentence
        // before the claim (each one byte), else at the sentence's start.
        let k = self.marks.partition_point(|&m| m < at.min(sentence.end));
        let clause_start = k
            .checked_sub(1)
            .map(|j| self.marks[j])
            .filter(|&m| m >= sentence.start)
            .map_or(sentence.start, |m| m + 1);
        let end = self.clause_end(sentence, at);
        (!self.names_feast_within(text, sentence, clause_start, end)).then_some(prev)
    }

    /// Whether a token of `sentence` within the bytes `from..to` names a
    /// feast ([`names_feast`]), asked once for the claims of a clause.
    fn names_feast_within(&self, text: &str, sentence: &Sentence, from: usize, to: usize) -> bool {
        if let Some((f, t, feast)) = self.feast.get() {
            if (f, t) == (from, to) {
                return feast;
            }
        }
        // The tokens within are a run of the sentence's: in text order,
        // none overlapping.
        let toks = sentence.tokens;
        let lo = toks.partition_point(|t| t.start() < from);
        let hi = lo + toks[lo..].partition_point(|t| t.end() <= to);
        let feast = (lo..hi).any(|i| names_feast(text, toks, i));
        self.feast.set(Some((from, to, feast)));
        feast
    }

    /// The expressions between the byte offsets `r`.
    fn slice(&self, r: Range<usize>) -> &[YearAt] {
        let from = self.years.partition_point(|y| y.at < r.start);
        let to = self.years.partition_point(|y| y.at < r.end);
        &self.years[from..to.max(from)]
    }

    /// The year an expression gives a claim of `kind`, if any.
    fn fits(&self, y: &YearAt, kind: Kind) -> Option<i32> {
        let plan = kind == Kind::Plan;
        let year = match y.role {
            Role::Plain
            | Role::PlanLead
            | Role::Event
            | Role::Own { .. }
            | Role::LastYear
            | Role::ThisYear
            | Role::Cycle(_) => y.year,
            // At the article's event: its figures reached, not the plans
            // set there (they take the plan's year).
            Role::AtEvent | Role::Current if !plan => y.year,
            Role::Plan if plan => y.year,
            // `phấn đấu đến năm 2030 có trên 90% …`: a plan's deadline,
            // nearer the plan than the sentence's `Năm 2026,`.
            Role::Deadline { .. } if plan => y.year,
            // `đến cuối năm 2019 toàn huyện còn 312 hộ nghèo`: a state at
            // the year's end.
            Role::Deadline { end: true } => y.year,
            // A plan over a term or stage: its end year; not a term over
            // by the congress's own (`Nhiệm kỳ qua (2017 - 2022)` before
            // a plan of the 2022 - 2027 term).
            Role::Period { .. } if plan => {
                if self.congress.is_some_and(|c| y.year <= c) {
                    return None;
                }
                y.year
            }
            // The congress's own term: its facts are of its first year.
            Role::Period {
                first,
                congress: true,
                ..
            } if Some(first) == self.congress => first,
            // The figures of a whole period: its end year.
            Role::Period {
                adverbial: true,
                plan: false,
                ..
            } => y.year,
            _ => return None,
        };
        (year != 0).then_some(year)
    }

    /// The year of a claim given as a comparison's base: the compared
    /// period's (`so với vụ 2021 - 2022 là 124.753 ha`, `so với 7.532.728
    /// tấn của vụ 2021 - 2022`).
    fn base_year(&self, at: usize) -> Option<Base> {
        let k = self.compares.partition_point(|r| r.start <= at);
        let span = self.compares.get(k.checked_sub(1)?)?;
        if !span.contains(&at) {
            return None;
        }
        self.slice(span.clone()).iter().find_map(|y| match y.role {
            Role::Compare => Some(Base::Year(y.year)),
            Role::BaseBefore => Some(Base::YearBefore(y.at)),
            _ => None,
        })
    }
}

/// The `của` right after the figure at token `i` (its numeral, its `%`
/// or one word of unit between, no other mark): what follows owns the
/// figure (`6,5% của năm trước`, `2,66 tỷ USD của cùng kỳ năm 2024`).
fn owner_after(toks: &[Token], i: usize) -> Option<usize> {
    let cua = (i + 1..(i + 4).min(toks.len())).find(|&k| toks[k].norm == "của")?;
    let marked = toks[i + 1..cua]
        .iter()
        .any(|t| t.punct().is_some_and(|c| c != '%'));
    (!marked).then_some(cua)
}

/// The year of a comparison's base: named, or the year before the one
/// reported at a byte offset (`cùng kỳ năm trước`).
enum Base {
    Year(i32),
    YearBefore(usize),
}

/// Whether a sentence states a plan: a plan word (`phấn đấu`, `kế
/// hoạch`) that is not a target met (`vượt 5% chỉ tiêu`).
fn states_plan(toks: &[Token]) -> bool {
    (1..=toks.len()).any(|e| {
        let Some(h) = cues::CUES.ending_at(cues::CueKind::Plan, toks, e) else {
            return false;
        };
        let met = h > 0
            && (toks[h - 1].is('%') || cues::CUES.ending_at(cues::CueKind::Met, toks, h).is_some());
        !met
    })
}

/// Where the years stand that are named in a sentence stating a plan or
/// an intention (`Theo kế hoạch, … sẽ vận động … với khoảng 10 doanh
/// nghiệp vào quý I/2026`): the text looks forward to them, they are not
/// the year it reports. Asked once a sentence that names a year.
fn years_in_plans(sentences: &[Sentence], years: &[YearAt]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut last: Option<(usize, bool)> = None;
    for y in years {
        let Some(k) = sentences
            .partition_point(|s| s.start <= y.at)
            .checked_sub(1)
        else {
            continue;
        };
        let plan = match last {
            Some((j, p)) if j == k => p,
            _ => {
                let toks = sentences[k].tokens;
                let p = states_plan(toks)
                    || (1..=toks.len()).any(|e| {
                        cues::CUES
                            .ending_at(cues::CueKind::Intent, toks, e)
                            .is_some()
                    });
                last = Some((k, p));
                p
            }
        };
        if plan {
            out.push(y.at);
        }
    }
    out
}

/// Whether a sentence of the lead dates an event by a day and month
/// with no year (`Sáng 26/11, tại xã Ea Tul, …`, `ngày 5-3`): a time
/// of day or `ngày`, then `d/m` not followed by a year.
fn yearless_date(sentences: &[Sentence], lead_end: usize) -> bool {
    use cues::{CueKind, CUES};
    let small = |t: &Token| t.kind() == crate::segment::TokKind::Num && t.norm.len() <= 2;
    let sep = |t: Option<&Token>| t.is_some_and(|t| matches!(t.punct(), Some('/' | '-')));
    let lead = sentences.iter().take_while(|s| s.start < lead_end);
    lead.flat_map(|s| (1..s.tokens.len().saturating_sub(2)).map(move |i| (s.tokens, i)))
        .any(|(toks, i)| {
            // The numerals first: most tokens are words, and a cue is
            // looked up only before a `d/m`.
            small(&toks[i])
                && sep(toks.get(i + 1))
                && small(&toks[i + 2])
                && !sep(toks.get(i + 3))
                && toks[i - 1].is_word()
                && CUES.is(CueKind::DayPart, toks[i - 1].norm)
        })
}

/// A past year opening a sentence that the next sentence (of its
/// paragraph or the next one's first) answers with the present (`Năm 2019 công ty có 1.450 công
/// nhân … Giờ toàn công ty có 2.316 lao động`): a then-and-now contrast.
/// The year dates its own sentence only ([`Role::Own`]): the figures of
/// now, and the document, are of the year reported.
fn then_and_now(sentences: &[Sentence], years: &mut [YearAt]) {
    // A then is before the year the text reports: `Năm 2023, Hội kết nạp
    // 500 hội viên. Hiện nay, Hội có 12.000 hội viên.` in a report of 2023
    // is that year's result and its present. An event's date is a now
    // too (`Ngày 26/7/2024, LĐLĐ huyện tổ chức lễ kỷ niệm …` over `Năm
    // 1989, khi mới thành lập, …`). A plan's year is no now (`"Năm 2017,
    // LĐLĐ tỉnh phấn đấu …"` in an article of 2016 whose `năm 2016 … Đến
    // nay, …` reports that year). Read only once a present is found: most
    // documents have none.
    let mut latest: Option<Option<i32>> = None;
    for (i, s) in sentences.iter().enumerate() {
        // Only a sentence with a year has a then to answer: most have
        // none, and their clauses are not read for a present.
        let from = years.partition_point(|y| y.at < s.start);
        if years.get(from).is_none_or(|y| y.at >= s.end) {
            continue;
        }
        // The present may answer in a later clause of the sentence (`"Năm
        // 2021, gia đình tôi vay 50 triệu đồng …, đến nay mỗi năm thu lãi
        // khoảng 80 triệu đồng"`), in the next sentence, or in the next
        // paragraph (`Năm 1989, khi mới thành lập, LĐLĐ huyện chỉ có 12
        // công đoàn cơ sở.` then `Đến nay, LĐLĐ huyện có 86 công đoàn cơ
        // sở`).
        let next = sentences.get(i + 1);
        // How far the past year dates: to the present's clause, else to
        // the sentence's end.
        let mut until = s.end;
        let opening = match (now_clause(s), next) {
            (Some(at), _) => {
                until = at;
                at
            }
            (None, Some(next)) if next.paragraph <= s.paragraph + 1 && opens_with_now(next) => {
                // The year among the sentence's first words (`Năm 2019`,
                // `"Năm 2019`), or deep in a story the present answers in
                // the same paragraph (`Chị Sen … vay 50 triệu đồng năm 2016
                // để mua 3 con bò. Đến nay, đàn bò nhà chị đã lên 7 con`).
                if next.paragraph == s.paragraph {
                    s.end
                } else {
                    s.tokens.get(3).map_or(s.end, |t| t.start())
                }
            }
            _ => continue,
        };
        let Some(latest) = *latest.get_or_insert_with(|| {
            let in_plans = years_in_plans(sentences, years);
            years
                .iter()
                .filter(|y| matches!(y.role, Role::Plain | Role::Event))
                .filter(|y| in_plans.binary_search(&y.at).is_err())
                .map(|y| y.year)
                .max()
        }) else {
            return;
        };
        for y in years[from..].iter_mut().take_while(|y| y.at < opening) {
            if y.role == Role::Plain && y.year < latest {
                y.role = Role::Own { until };
            }
        }
    }
}

/// Where a year names a staff's annual conference: `hội nghị`, a staff
/// (`viên chức`, `người lao động`), then `năm X` in one clause of
/// at most a few words, with no review word (`Hội nghị tổng kết … năm
/// 2022` names the year reviewed, not the one it is held in).
fn annual_conferences(sentences: &[Sentence], years: &[YearAt]) -> Vec<usize> {
    use cues::{CueKind, CUES};
    let mut out = Vec::new();
    for y in years.iter().filter(|y| y.role == Role::Plain) {
        let k = sentences.partition_point(|s| s.start <= y.at);
        let Some(s) = k.checked_sub(1).and_then(|k| sentences.get(k)) else {
            continue;
        };
        let toks = s.tokens;
        let Some(i) = toks.iter().position(|t| t.start() == y.at) else {
            continue;
        };
        if i < 3 || toks[i - 1].norm != "năm" {
            continue;
        }
        let from = i.saturating_sub(16);
        let Some(h) = (from..i - 2)
            .rev()
            .find(|&h| toks[h].norm == "hội" && toks[h + 1].norm == "nghị")
        else {
            continue;
        };
        let between = &toks[h + 2..i - 1];
        let staff = (1..=between.len()).any(|e| {
            CUES.ending_at(CueKind::AnnualConference, between, e)
                .is_some()
        });
        let review =
            (1..=between.len()).any(|e| CUES.ending_at(CueKind::Review, between, e).is_some());
        let one_clause = between
            .iter()
            .all(|t| t.is_word() || t.punct() == Some(','));
        if staff && !review && one_clause {
            out.push(y.at);
        }
    }
    out
}

/// Makes a year a decade or more before the article's date history: a
/// veteran's campaign (`trong Chiến dịch Tây Nguyên năm 1975`), a birth
/// (`bà … (sinh năm 1979)`), a founding told in passing. Such a year dates
/// the figures of its own sentence only ([`Role::Own`]); a news report's
/// next sentences are of the years it reports (`Trên diện tích 6,5 ha,
/// mỗi năm gia đình ông thu khoảng 1,8 tỷ đồng` after the campaign).
/// With no dateline, the latest year the text reports stands for the
/// article's date.
fn historical(sentences: &[Sentence], years: &mut [YearAt], published: Option<i32>) {
    let latest = || {
        years
            .iter()
            .filter(|y| matches!(y.role, Role::Plain | Role::Event))
            .map(|y| y.year)
            .max()
    };
    let Some(published) = published.or_else(latest) else {
        return;
    };
    for y in years
        .iter_mut()
        .filter(|y| y.role == Role::Plain && y.year != 0 && y.year + HISTORY <= published)
    {
        let k = sentences.partition_point(|s| s.start <= y.at);
        if let Some(s) = k.checked_sub(1).and_then(|k| sentences.get(k)) {
            y.role = Role::Own { until: s.end };
        }
    }
}

/// Marks each sentence that opens at an event (`Tại buổi
/// đối thoại, 14 ý kiến …`, `Cũng tại lễ phát động, …`) with a
/// [`Role::AtEvent`] at its `Tại`, kept in text order. Not one giving
/// awards (`Tại hội nghị, Tổng LĐLĐ Việt Nam tặng Cờ thi đua cho 02 tập
/// thể`): a review's awards are for the year it reviews.
fn at_events(sentences: &[Sentence], years: &mut Vec<YearAt>) {
    use cues::{CueKind, CUES};
    let mut found = false;
    for s in sentences {
        let toks = s.tokens;
        let first = toks.iter().position(Token::is_word).unwrap_or(toks.len());
        let tai = match toks.get(first).map(|t| t.norm) {
            Some("cũng") => first + 1,
            _ => first,
        };
        if toks.get(tai).is_none_or(|t| t.norm != "tại") {
            continue;
        }
        // `Tại buổi đối thoại`, `Tại buổi lễ`: the longest event noun
        // right after `tại`.
        let event = (tai + 2..=(tai + 3).min(toks.len()))
            .any(|e| CUES.ending_at(CueKind::AtEvent, toks, e) == Some(tai + 1));
        let award = (1..=toks.len()).any(|e| CUES.ending_at(CueKind::Award, toks, e).is_some());
        if event && !award {
            found = true;
            years.push(YearAt {
                at: toks[tai].start(),
                year: 0,
                role: Role::AtEvent,
            });
        }
    }
    if found {
        years.sort_by_key(|y| y.at);
    }
}

/// Marks the sentences that open with a period of the report's year and
/// no year of their own, then a comma: `Trong 9 tháng, toàn tỉnh giải
/// quyết việc làm cho 21.480 lao động` after `Dân số trung bình năm 2024
/// … là 1.911.600 người` in one paragraph is of the report's 2025, not of
/// the year the sentence before named. `(Trong) N tháng (đầu|cuối năm|
/// qua)`, `Quý I`.
fn current_periods(sentences: &[Sentence], years: &mut Vec<YearAt>) {
    let mut found = false;
    for s in sentences {
        let toks = s.tokens;
        let Some(end) = yearless_period_opening(toks) else {
            continue;
        };
        if toks.get(end).is_some_and(|t| t.is(',')) {
            found = true;
            years.push(YearAt {
                at: toks[0].start(),
                year: 0,
                role: Role::Current,
            });
        }
    }
    if found {
        years.sort_by_key(|y| y.at);
    }
}

/// Where a period of months or a quarter with no year opening the tokens
/// ends (`Trong 9 tháng`, `6 tháng đầu năm`, `Quý III`).
fn yearless_period_opening(toks: &[Token]) -> Option<usize> {
    let mut i = usize::from(toks.first()?.norm == "trong");
    let t = toks.get(i)?;
    if t.kind() == TokKind::Num && toks.get(i + 1)?.norm == "tháng" {
        i += 2;
        if toks
            .get(i)
            .is_some_and(|t| matches!(t.norm, "đầu" | "cuối"))
            && toks.get(i + 1).is_some_and(|t| t.norm == "năm")
        {
            i += 2;
        } else if toks.get(i).is_some_and(|t| t.norm == "qua") {
            i += 1;
        }
        return Some(i);
    }
    let quarter = toks
        .get(i + 1)
        .is_some_and(|q| expressions::quarter_numeral(q.norm));
    (t.norm == "quý" && quarter).then_some(i + 2)
}

/// Where the sentences with a numeral speak in the present (`hiện có`,
/// `đến nay`: [`cues::CueKind::Now`]), by the cue's first byte.
fn present_cues(sentences: &[Sentence]) -> Vec<usize> {
    use cues::{CueKind, CUES};
    let mut out = Vec::new();
    for s in sentences.iter().filter(|s| !s.tokens.is_empty()) {
        let toks = s.tokens;
        out.extend(
            (1..=toks.len())
                .filter_map(|e| CUES.ending_at(CueKind::Now, toks, e))
                .filter(|&b| b == 0 || CUES.ending_at(CueKind::NotNow, toks, b).is_none())
                .map(|b| toks[b].start()),
        );
    }
    out
}

/// Whether a sentence opens with the present (`Đến nay, LĐLĐ huyện có 86
/// công đoàn cơ sở`, `Hiện nay, …`): it answers a past year before it
/// (`Năm 1989, khi mới thành lập, …`), it does not go on with it.
fn opens_with_now(s: &Sentence) -> bool {
    let toks = s.tokens;
    now_at(
        toks,
        toks.iter().position(Token::is_word).unwrap_or(toks.len()),
    )
}

/// Where a clause of sentence `s` after its first opens with the present
/// (`…, đến nay mỗi năm thu lãi khoảng 80 triệu đồng`): the byte it
/// starts at.
fn now_clause(s: &Sentence) -> Option<usize> {
    let toks = s.tokens;
    let marks = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.punct(), Some(',' | ';')));
    marks
        .map(|(m, _)| m + 1)
        .find(|&first| now_at(toks, first))
        .map(|first| toks[first].start())
}

/// Whether a phrase of the present (`Đến nay`, `Hiện nay`, `nay`) starts
/// at token `first`.
fn now_at(toks: &[Token], first: usize) -> bool {
    use cues::{CueKind, CUES};
    (first + 1..=(first + 2).min(toks.len()))
        .any(|e| CUES.ending_at(CueKind::NowOpener, toks, e) == Some(first))
}

/// Whether token `i` names a feast (`tết`, `xuân`, `hè`) and is not part
/// of a proper name: a place such as `Thanh Xuân`, `Xuân Lộc` or `Thường
/// Xuân` names no feast. A feast word with a capitalised word after it
/// names a feast only when that word goes on the feast's own name (`Tết
/// Nguyên đán`, `Xuân Giáp Thìn`); one with a capitalised word before it,
/// not the sentence's first, is the end of a name.
fn names_feast(text: &str, toks: &[Token], i: usize) -> bool {
    use cues::{CueKind, CUES};
    let Some(t) = toks.get(i).filter(|t| t.is_word()) else {
        return false;
    };
    if !CUES.is(CueKind::Holiday, t.norm) {
        return false;
    }
    let cap = |t: &Token| {
        t.is_word()
            && text
                .get(t.start()..t.end())
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let feast_name = |t: &Token| {
        [CueKind::HolidayFiller, CueKind::Stem, CueKind::Branch]
            .into_iter()
            .any(|k| CUES.is(k, t.norm))
    };
    let name_before = i >= 2 && cap(&toks[i - 1]);
    let name_after = toks.get(i + 1).is_some_and(|n| cap(n) && !feast_name(n));
    !name_before && !name_after
}

/// The section headings of the body after its first paragraph: a
/// paragraph of a line with no final stop, numbered (`III.`, `2.`) or
/// written in capitals, whose only numerals are years (`NĂM HỌC 2024 -
/// 2025`): a numbered line with a count (`1. Kết nạp 500 đoàn viên năm
/// 2024`) is a list item, not a heading. A number with its full stop
/// (`III.`) may be a sentence of its own: the paragraph is read whole.
/// With each, whether it is numbered as a subsection ([`SUBSECTION`]).
fn headings(
    text: &str,
    sentences: &[Sentence],
    title: Option<&Range<usize>>,
) -> (Vec<Range<usize>>, Vec<bool>) {
    let (mut out, mut sub) = (Vec::new(), Vec::new());
    for para in sentences.chunk_by(|a, b| a.paragraph == b.paragraph) {
        let (Some(first), Some(last)) = (para.first(), para.last()) else {
            continue;
        };
        if first.paragraph == 0 || para.len() > 2 || last.end - first.start > 160 {
            continue;
        }
        // A report's title names the years it covers, no section's.
        if title.is_some_and(|t| t.contains(&first.start)) {
            continue;
        }
        let t = text.get(first.start..last.end).unwrap_or("").trim();
        // `5.` or `III.` a sentence of its own before the heading's words.
        let enumerator = text
            .get(first.start..first.end)
            .is_some_and(|f| para.len() == 2 && is_enumerator(f));
        let years_only = para[usize::from(enumerator)..]
            .iter()
            .all(Sentence::numerals_are_dates);
        if years_only && heading_line(t, false) {
            out.push(first.start..last.end);
            sub.push(section_rank(t) >= SUBSECTION);
        }
    }
    (out, sub)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

    /// The year of the claim whose first figure is `figure` in `text`.
    fn year(text: &str, figure: &str, kind: Kind) -> Option<i32> {
        let ss = sentences(text, &cut(text, false));
        let years = Years::new(text, &ss);
        let at = text.find(figure).unwrap_or_else(|| panic!("{figure}"));
        let s = ss
            .iter()
            .find(|s| s.start <= at && at < s.end)
            .unwrap_or_else(|| panic!("no sentence at {figure}"));
        years.year_for(text, s, at, kind)
    }

    #[test]
    fn a_title_reviewing_a_year_before_its_plan_dates_the_report() {
        // held-out h203: a January report, its letterhead dated in the
        // plan's year; the title reviews the year before.
        let text = "CÔNG ĐOÀN KHU KINH TẾ TỈNH\n\
                    Số: 09/BC-CĐKKT      Khánh Hòa, ngày 12 tháng 01 năm 2026\n\n\
                    BÁO CÁO\n\n\
                    Tổng kết công tác công đoàn năm 2025, phương hướng nhiệm vụ năm 2026\n\n\
                    I. TÌNH HÌNH CHUNG\n\n\
                    Toàn khu có 214 doanh nghiệp đang hoạt động với 38 426 lao động.";
        assert_eq!(year(text, "214", Kind::Actual), Some(2025));
        // Ours: an association's report, the plan named `chương trình`.
        let text = "HỘI CỰU CHIẾN BINH HUYỆN VĂN CHẤN\n\
                    Số: 12/BC-CCB      Văn Chấn, ngày 8 tháng 1 năm 2024\n\n\
                    BÁO CÁO\n\n\
                    Kết quả công tác Hội năm 2023, chương trình công tác năm 2024\n\n\
                    I. TỔ CHỨC HỘI\n\n\
                    Các cấp Hội đang quản lý 40 tổ tiết kiệm và vay vốn.";
        assert_eq!(year(text, "40", Kind::Actual), Some(2023));
        // A half-year's review and the half after it are of one year.
        let text = "HỘI CỰU CHIẾN BINH HUYỆN VĂN CHẤN\n\
                    Số: 7/BC-CCB      Văn Chấn, ngày 5 tháng 7 năm 2024\n\n\
                    BÁO CÁO\n\n\
                    Sơ kết 6 tháng đầu năm 2024, phương hướng 6 tháng cuối năm 2024\n\n\
                    I. TỔ CHỨC HỘI\n\n\
                    Các cấp Hội đang quản lý 40 tổ tiết kiệm và vay vốn.";
        assert_eq!(year(text, "40", Kind::Actual), Some(2024));
    }

    #[test]
    fn a_reports_title_is_its_headline_not_a_section_heading() {
        // held-out h140: three lines of letterhead and `BÁO CÁO` fill the
        // lead; the title reviews 2014 and names the estimate for 2015
        // last. A section naming no year of its own is of the year
        // reviewed, not the title's last.
        let text = "UỶ BAN NHÂN DÂN          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                    HUYỆN TUY AN                    Độc lập - Tự do - Hạnh phúc\n\
                    Số: 312/BC-UBND           Tuy An, ngày 10 tháng 12 năm 2014\n\n\
                    \x20                   BÁO CÁO\n\
                    \x20   Tình hình thực hiện dự toán ngân sách nhà nước năm 2014\n\
                    \x20                   và dự toán năm 2015\n\n\
                    1. Thu ngân sách\n\
                    Tổng thu ngân sách năm 2014 ước thực hiện 86.540 triệu đồng.\n\n\
                    2. Chi ngân sách\n\
                    Tổng chi ngân sách huyện ước thực hiện 412 tỷ 360 triệu đồng.\n\n\
                    3. Dự toán năm 2015\n\
                    Chi ngân sách huyện 398.450 triệu đồng.\n";
        assert_eq!(year(text, "412", Kind::Actual), Some(2014));
        assert_eq!(year(text, "398.450", Kind::Plan), Some(2015));
        // Ours: a youth union's half-year report, the title in capitals
        // naming the year's halves; its sections name no year.
        let text = "TỈNH ĐOÀN BẮC GIANG\n\
                    BCH ĐOÀN HUYỆN LỤC NAM\n\
                    Số: 45-BC/ĐTN          Lục Nam, ngày 15 tháng 6 năm 2023\n\n\
                    BÁO CÁO\n\
                    SƠ KẾT CÔNG TÁC ĐOÀN 6 THÁNG ĐẦU NĂM 2023\n\
                    VÀ CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2023\n\n\
                    1. Công tác tổ chức\n\
                    Toàn huyện kết nạp 312 đoàn viên mới.\n";
        assert_eq!(year(text, "312", Kind::Actual), Some(2023));
        // Ours: the year reviewed named after `kế hoạch` and the next
        // year's named `nhiệm vụ trọng tâm`: the title's first year.
        let text = "UBND HUYỆN LỤC NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                    PHÒNG GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc\n\
                    Số: 45/BC-PGDĐT          Lục Nam, ngày 15 tháng 12 năm 2023\n\n\
                    \x20                   BÁO CÁO\n\
                    \x20   Tình hình thực hiện kế hoạch phát triển giáo dục năm 2023\n\
                    \x20                   và nhiệm vụ trọng tâm năm 2024\n\n\
                    1. Quy mô trường lớp\n\
                    Toàn huyện có 48 trường với 21.350 học sinh.\n";
        assert_eq!(year(text, "21.350", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_january_report_is_of_the_year_its_text_reports_not_its_date() {
        // held-out h203's letterhead date: the report's date, not a year
        // of its figures; its title and body report the year before.
        let text = "CÔNG ĐOÀN KHU KINH TẾ TỈNH\n\
                    Số: 09/BC-CĐKKT      Khánh Hòa, ngày 12 tháng 01 năm 2026\n\n\
                    BÁO CÁO\n\n\
                    Kết quả công tác công đoàn năm 2025\n\n\
                    I. TÌNH HÌNH CHUNG\n\n\
                    Toàn khu có 214 doanh nghiệp đang hoạt động.";
        assert_eq!(year(text, "214", Kind::Actual), Some(2025));
        // Ours: a report whose text names no year is of its date's.
        let text = "CÔNG ĐOÀN NGÀNH Y TẾ\n\
                    Số: 05/BC-CĐN      Nam Định, ngày 10 tháng 12 năm 2023\n\n\
                    BÁO CÁO\n\n\
                    Kết quả công tác công đoàn\n\n\
                    I. TÌNH HÌNH CHUNG\n\n\
                    Toàn ngành có 41 công đoàn cơ sở.";
        assert_eq!(year(text, "41", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_rate_of_a_period_of_the_year_before_is_of_that_year() {
        // Held-out h392: `cao hơn mức tăng 2,82% của 6 tháng năm trước`.
        let t = "Tiêu đề\n\nNăm 2024, GRDP 6 tháng đầu năm 2024 ước tăng 6,13%, cao hơn mức tăng 2,82% của 6 tháng năm trước.";
        assert_eq!(year(t, "6,13", Kind::Actual), Some(2024));
        assert_eq!(year(t, "2,82", Kind::Actual), Some(2023));
        // Ours: a quarter.
        let t = "Tiêu đề\n\nNăm 2024, thu ngân sách quý I tăng 8%, thấp hơn mức 9,5% của quý I năm trước.";
        assert_eq!(year(t, "9,5", Kind::Actual), Some(2023));
    }

    #[test]
    fn the_start_of_the_term_reviewed_is_its_first_year() {
        // Held-out h401: a congress of 2023 reviewing the term 2018 - 2023.
        let t = "Đại hội Công đoàn quận Long Biên lần thứ V, nhiệm kỳ 2023 - 2028\n\nNhiệm kỳ 2018 - 2023, LĐLĐ quận kết nạp 8.427 đoàn viên.\n\nĐầu nhiệm kỳ, LĐLĐ quận Long Biên quản lý 312 CĐCS với 18.640 đoàn viên. Đến ngày 31/5/2023, LĐLĐ quận quản lý 356 CĐCS.";
        assert_eq!(year(t, "18.640", Kind::Actual), Some(2018));
        assert_eq!(year(t, "356", Kind::Actual), Some(2023));
        // Ours (after h355): `Nếu như đầu nhiệm kỳ …, đến nay …`; the
        // start compared with dates nothing.
        let t = "Hội LHPN huyện tổng kết nhiệm kỳ 2016 - 2021\nCập nhật: 20/6/2021 08:00\n\nNhiệm kỳ 2016 - 2021, Hội kết nạp 900 hội viên.\n\nNếu như đầu nhiệm kỳ, toàn huyện có 40 chi hội, thì đến nay có 52 chi hội. Dư nợ tăng 12 tỷ đồng so với đầu nhiệm kỳ.";
        assert_eq!(year(t, "40 chi", Kind::Actual), Some(2016));
        assert_eq!(year(t, "52 chi", Kind::Actual), Some(2021));
        assert_eq!(year(t, "12 tỷ", Kind::Actual), Some(2021));
    }

    #[test]
    fn a_yearless_period_opening_a_sentence_is_the_reports() {
        // Held-out h391: a report of 9 months of 2025 whose paragraph
        // names 2024's population first.
        let t = "BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng năm 2025\n\n6. Dân số. Dân số trung bình năm 2024 là 1.911.600 người. Trong 9 tháng, toàn tỉnh giải quyết việc làm cho 21.480 lao động. Tỷ lệ hộ nghèo ước còn 15,38%.";
        assert_eq!(year(t, "1.911.600", Kind::Actual), Some(2024));
        assert_eq!(year(t, "21.480", Kind::Actual), Some(2025));
        assert_eq!(year(t, "15,38", Kind::Actual), Some(2025));
        // Ours: a quarter; with a year of its own it is no such opener.
        let t = "BÁO CÁO\nKết quả công tác Hội năm 2023\n\nNăm 2022 Hội có 900 hội viên. Quý IV, Hội kết nạp 120 hội viên. Quý IV/2022, Hội kết nạp 80 hội viên.";
        assert_eq!(year(t, "120", Kind::Actual), Some(2023));
        assert_eq!(year(t, "80 hội", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_body_told_as_it_was_founded_is_of_the_founding_year() {
        // Held-out h398 and h399.
        let t = "Tiêu đề\nCập nhật: 12/8/2022 08:00\n\nNăm 2022, Hội kết nạp 300 hội viên.\n\nHội CCB huyện Lục Ngạn được thành lập tháng 4/1991, khi đó có 14 cơ sở hội với 830 hội viên. Đến nay Hội có 5.648 hội viên.\n\nThành lập ngày 12/4/1990 với hơn 3.000 hội viên, Hội hiện có 19.826 hội viên.";
        assert_eq!(year(t, "830", Kind::Actual), Some(1991));
        assert_eq!(year(t, "5.648", Kind::Actual), Some(2022));
        assert_eq!(year(t, "3.000", Kind::Actual), Some(1990));
        assert_eq!(year(t, "19.826", Kind::Actual), Some(2022));
        // Ours: `ra đời năm …, lúc ấy có …`; a founding alone dates
        // nothing (dev README: another body's founding date).
        let t = "Tiêu đề\nCập nhật: 12/8/2022 08:00\n\nNăm 2022, HTX lãi 800 triệu đồng. HTX ra đời năm 2010, lúc ấy có 15 xã viên. Công ty (thành lập năm 2005) có 300 lao động.";
        assert_eq!(year(t, "15 xã", Kind::Actual), Some(2010));
        assert_eq!(year(t, "300 lao", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_state_told_in_the_present_is_of_the_articles_date_from_march() {
        // Held-out h399 (dated 21/05/2025, its body naming 2024 most):
        // `Hội CCB tỉnh hiện có 9 huyện, thành hội, 157 cơ sở hội`.
        let t = "BÁO ĐỒNG KHỞI\n21/05/2025 - 10:05\nHội sơ kết giữa nhiệm kỳ\n\nNgày 20/5, Hội CCB tỉnh tổ chức hội nghị sơ kết.\n\nHội CCB tỉnh hiện có 157 cơ sở hội. Năm 2024 có 151/157 cơ sở hội đạt vững mạnh. Đến cuối năm 2024 còn 58 hộ nghèo.\n\nHội trao 40 suất quà.";
        assert_eq!(year(t, "157 cơ", Kind::Actual), Some(2025));
        assert_eq!(year(t, "151/157", Kind::Actual), Some(2024));
        assert_eq!(year(t, "40 suất", Kind::Actual), Some(2024));
        // Ours: `đến nay` in September; the figure before it keeps the
        // document's year.
        let t = "Tiêu đề\n\nCập nhật: 12/9/2019 08:00\n\nNăm 2018, Hội kết nạp 300 hội viên. Hội đã vận động 2 tỷ đồng, đến nay giải ngân 1,5 tỷ đồng.";
        assert_eq!(year(t, "1,5 tỷ", Kind::Actual), Some(2019));
        // Ours: a review printed in January speaks of the year before.
        let t = "Tiêu đề\n\nCập nhật: 12/1/2019 08:00\n\nNăm 2018, Hội kết nạp 300 hội viên. Toàn huyện hiện có 8.000 hội viên.";
        assert_eq!(year(t, "8.000", Kind::Actual), Some(2018));
        // Ours: `hiện` ending another word is no present.
        let t = "Tiêu đề\n\nCập nhật: 12/9/2019 08:00\n\nNăm 2018, Hội kết nạp 300 hội viên. Các chi hội thực hiện có hiệu quả 15 mô hình.";
        assert_eq!(year(t, "15 mô", Kind::Actual), Some(2018));
        let t = "Tiêu đề\n\nCập nhật: 12/9/2019 08:00\n\nNăm 2018, Hội kết nạp 300 hội viên. Hiện toàn huyện có 15 chi hội.";
        assert_eq!(year(t, "15 chi", Kind::Actual), Some(2019));
    }

    #[test]
    fn a_past_year_answered_by_now_dates_its_own_sentence_only() {
        // h73: the quote's `Năm 2019` is a then, `Giờ` the now of the
        // year reported; the story's later paragraphs are of that year.
        let t = "Tiêu đề\n\nMở đầu\n\nCập nhật\n\nChị Kiều nói. \"Năm 2019 công ty có 1.450 công nhân, đoàn viên mới được 380 người. Giờ toàn công ty có 2.316 lao động thì 2.204 người đã là đoàn viên\", chị Kiều nói.\n\nTheo báo cáo, năm 2025 đơn vị kết nạp thêm 186 đoàn viên. Thu nhập năm 2025 đạt 9,6 triệu đồng.\n\nNăm qua, Công đoàn công ty tổ chức 12 chuyến xe.";
        assert_eq!(year(t, "1.450", Kind::Actual), Some(2019));
        assert_eq!(year(t, "2.316", Kind::Actual), Some(2025));
        assert_eq!(year(t, "12 chuyến", Kind::Actual), Some(2025));
        // Our own: a cooperative then and now.
        let t = "Tiêu đề\n\nNăm 2015 hợp tác xã có 40 xã viên. Nay hợp tác xã có 150 xã viên.\n\nBài\n\nNăm 2023, hợp tác xã lãi 800 triệu đồng.\n\nHợp tác xã trả cổ tức 12%.";
        assert_eq!(year(t, "40 xã", Kind::Actual), Some(2015));
        assert_eq!(year(t, "150", Kind::Actual), Some(2023));
        assert_eq!(year(t, "12%", Kind::Actual), Some(2023));
        // Ours: the year reported and its present are no then and now.
        let t = "Tiêu đề\n\nNăm 2023, Hội kết nạp 500 hội viên. Hiện nay, Hội có 12.000 hội viên.\n\nHội phấn đấu năm 2024 kết nạp 600 hội viên.\n\nHội có 40 chi hội.";
        assert_eq!(year(t, "12.000", Kind::Actual), Some(2023));
        assert_eq!(year(t, "40 chi", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_feast_named_by_its_cycle_under_a_yearless_dateline_is_the_nearest() {
        // h191: `Ngày 12-1` gives no year; Tết Canh Tý is the one nearest
        // the year the article reports (2020, not the 2019 before it).
        let t = "LĐLĐ tỉnh chăm lo Tết cho công nhân\n\nNgày 12-1, LĐLĐ tỉnh tổ chức chương trình Tết Sum vầy.\n\nNăm 2019, thu nhập bình quân đạt 6,8 triệu đồng/người/tháng. Mức thưởng Tết Canh Tý bình quân 7,1 triệu đồng/người.";
        assert_eq!(year(t, "6,8", Kind::Actual), Some(2019));
        assert_eq!(year(t, "7,1", Kind::Actual), Some(2020));
        // Our own: Tết Giáp Thìn (2024) after a 2023 sentence; it dates
        // its own sentence only (h41: `Trong năm, …` is the year reported).
        let t = "Hội chăm lo Tết\n\nNăm 2023, Hội kết nạp 320 hội viên. Dịp Tết Giáp Thìn, Hội trao 150 suất quà. Trong năm, Hội xây 2 nhà.";
        assert_eq!(year(t, "150", Kind::Actual), Some(2024));
        assert_eq!(year(t, "2 nhà", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_figure_of_the_year_before_takes_the_year_before() {
        // h220: `cao hơn mức tăng 6,5% của năm trước` in a 2025 sentence.
        let t =
            "GRDP năm 2025 ước tăng 8,02% so với năm 2024, cao hơn mức tăng 6,5% của năm trước.";
        assert_eq!(year(t, "8,02", Kind::Actual), Some(2025));
        assert_eq!(year(t, "6,5", Kind::Actual), Some(2024));
        // Our own: `năm ngoái`, the colloquial year before.
        let t = "Năm 2023, Hội kết nạp 420 hội viên, nhiều hơn 350 hội viên của năm ngoái.";
        assert_eq!(year(t, "420", Kind::Actual), Some(2023));
        assert_eq!(year(t, "350", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_feast_compared_with_is_no_year_of_the_sentence() {
        // h15: `giảm gần 1,75 lần so với Tết Giáp Thìn` under the 2025 Tết.
        let t = "Tết Sum vầy 2025\n\nDịp Tết Ất Tỵ 2025, công đoàn chăm lo cho 6.532 đoàn viên.\n\nCó 1.842 doanh nghiệp chậm lương, giảm gần 1,75 lần so với Tết Giáp Thìn.";
        assert_eq!(year(t, "1.842", Kind::Actual), Some(2025));
        // Our own.
        let t = "Năm 2022, Hội kết nạp 300 hội viên.\n\nHội trao 80 suất quà, tăng 20 suất so với Tết Tân Sửu.";
        assert_eq!(year(t, "80 suất", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_lead_telling_a_story_by_years_reports_the_latest() {
        // h73's probe: `Năm qua` in a new paragraph is the story's last year.
        let t = "Năm 2019, công ty có 1.450 công nhân. Năm 2025, Công đoàn công ty kết nạp 186 đoàn viên.\n\nNăm qua, Công đoàn công ty tổ chức 12 chuyến xe đưa 540 công nhân về quê.";
        assert_eq!(year(t, "1.450", Kind::Actual), Some(2019));
        assert_eq!(year(t, "540", Kind::Actual), Some(2025));
        // Our own: a school's union.
        let t = "Năm 2018 trường có 45 giáo viên. Năm 2023 Công đoàn trường kết nạp 6 đoàn viên.\n\nCông đoàn trường tặng 30 suất quà.";
        assert_eq!(year(t, "30 suất", Kind::Actual), Some(2023));
        // Ours, over the lead's paragraphs: the later year counts when it
        // is the one before the plans', else the first stays.
        let story = "Tiêu đề\n\nNăm 2019, công ty có 1.450 công nhân. Công ty mở rộng sản xuất.\n\nNăm 2025, Công đoàn công ty kết nạp 186 đoàn viên. Công đoàn vững mạnh.\n\nCông đoàn trao 300 suất quà. Mỗi suất 500.000 đồng.";
        assert_eq!(year(story, "300", Kind::Actual), Some(2019));
        let t = format!("{story}\n\nNăm 2026, Công đoàn phấn đấu kết nạp 200 đoàn viên.");
        assert_eq!(year(&t, "300", Kind::Actual), Some(2025));
        assert_eq!(year(&t, "200", Kind::Plan), Some(2026));
    }

    #[test]
    fn a_comparisons_base_takes_the_compared_year() {
        // d22
        let t = "Diện tích vụ 2022 - 2023 là 141.906 ha, tăng 17.151 ha so với vụ 2021 - 2022 là 124.753 ha.";
        assert_eq!(year(t, "124.753", Kind::Actual), Some(2022));
        assert_eq!(year(t, "17.151", Kind::Actual), Some(2023));
        let t = "Năm 2023 kết nạp 1.500 đoàn viên, tăng 25% so với 1.200 đoàn viên của năm 2022.";
        assert_eq!(year(t, "1.200", Kind::Actual), Some(2022));
        assert_eq!(year(t, "25%", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_multiples_year_is_compared_not_the_figures() {
        // held-out h313: `gấp 2,3 lần năm 2017` in a review of 2018.
        let t =
            "BHXH tỉnh tổng kết\n\nSáng 26/11, BHXH tỉnh đánh giá công tác 11 tháng năm 2018.\n\n\
                 Đến ngày 31/10, có 9 460 người tham gia BHXH tự nguyện, gấp 2,3 lần năm 2017.";
        assert_eq!(year(t, "9 460", Kind::Actual), Some(2018));
        // The author's own: a fund three times the year before's.
        let t =
            "Quỹ Mái ấm Công đoàn\n\nNăm 2024, Quỹ vận động được 3 tỷ đồng, gấp 3 lần năm 2023.";
        assert_eq!(year(t, "3 tỷ", Kind::Actual), Some(2024));
    }

    #[test]
    fn a_year_after_the_claim_in_its_clause_counts() {
        // d07
        let t = "Tại Hội nghị đã vinh danh 256 tập thể có thành tích trong hoạt động Công đoàn năm 2022.";
        assert_eq!(year(t, "256", Kind::Actual), Some(2022));
        let t = "Năm 2023 là năm bản lề. Đã trao 40 suất quà; Tết Giáp Thìn 2024 sẽ trao thêm.";
        assert_eq!(year(t, "40", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_paragraphs_year_carries_to_its_next_sentences() {
        // d07: `Trong năm` names no year of its own.
        let t = "Tiêu đề\n\nMở đầu\n\nBài\n\nThêm\n\nNăm 2022, Công đoàn chú trọng tuyên truyền. Trong năm, Công đoàn thành lập mới 45 CĐCS.\n\nNăm 2023, Công đoàn tập trung chăm lo. Phấn đấu thành lập mới 40 CĐCS.";
        assert_eq!(year(t, "45", Kind::Actual), Some(2022));
        assert_eq!(year(t, "40", Kind::Plan), Some(2023));
    }

    #[test]
    fn a_year_of_intent_does_not_carry_to_the_results_after_it() {
        // held-out h411: next year's plan, then the awards of the review.
        let t = "LĐLĐ tỉnh tổng kết\n\nNgày 20/12/2018\n\nNăm 2018, LĐLĐ tỉnh kết nạp 6.124 đoàn viên.\n\nNăm 2019, LĐLĐ tỉnh phấn đấu kết nạp 6.000 đoàn viên. Nhân dịp tổng kết, LĐLĐ tỉnh tặng Bằng khen cho 46 tập thể.";
        assert_eq!(year(t, "6.000", Kind::Plan), Some(2019));
        assert_eq!(year(t, "46", Kind::Actual), Some(2018));
        // Ours: a plan's year still dates the plans after it.
        let t = "Hội tổng kết\n\nNgày 20/12/2023\n\nNăm 2023, Hội kết nạp 300 hội viên.\n\nNăm 2024, Hội đặt mục tiêu kết nạp 350 hội viên. Phấn đấu thành lập 12 tổ hợp tác.";
        assert_eq!(year(t, "12 tổ", Kind::Plan), Some(2024));
    }

    #[test]
    fn a_congress_term_does_not_carry_to_the_next_sentence() {
        // bac-tu-liem-2022 hard-wrapped: `… Đại hội Công đoàn quận … lần
        // thứ II, nhiệm kỳ 2023-2028.` then, in the same paragraph, `LĐLĐ
        // quận đã đạt 100% chỉ tiêu giao …`: the results are the report's.
        let t = "Tiêu đề\n\nNăm 2022, LĐLĐ quận có nhiều kết quả.\n\nLĐLĐ quận chuẩn bị Đại hội Công đoàn quận lần thứ II, nhiệm kỳ 2023-2028. LĐLĐ quận đã đạt 116% chỉ tiêu về phát triển đoàn viên.";
        assert_eq!(year(t, "116", Kind::Actual), Some(2022));
        // Our own: a youth union's congress, then the year's results.
        let t = "Tiêu đề\n\nNăm 2021, Huyện đoàn hoàn thành nhiệm vụ.\n\nHuyện đoàn tổ chức Đại hội Đoàn huyện nhiệm kỳ 2022-2027. Huyện đoàn đã kết nạp 350 đoàn viên mới.";
        assert_eq!(year(t, "350", Kind::Actual), Some(2021));
    }

    #[test]
    fn a_same_period_opening_a_parenthesis_dates_its_whole_list() {
        // held-out h386 (round 44): shares of the year before, listed
        // with semicolons inside the parenthesis.
        let t = "Tiêu đề\n\nNgày 05/7/2024\n\nVề cơ cấu kinh tế 6 tháng năm 2024, khu vực nông nghiệp chiếm 7,1%; công nghiệp 58,9% (cùng kỳ năm 2023 các tỷ trọng tương ứng là 7,4%; 58,1%; 28,2% và 6,3%).";
        assert_eq!(year(t, "58,1", Kind::Actual), Some(2023));
        assert_eq!(year(t, "6,3", Kind::Actual), Some(2023));
        assert_ne!(year(t, "58,9", Kind::Actual), Some(2023));
        // Ours: two rates of the year before, after a comma.
        let t = "Tiêu đề\n\nNgày 05/7/2024\n\nTỷ lệ hộ nghèo còn 2,1%, hộ cận nghèo 3,4% (cùng kỳ năm 2023 lần lượt là 2,9%, 4,0%).";
        assert_eq!(year(t, "4,0", Kind::Actual), Some(2023));
        assert_ne!(year(t, "3,4", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_starting_levels_year_after_its_share_is_the_levels_alone() {
        // held-out h390 (round 44): the share in parentheses and `cuối`
        // stand between the starting level and its year.
        let t = "Tiêu đề\n\nNgày 20/12/2016\n\nNăm 2016, số hộ nghèo toàn huyện giảm từ 4.812 hộ (34,6%) cuối năm 2015 xuống còn 4.236 hộ (29,85%), giảm 576 hộ.";
        assert_eq!(year(t, "4.812", Kind::Actual), Some(2015));
        assert_eq!(year(t, "4.236", Kind::Actual), Some(2016));
        assert_eq!(year(t, "576", Kind::Actual), Some(2016));
        // Ours: members rising from a level at the start of a year.
        let t = "Tiêu đề\n\nNgày 20/12/2024\n\nNăm 2024, số hội viên tăng từ 1.200 người (62%) cuối năm 2022 lên 1.450 người.";
        assert_eq!(year(t, "1.450", Kind::Actual), Some(2024));
        assert_eq!(year(t, "1.200", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_year_of_history_dates_its_own_sentence_only() {
        // h380 (round 43): a veteran's campaign, then his farm's figures.
        let t = "Tiêu đề\n\nBáo Cựu chiến binh Việt Nam | 22/11/2022\n\nNăm 2022, Hội có 486 hộ hội viên giỏi.\n\nÔng Thắng từng chiến đấu trong Chiến dịch Tây Nguyên năm 1975. Trên diện tích 6,5 ha, mỗi năm gia đình ông thu khoảng 1,8 tỷ đồng.";
        assert_eq!(year(t, "6,5", Kind::Actual), Some(2022));
        // h385 (round 44): a birth year in parentheses, then the congress.
        let t = "Đại hội Phụ nữ huyện lần thứ III, nhiệm kỳ 2021-2026\n\nCập nhật: 16:05, 25/03/2021\n\nĐại hội đã bầu 27 đồng chí; bà Lệ (sinh năm 1979) tái đắc cử Chủ tịch. Đại hội cũng bầu 9 đại biểu chính thức.";
        assert_eq!(year(t, "9 đại", Kind::Actual), Some(2021));
        // Our own: a company founded long ago, then this year's figure;
        // a year of history still dates its own sentence's figures.
        let t = "Tiêu đề\n\nNgày 12/3/2024\n\nNăm 2024, công ty có nhiều kết quả.\n\nNăm 2005, công ty có 120 công nhân. Thu nhập bình quân đạt 9,2 triệu đồng.";
        assert_eq!(year(t, "9,2", Kind::Actual), Some(2024));
        assert_eq!(year(t, "120", Kind::Actual), Some(2005));
    }

    #[test]
    fn a_review_conferences_figures_are_of_the_year_reviewed() {
        // d07: the headline's year is the plan's.
        let t = "Công đoàn các KCN tỉnh triển khai nhiệm vụ năm 2023\n\nSáng 11/01, Công đoàn tổ chức tổng kết hoạt động Công đoàn năm 2022, triển khai nhiệm vụ năm 2023.\n\nẢnh\n\nThêm\n\nĐã kết nạp 22.500 đoàn viên.\n\nPhấn đấu kết nạp 3.000 đoàn viên.";
        assert_eq!(year(t, "22.500", Kind::Actual), Some(2022));
        assert_eq!(year(t, "3.000", Kind::Plan), Some(2023));
    }

    #[test]
    fn the_year_just_past_is_dated_by_the_article_or_its_plan() {
        // d19
        let t = "Đảng bộ Xuân Lộc phấn đấu kết nạp đảng viên mới\n\nCập nhật lúc 22:26, Thứ Hai, 01/01/2018 (GMT+7)\n\nHuyện ủy đề ra phương hướng nhiệm vụ năm 2018. Đảng bộ phấn đấu năm 2018 đạt từ 7% trở lên.\n\nTrong năm qua, Huyện ủy kết nạp được 358 đảng viên mới.";
        assert_eq!(year(t, "358", Kind::Actual), Some(2017));
        assert_eq!(year(t, "7%", Kind::Plan), Some(2018));
        // No dateline: the plan beside it dates it.
        let t = "Phương hướng nhiệm vụ năm 2024 là chăm lo đoàn viên. Năm qua, LĐLĐ đã trao 500 suất quà.";
        assert_eq!(year(t, "500", Kind::Actual), Some(2023));
        // A December article's `năm qua` is its own year.
        let t = "15/12/2023 10:00\n\nNăm qua, LĐLĐ đã trao 500 suất quà.";
        assert_eq!(year(t, "500", Kind::Actual), Some(2023));
    }

    #[test]
    fn the_current_period_takes_the_articles_date_only_when_nothing_else_does() {
        // d18: `6 tháng đầu năm` in an article dated 17/07/2017.
        let t = "Vận động gần 40 tỷ đồng\n\nCập nhật, 16:26, Thứ Hai, 17/07/2017 (GMT+7)\n\nTrong 6 tháng đầu năm, toàn tỉnh có 630/847 khu dân cư văn hóa.";
        assert_eq!(year(t, "630", Kind::Actual), Some(2017));
        // d12: no date, no year.
        let t = "Từ đầu năm đến nay, Công đoàn đã thành lập được 8 công đoàn cơ sở.";
        assert_eq!(year(t, "8", Kind::Actual), None);
        // A dateline alone dates no figure (SPEC §3: furniture).
        let t = "20/03/2023 08:00\n\nCông đoàn đã thành lập được 8 công đoàn cơ sở.";
        assert_eq!(year(t, "8 ", Kind::Actual), None);
    }

    #[test]
    fn a_congress_dates_its_facts_by_its_terms_first_year() {
        // d08: the old term's report and the new term's programme.
        let t = "Đại hội thông qua báo cáo hoạt động nhiệm kỳ 2012-2017; phương hướng, nhiệm vụ của nhiệm kỳ 2018-2023.\n\nĐại hội đề ra 20 chỉ tiêu chủ yếu. Trong đó, phấn đấu kết nạp 8.000 đoàn viên.";
        assert_eq!(year(t, "20", Kind::Actual), Some(2018));
        assert_eq!(year(t, "8.000", Kind::Plan), Some(2023));
        // d15: a term opening the clause covers its figures.
        let t = "Hội tổ chức Đại hội lần thứ XII, nhiệm kỳ 2023-2028.\n\nNhiệm kỳ 2018-2023, Hội đã kết nạp mới trên 2.800 hội viên.\n\nTham dự có 150 đại biểu.";
        assert_eq!(year(t, "2.800", Kind::Actual), Some(2023));
        assert_eq!(year(t, "150", Kind::Actual), Some(2023));
        let t =
            "Đại hội Hội Cựu chiến binh huyện lần thứ VIII, nhiệm kỳ 2022-2027 có 120 đại biểu.";
        assert_eq!(year(t, "120", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_congress_term_after_the_articles_date_is_a_later_congress() {
        // held-out h333: the branch's congress of 2017 elects delegates to
        // the province's, whose term opens in 2018.
        let t = "Thứ Ba, 25/07/2017 - 09:30\n\nCông đoàn ngành tổ chức Đại hội lần thứ VI, nhiệm kỳ 2017 - 2022. Dự Đại hội có 120 đại biểu.\n\nĐại hội bầu 9 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ X, nhiệm kỳ 2018 - 2023.";
        assert_eq!(year(t, "120", Kind::Actual), Some(2017));
        // My own: a women's union of a commune and the district's coming
        // congress; with no date, the newest term is still the article's.
        let t = "Ngày 12/5/2021\n\nĐại hội Phụ nữ xã lần thứ XV, nhiệm kỳ 2021-2026 có 95 đại biểu dự. Đại hội bầu 7 đại biểu dự Đại hội Phụ nữ huyện nhiệm kỳ 2022-2027.";
        assert_eq!(year(t, "95", Kind::Actual), Some(2021));
        let t = "Đại hội Phụ nữ xã lần thứ XV, nhiệm kỳ 2021-2026 có 95 đại biểu dự.\n\nĐại hội Phụ nữ huyện nhiệm kỳ 2022-2027 có 160 đại biểu.";
        assert_eq!(year(t, "160", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_deadline_is_no_reporting_year() {
        // d20: the plan's deadline dates the plans.
        let t = "Trong năm 2019, có 87.866 người tham gia BHXH.\n\nPhấn đấu đến cuối năm 2020 có 90% dân số tham gia BHYT.";
        assert_eq!(year(t, "90%", Kind::Plan), Some(2020));
        let t = "Mục tiêu đến năm 2025 có 1 triệu đoàn viên.\n\nNăm qua, hội kết nạp 3.000 đoàn viên.\n\nĐã thành lập 12 CĐCS.";
        assert_eq!(year(t, "12", Kind::Actual), None);
        assert_eq!(year(t, "1 triệu", Kind::Plan), Some(2025));
    }

    #[test]
    fn a_subsection_with_no_year_is_dated_by_its_section() {
        // held-out h98's layout: `II. KẾT QUẢ HOẠT ĐỘNG NĂM 2015`, then `1.
        // Công tác chăm sóc, phát huy vai trò người cao tuổi` and its items,
        // in a report dated the year after.
        let t = "Báo cáo năm 2016\n\nNgày 5/1/2016, Hội NCT huyện tổng kết.\n\nII. KẾT QUẢ HOẠT ĐỘNG NĂM 2015\n\n1. Công tác chăm sóc, phát huy vai trò người cao tuổi\n\n- Tổ chức mừng thọ cho 3.412 cụ.\n\nIII. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2016\n\n1. Công tác chăm sóc người cao tuổi\n\n- Lập sổ theo dõi sức khỏe cho 80% người cao tuổi.";
        assert_eq!(year(t, "3.412", Kind::Actual), Some(2015));
        assert_eq!(year(t, "80%", Kind::Plan), Some(2016));
        // Ours: a letter subsection under a plan section; a Roman section
        // with no year names none.
        let t = "Báo cáo\n\nNgày 3/1/2024, Hội tổng kết năm 2023.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n\na) Công tác tổ chức\n\n- Kết nạp 150 hội viên mới.\n\nIII. KIẾN NGHỊ\n\n- Hỗ trợ 20 hộ.";
        assert_eq!(year(t, "150", Kind::Plan), Some(2025));
        assert_eq!(year(t, "20 hộ", Kind::Actual), Some(2023));
        // A heading naming the months of a period is a heading (h77's
        // `NHIỆM VỤ 6 THÁNG CUỐI NĂM 2016`), and dates its list.
        let t = "Báo cáo\n\nNgày 3/7/2016, Hội sơ kết, hướng tới mục tiêu đến năm 2020.\n\nII. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2016\n\n- Kết nạp 200 hội viên mới.";
        assert_eq!(year(t, "200", Kind::Plan), Some(2016));
    }

    #[test]
    fn a_state_at_a_year_s_end_is_of_that_year() {
        // held-out h107: `đến cuối năm 2019 toàn huyện còn 312 hộ nghèo,
        // chiếm 0,42% …; 786 hộ cận nghèo. Năm 2020, huyện phấn đấu …`
        let t = "Năm 2020, Ủy ban MTTQ huyện tổng kết.\n\nTheo kết quả rà soát, đến cuối năm 2019 toàn huyện còn 312 hộ nghèo, chiếm 0,42% tổng số hộ dân; 786 hộ cận nghèo. Năm 2020, huyện phấn đấu giảm ít nhất 150 hộ nghèo.";
        assert_eq!(year(t, "312", Kind::Actual), Some(2019));
        assert_eq!(year(t, "786", Kind::Actual), Some(2019));
        assert_eq!(year(t, "150", Kind::Plan), Some(2020));
        // Ours: `đến hết năm`, and the next sentence back to the year
        // reported.
        let t = "Năm 2021, Hội giúp 20 hộ thoát nghèo.\n\nĐến hết năm 2020, xã còn 45 hộ nghèo. Trong năm, Hội trao 30 suất quà.";
        assert_eq!(year(t, "45", Kind::Actual), Some(2020));
        assert_eq!(year(t, "30", Kind::Actual), Some(2021));
    }

    #[test]
    fn a_plan_after_the_past_terms_figures_is_the_new_terms() {
        let t = "Hội Cựu chiến binh xã tổ chức Đại hội lần thứ VII, nhiệm kỳ 2022 - 2027\n\nNhiệm kỳ qua (2017 - 2022), Hội đã kết nạp 45 hội viên mới. Phấn đấu đến cuối nhiệm kỳ có 95% hội viên gương mẫu.";
        assert_eq!(year(t, "45", Kind::Actual), Some(2022));
        assert_eq!(year(t, "95%", Kind::Plan), Some(2027));
    }

    #[test]
    fn a_stage_the_lead_reviews_dates_the_figures_by_its_end() {
        // h11: the review of 2019 - 2024, then the next stage's plan.
        let t = "Hội CCB huyện: 5 năm thực hiện phong trào\n\nNgày 18-3-2024, Hội Cựu chiến binh huyện tổ chức hội nghị sơ kết 5 năm thực hiện phong trào thi đua \"Cựu chiến binh gương mẫu\" giai đoạn 2019 - 2024.\n\nHiện toàn huyện có 39 cơ sở hội.\n\nGiai đoạn 2024 - 2029, Hội phấn đấu hằng năm có từ 93% hội viên trở lên đạt danh hiệu; không còn hộ hội viên nghèo vào năm 2029.";
        assert_eq!(year(t, "39", Kind::Actual), Some(2024));
        // Our own: a youth union's stage, reviewed in a dated article.
        let t = "Tổng kết chương trình\n\n15/12/2025 09:00\n\nHuyện đoàn tổng kết chương trình đồng hành giai đoạn 2021-2025.\n\nĐã có 420 thanh niên được hỗ trợ.\n\nGiai đoạn 2026-2030, Huyện đoàn sẽ hỗ trợ 600 thanh niên; năm 2030 hoàn thành.";
        assert_eq!(year(t, "420", Kind::Actual), Some(2025));
        // A stage still running at the article's date is no report's.
        let t = "Triển khai chương trình\n\n15/03/2022 09:00\n\nHuyện đoàn thực hiện chương trình đồng hành giai đoạn 2021-2025.\n\nĐã có 420 thanh niên được hỗ trợ.";
        assert_eq!(year(t, "420", Kind::Actual), None);
    }

    #[test]
    fn a_line_after_a_dated_line_keeps_its_year() {
        // h13: each line ends a sentence, so each is a paragraph; the Tết
        // bonus is the article's Tết, not the year before.
        let t = "Chăm lo Tết\n\nNgày 26/1/2024, Công đoàn tổ chức chương trình năm 2024.\n\nCông đoàn trao 9.527 phần quà.\nNăm 2023, Công ty duy trì việc làm ổn định cho 9.527 lao động.\nThu nhập bình quân của người lao động đạt 8,9 triệu đồng/tháng; tiền thưởng Tết bình quân 1,5 tháng lương.\nThỏa ước có 12 điều khoản có lợi hơn.";
        assert_eq!(year(t, "8,9", Kind::Actual), Some(2023));
        assert_eq!(year(t, "1,5", Kind::Actual), Some(2024));
        assert_eq!(year(t, "12 ", Kind::Actual), Some(2024));
        // h21: a status date, then the line after it.
        let t = "Chăm lo Tết\n\nChiều 20-1-2023, LĐLĐ quận tổ chức chương trình năm 2023.\n\nLĐLĐ quận trao 2.150 suất quà.\nTổng số đoàn viên toàn quận đến 31/12/2022 là 18.452 người.\nCó 92/105 CĐCS doanh nghiệp ký thỏa ước lao động tập thể.";
        assert_eq!(year(t, "92/105", Kind::Actual), Some(2022));
        // h01: a plan's year is no report's.
        let t = "Tổng kết năm 2022\n\nNăm 2022, LĐLĐ tỉnh kết nạp 5.000 đoàn viên.\n\nNăm 2023, LĐLĐ tỉnh phấn đấu kết nạp 5.500 đoàn viên.\nDịp này, LĐLĐ tỉnh tặng bằng khen cho 35 tập thể.";
        assert_eq!(year(t, "35", Kind::Actual), Some(2022));
        // A target reached states no plan (h21, `vượt 5% chỉ tiêu`).
        let t = "Chăm lo Tết\n\nChiều 20-1-2023, LĐLĐ quận tổ chức chương trình năm 2023.\n\nLĐLĐ quận trao 2.150 suất quà.\nTrong năm 2022, LĐLĐ quận đã phát triển 1.856 đoàn viên, vượt 5% chỉ tiêu được giao.\nCó 92/105 CĐCS doanh nghiệp ký thỏa ước lao động tập thể.";
        assert_eq!(year(t, "92/105", Kind::Actual), Some(2022));
        // Our own: a farmers' association's year, then its next line.
        let t = "Hội Nông dân xã\n\nHội Nông dân xã họp ngày 10/01/2025.\n\nNăm 2024, Hội kết nạp 85 hội viên.\nQuỹ hỗ trợ nông dân đạt 1,2 tỷ đồng.";
        assert_eq!(year(t, "1,2", Kind::Actual), Some(2024));
    }

    #[test]
    fn a_place_named_with_a_feast_word_names_no_feast() {
        // The h13 construction (a dated line, then a line with no year)
        // where the feast word is part of a place: `Thanh Xuân` (a seed's
        // district), `Xuân Lộc`; ours.
        let t = "Chăm lo Tết\n\nNgày 26/1/2024, Công đoàn tổ chức chương trình năm 2024.\n\nCông đoàn trao 500 phần quà.\nNăm 2023, Công ty duy trì việc làm cho 900 lao động.\nCông nhân tại quận Thanh Xuân có thu nhập 8,9 triệu đồng/tháng.\nXã Xuân Lộc có 12 hộ khó khăn.";
        assert_eq!(year(t, "8,9", Kind::Actual), Some(2023));
        // A feast named by its own name still dates its clause.
        let t = "Chăm lo Tết\n\nNgày 26/1/2024, Công đoàn tổ chức chương trình năm 2024.\n\nCông đoàn trao 500 phần quà.\nNăm 2023, Công ty duy trì việc làm cho 900 lao động.\nThưởng Tết Nguyên đán bình quân 1,5 tháng lương.";
        assert_eq!(year(t, "1,5", Kind::Actual), Some(2024));
    }

    #[test]
    fn a_figure_of_a_period_takes_its_year() {
        // h34: the base a growth rate is compared with is of its own year.
        let t = "Kinh tế quý I\n\nGRDP quý I/2024 ước tăng 8,15% so với cùng kỳ năm trước, cao hơn mức tăng 6,9% của quý I/2023.";
        assert_eq!(year(t, "6,9", Kind::Actual), Some(2023));
        assert_eq!(year(t, "8,15", Kind::Actual), Some(2024));
        // Ours: a count of a year before, and `của` that is no period's.
        let t = "Tổng kết\n\nNăm 2024, Hội kết nạp 150 hội viên, nhiều hơn con số 120 của năm 2023; 30 hội viên của chi hội năm 2022 chuyển đi.";
        assert_eq!(year(t, "120", Kind::Actual), Some(2023));
        assert_eq!(year(t, "150", Kind::Actual), Some(2024));
    }

    #[test]
    fn a_plan_takes_its_deadline_over_the_sentence_s_year() {
        // held-out h42: `Năm 2026, LĐLĐ tỉnh … đặt chỉ tiêu kết nạp 11.000
        // đoàn viên, phấn đấu đến năm 2030 có trên 90% doanh nghiệp …`
        let t = "Tin\n\nNăm 2026, LĐLĐ tỉnh đặt chỉ tiêu kết nạp 11.000 đoàn viên, phấn đấu đến năm 2030 có trên 90% doanh nghiệp có công đoàn.";
        assert_eq!(year(t, "90%", Kind::Plan), Some(2030));
        assert_eq!(year(t, "11.000", Kind::Plan), Some(2026));
        // Ours: a figure reached before a deadline keeps the report's year.
        let t =
            "Tin\n\nNăm 2024, Hội kết nạp 300 hội viên, phấn đấu đến năm 2025 đạt 1.000 hội viên.";
        assert_eq!(year(t, "300", Kind::Actual), Some(2024));
        assert_eq!(year(t, "1.000", Kind::Plan), Some(2025));
    }

    #[test]
    fn a_heading_dates_the_list_under_it() {
        // h30: a school year's plans listed under its heading.
        let t = "Báo cáo tổng kết năm học 2023 - 2024\n\nNăm học 2023 - 2024, Công đoàn ngành kết nạp 950 đoàn viên.\n\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2024 - 2025\nCông đoàn ngành đề ra các chỉ tiêu chủ yếu:\n- Kết nạp ít nhất 900 đoàn viên mới.\n- 100% đơn vị tổ chức hội nghị.";
        assert_eq!(year(t, "900", Kind::Plan), Some(2025));
        assert_eq!(year(t, "950", Kind::Actual), Some(2024));
        // Ours: a capitalised heading of a year's results, then the next
        // heading with no year ends its section.
        let t = "Hội Nông dân huyện tổng kết\n\nNgày 10/1/2025, Hội Nông dân huyện tổng kết năm 2024.\n\nKẾT QUẢ NĂM 2023\n- Kết nạp 120 hội viên.\n\nKẾT QUẢ NĂM 2024\n- Kết nạp 140 hội viên.";
        assert_eq!(year(t, "120", Kind::Actual), Some(2023));
        assert_eq!(year(t, "140", Kind::Actual), Some(2024));
        // held-out h50: an Arabic section number, a sentence of its own.
        let t = "Tổng kết năm học 2024 - 2025\n\nNăm học 2024 - 2025, Phòng kết nạp 95 đoàn viên.\n\n5. Nhiệm vụ năm học 2025-2026\n- Phấn đấu 100% trường đạt chuẩn.";
        assert_eq!(year(t, "100%", Kind::Plan), Some(2026));
        // A numbered line with a count is a list item, no heading.
        let t = "Hội Nông dân huyện tổng kết\n\nNgày 10/1/2025, Hội Nông dân huyện tổng kết năm 2024.\n\n1. Kết nạp 120 hội viên năm 2023\n2. Thành lập 5 chi hội.";
        assert_eq!(year(t, "5 chi", Kind::Actual), Some(2024));
        // held-out h427: a resolution's articles are its sections.
        let t = "NGHỊ QUYẾT\n\nThanh Hóa, ngày 10 tháng 12 năm 2026\n\nĐiều 1. Đánh giá tình hình thực hiện kế hoạch năm 2026\nNăm 2026, giải quyết việc làm cho 63.410 lao động.\n\nĐiều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2027\n1. Giải quyết việc làm cho 65.000 lao động trở lên.";
        assert_eq!(year(t, "65.000", Kind::Plan), Some(2027));
        assert_eq!(year(t, "63.410", Kind::Actual), Some(2026));
        // Ours: a commune council's resolution on next year's budget.
        let t = "NGHỊ QUYẾT\n\nNgày 15/12/2024\n\nĐiều 1. Dự toán thu ngân sách năm 2025\n- Tổng thu ngân sách xã 12.400 triệu đồng.";
        assert_eq!(year(t, "12.400", Kind::Plan), Some(2025));
    }

    #[test]
    fn a_closing_plans_year_is_not_the_reports() {
        // held-out h54: a letterhead, a title whose year is the targets
        // reached, the year's results, paragraphs naming no year, then
        // next year's plan. The plan's year dates the plan only.
        let t = "HỘI NÔNG DÂN TỈNH VĨNH PHÚC\nHỘI NÔNG DÂN HUYỆN YÊN LẠC\n\nKết quả thực hiện các chỉ tiêu thi đua năm 2016\n(Kèm theo Báo cáo số 76/BC-HND ngày 15/12/2016)\n\nNăm 2016, Hội Nông dân (HND) huyện Yên Lạc có 17 cơ sở Hội với 167 chi hội.\n\nHội đã giải ngân cho 186 hộ vay.\n\nHội Nông dân tỉnh Vĩnh Phúc tặng Bằng khen cho 2 tập thể.\n\nNăm 2017, HND huyện Yên Lạc đặt mục tiêu kết nạp 850 hội viên mới.";
        assert_eq!(year(t, "186", Kind::Actual), Some(2016));
        assert_eq!(year(t, "2 tập", Kind::Actual), Some(2016));
        assert_eq!(year(t, "850", Kind::Plan), Some(2017));
        // Ours: a youth union's report with no year in its lead, closed by
        // `Năm 2025, … phấn đấu …`; a plan with no year of its own then
        // takes the closing plan's.
        let t = "Tỉnh đoàn\n\nBáo cáo\n\nThông tin\n\nThêm\n\nNăm 2024, Tỉnh đoàn Hà Nam kết nạp 4.500 đoàn viên.\n\nCác cơ sở Đoàn tổ chức 60 lớp kỹ năng.\n\nNăm 2025, Tỉnh đoàn phấn đấu kết nạp 5.000 đoàn viên.\n\nTổ chức ít nhất 70 lớp kỹ năng.";
        assert_eq!(year(t, "60", Kind::Actual), Some(2024));
        assert_eq!(year(t, "70", Kind::Plan), Some(2025));
        // A figure before the plan word: the year's results.
        let t = "Tin\n\nBài\n\nThêm\n\nNữa\n\nNăm 2023, Hội kết nạp 500 hội viên, phấn đấu năm sau tăng thêm.\n\nHội có 12 chi hội.\n\nNăm 2024, Hội sẽ kết nạp 600 hội viên.";
        assert_eq!(year(t, "12 chi", Kind::Actual), Some(2023));
        // Ours: with no other year, no event and no date, the closing
        // plan's year is still the nearest the text gives.
        let t = "Hội Nông dân huyện tổng kết\n\nHội vừa tổ chức hội nghị.\n\nTrong năm, Hội đã kết nạp 936 hội viên mới.\n\nNăm 2017, Hội phấn đấu kết nạp 850 hội viên mới.";
        assert_eq!(year(t, "936", Kind::Actual), Some(2017));
    }

    #[test]
    fn a_base_of_the_same_period_of_a_named_year_takes_that_year() {
        // held-out h175: the export base `của cùng kỳ năm 2024` in a
        // 2025 sentence; the figure reported keeps the sentence's year.
        let t = "Tin\n\nBài\n\nThêm\n\nNữa\n\nKim ngạch xuất khẩu 11 tháng năm 2025 ước đạt 3,12 tỷ USD, cao hơn mức 2,66 tỷ USD của cùng kỳ năm 2024.";
        assert_eq!(year(t, "2,66", Kind::Actual), Some(2024));
        assert_eq!(year(t, "3,12", Kind::Actual), Some(2025));
        // Ours: a cooperative's revenue against its base a year before.
        let t = "Tin\n\nBài\n\nThêm\n\nNữa\n\nNăm 2024, doanh thu của hợp tác xã đạt 120 tỷ đồng, cao hơn mức 98 tỷ đồng của cùng kỳ năm 2023.";
        assert_eq!(year(t, "98 tỷ", Kind::Actual), Some(2023));
        assert_eq!(year(t, "120 tỷ", Kind::Actual), Some(2024));
    }

    #[test]
    fn a_year_looked_forward_to_casts_no_vote_for_the_reports() {
        // held-out h163: a time-stamped page, a dateline with no year, the
        // year reported in the body and a closing plan for the next
        // year's first quarter. The figures before the body's year are of
        // the year reported, not of the plan.
        let t = "TÂY NINH: Ký thỏa ước cho gần 9.600 công nhân ngành may\n19/11/2025 16:40\n\n(NLĐO) - Ngày 18-11, Công đoàn các KCN tỉnh Tây Ninh tổ chức lễ ký kết thỏa ước.\n\nThỏa ước có 21 điều khoản, áp dụng cho gần 9.600 người lao động.\n\nÔng Thanh cho biết, năm 2025 toàn khu vực có 638/795 doanh nghiệp đã ký TƯLĐTT, đạt 80,3%. Từ đầu năm đến nay, Công đoàn đã tổ chức 412 cuộc đối thoại.\n\nTheo kế hoạch, Công đoàn các KCN sẽ vận động ký thỏa ước nhóm với khoảng 10 doanh nghiệp vào quý I/2026.";
        assert_eq!(year(t, "21 điều", Kind::Actual), Some(2025));
        assert_eq!(year(t, "9.600 người", Kind::Actual), Some(2025));
        assert_eq!(year(t, "10 doanh", Kind::Plan), Some(2026));
        // Ours: an intention (`sẽ`) in another wording, and no
        // `từ đầu năm`.
        let t = "SÓC TRĂNG: Ký thỏa ước cho hơn 2.000 công nhân thủy sản\n14/09/2023 10:12\n\n(NLĐO) - Ngày 13-9, Công đoàn các KCN tỉnh Sóc Trăng tổ chức lễ ký thỏa ước.\n\nThỏa ước có 17 điều khoản, áp dụng cho 2.150 người lao động.\n\nNăm 2023 toàn khu vực có 45 doanh nghiệp ký thỏa ước.\n\nTrong quý II/2024, Công đoàn sẽ vận động thêm khoảng 8 doanh nghiệp.";
        assert_eq!(year(t, "17 điều", Kind::Actual), Some(2023));
        assert_eq!(year(t, "2.150", Kind::Actual), Some(2023));
        assert_eq!(year(t, "8 doanh", Kind::Plan), Some(2024));
    }

    #[test]
    fn a_stage_opening_what_a_speaker_says_dates_the_figures_after_it() {
        // held-out h85: the stage set off by commas after `cho biết` is
        // the time the figures cover, its end year.
        let t = "Tin\n\nBà Thủy, Chủ tịch Công đoàn ngành Giáo dục tỉnh cho biết, giai đoạn 2016 - 2020, Công đoàn ngành đã hỗ trợ xây mới 47 \"Mái ấm Công đoàn\" và sửa chữa 23 nhà.";
        assert_eq!(year(t, "47", Kind::Actual), Some(2020));
        // Our own: a veterans' association's term after `khẳng định`.
        let t = "Tin\n\nÔng Hùng khẳng định, nhiệm kỳ 2019 - 2024, Hội đã kết nạp 320 hội viên.";
        assert_eq!(year(t, "320", Kind::Actual), Some(2024));
        // d18: a meeting's term after its ordinal dates no figure.
        let t = "Tin\n\nĐó là số tiền được báo cáo tại hội nghị UBMTTQ tỉnh lần thứ 9, nhiệm kỳ 2014- 2019, với 40 tỷ đồng.";
        assert_eq!(year(t, "40", Kind::Actual), None);
    }

    #[test]
    fn a_stage_opening_a_plan_dates_the_plan_not_the_report() {
        // held-out h85: `Giai đoạn 2021 - 2025, … đặt mục tiêu …` closes
        // an article of 2020's results whose dateline has no year.
        let t = "Mái ấm Công đoàn\n\n(ĐL) - Sáng 26/11, Công đoàn ngành bàn giao nhà.\n\nNgôi nhà rộng 72 m2.\n\nBà Thủy nói.\n\nHiện toàn ngành có 1.021 công đoàn cơ sở. Riêng năm 2020, Công đoàn ngành hỗ trợ xây mới 9 nhà.\n\nDịp này, Công đoàn ngành trao 30 suất quà. Giai đoạn 2021 - 2025, Công đoàn ngành Giáo dục tỉnh đặt mục tiêu hỗ trợ xây mới ít nhất 50 \"Mái ấm Công đoàn\".";
        assert_eq!(year(t, "30 suất", Kind::Actual), Some(2020));
        assert_eq!(year(t, "1.021", Kind::Actual), Some(2020));
        assert_eq!(year(t, "50", Kind::Plan), Some(2025));
        // Our own: a youth union's next stage after a year's results.
        let t = "Tỉnh đoàn\n\nTỉnh đoàn vừa tổ chức hội nghị.\n\nHội nghị có 200 đại biểu.\n\nBí thư phát biểu.\n\nCác cơ sở Đoàn tổ chức 60 lớp kỹ năng. Năm 2025, Tỉnh đoàn kết nạp 4.500 đoàn viên.\n\nGiai đoạn 2026 - 2030, Tỉnh đoàn phấn đấu kết nạp 25.000 đoàn viên.";
        assert_eq!(year(t, "60", Kind::Actual), Some(2025));
        assert_eq!(year(t, "25.000", Kind::Plan), Some(2030));
    }

    #[test]
    fn an_event_dated_without_its_year_is_of_the_latest_year_reported() {
        // held-out h85's construction: `Sáng 26/11, …` then an earlier
        // year named twice and `Riêng năm 2020, …`; the day's figures are
        // of the latest year the text reports.
        let t = "Mái ấm Công đoàn\n\n(ĐL) - Sáng 26/11, tại xã Ea Tul, Công đoàn ngành bàn giao nhà.\n\nNgôi nhà rộng 72 m2.\n\nBà Thủy nói.\n\nNăm 2019, Công đoàn ngành xây 8 nhà. Năm 2019, ngành có 1.000 công đoàn cơ sở. Riêng năm 2020, Công đoàn ngành hỗ trợ xây mới 9 nhà.\n\nDịp này, Công đoàn ngành trao 30 suất quà.";
        assert_eq!(year(t, "30 suất", Kind::Actual), Some(2020));
        assert_eq!(year(t, "72", Kind::Actual), Some(2020));
        // Our own: a youth union's evening event; with the year written,
        // the most frequent year stays the document's.
        let t = "Đêm nhạc\n\nTối 14/2, Đoàn trường tổ chức đêm nhạc.\n\nĐêm nhạc có 500 khán giả.\n\nBí thư phát biểu.\n\nNăm 2022, Đoàn trường có 40 chi đoàn. Năm 2022, Đoàn trường kết nạp 90 đoàn viên. Năm 2023, Đoàn trường kết nạp 120 đoàn viên.\n\nĐoàn trường trao 15 suất học bổng.";
        assert_eq!(year(t, "15 suất", Kind::Actual), Some(2023));
        let dated = t.replace("Tối 14/2,", "Tối 14/2/2024,");
        assert_eq!(year(&dated, "15 suất", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_deadline_dates_the_plans_after_it_only() {
        // held-out h60: `6 tháng cuối năm, Hội CCB tỉnh phấn đấu kết nạp
        // thêm tối thiểu 1.000 hội viên; 100% cơ sở Hội …; đến năm 2030
        // … dưới 0,5%`: the short-term plans are of the report's year.
        let t = "Hội CCB tỉnh sơ kết\n\nNăm 2026, Hội CCB tỉnh kết nạp 1.048 hội viên mới.\n\n6 tháng cuối năm, Hội CCB tỉnh phấn đấu kết nạp thêm tối thiểu 1.000 hội viên; 100% cơ sở Hội không có hội viên vi phạm pháp luật; đến năm 2030 không còn hộ hội viên nghèo và giảm tỷ lệ hộ cận nghèo xuống dưới 0,5%.";
        assert_eq!(year(t, "1.000", Kind::Plan), Some(2026));
        assert_eq!(year(t, "100%", Kind::Plan), Some(2026));
        assert_eq!(year(t, "0,5", Kind::Plan), Some(2030));
        // Ours: a farmers' association; a plan after the deadline's
        // sentence still has the deadline as the document's plan year.
        let t = "Hội Nông dân xã tổng kết\n\nNăm 2025, Hội kết nạp 120 hội viên.\n\nThời gian tới, Hội tiếp tục kết nạp ít nhất 150 hội viên; phấn đấu đến năm 2030 có 90% hộ hội viên đạt danh hiệu.\n\nMỗi chi hội xây dựng 2 mô hình.";
        assert_eq!(year(t, "150", Kind::Plan), Some(2025));
        assert_eq!(year(t, "90%", Kind::Plan), Some(2030));
        assert_eq!(year(t, "2 mô", Kind::Plan), Some(2030));
    }

    #[test]
    fn a_base_given_with_its_own_figure_takes_its_year() {
        // held-out h55: `(cùng kỳ năm 2024 tăng 6,75%)` after the growth
        // of 2025; the sectors after the parenthesis stay 2025.
        let t = "Kinh tế 9 tháng\n\nGRDP 9 tháng năm 2025 ước tăng 8,46% so với cùng kỳ năm trước (cùng kỳ năm 2024 tăng 6,75%), trong đó khu vực dịch vụ tăng 7,9%.";
        assert_eq!(year(t, "6,75", Kind::Actual), Some(2024));
        assert_eq!(year(t, "8,46", Kind::Actual), Some(2025));
        assert_eq!(year(t, "7,9", Kind::Actual), Some(2025));
        // Ours: the base after a semicolon; `cùng kỳ` after the change
        // stays a comparison.
        let t = "Thu ngân sách\n\nQuý I/2023, thu ngân sách huyện đạt 412 tỷ đồng, tăng 9% cùng kỳ năm 2022; cùng kỳ năm 2022 là 378 tỷ đồng.";
        assert_eq!(year(t, "378", Kind::Actual), Some(2022));
        assert_eq!(year(t, "9%", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_base_in_parentheses_dates_only_its_own_figure() {
        // The h55 construction without `cùng kỳ` (held-out h55 writes
        // `(cùng kỳ năm 2024 tăng 6,75%)`): the year opening the
        // parentheses dates the figure inside, not the sectors after them
        // nor the next paragraph.
        let t = "Kinh tế 9 tháng\n\nGRDP 9 tháng năm 2025 ước tăng 7,2% so với cùng kỳ năm trước (năm 2024 tăng 5,9%), trong đó khu vực dịch vụ tăng 6,1%.\n\nThu ngân sách đạt 4.100 tỷ đồng.";
        assert_eq!(year(t, "5,9", Kind::Actual), Some(2024));
        assert_eq!(year(t, "6,1", Kind::Actual), Some(2025));
        assert_eq!(year(t, "4.100", Kind::Actual), Some(2025));
        // Ours: a poverty count with last year's in parentheses; a year in
        // parentheses with no figure of its own still dates the sentence.
        let t = "Tin\n\nNăm 2025, số hộ nghèo toàn huyện giảm còn 312 hộ (năm 2024: 498 hộ), tỷ lệ hộ nghèo còn 1,2%.";
        assert_eq!(year(t, "498", Kind::Actual), Some(2024));
        assert_eq!(year(t, "1,2", Kind::Actual), Some(2025));
        let t = "Tin\n\nTrong quý I (năm 2024), Hội kết nạp 50 hội viên.";
        assert_eq!(year(t, "50", Kind::Actual), Some(2024));
    }

    #[test]
    fn the_same_period_last_year_is_the_year_before_the_sentence_s() {
        // The form held-out h11's report calls usual in statistics
        // releases: `(cùng kỳ năm trước tăng X%)`.
        let t = "Kinh tế 6 tháng\n\nGRDP 6 tháng năm 2025 ước tăng 7,2% so với cùng kỳ năm trước (cùng kỳ năm trước tăng 5,9%), trong đó dịch vụ tăng 6,1%.";
        assert_eq!(year(t, "5,9", Kind::Actual), Some(2024));
        assert_eq!(year(t, "6,1", Kind::Actual), Some(2025));
        assert_eq!(year(t, "7,2", Kind::Actual), Some(2025));
        // Ours: after a semicolon, in a quarter's budget report.
        let t = "Thu ngân sách\n\nQuý I/2023, thu ngân sách huyện đạt 412 tỷ đồng; cùng kỳ năm trước là 378 tỷ đồng.";
        assert_eq!(year(t, "378", Kind::Actual), Some(2022));
    }

    #[test]
    fn a_year_money_moves_into_is_not_its_year() {
        // held-out h56: a 2021 account's carry-over to 2022.
        let t = "Quyết toán\n\nTổng chi ngân sách địa phương năm 2021 quyết toán 512.386 triệu đồng; trong đó chi thường xuyên 398.760 triệu đồng, chi chuyển nguồn sang năm 2022 là 49.411 triệu đồng.";
        assert_eq!(year(t, "49.411", Kind::Actual), Some(2021));
        // Ours: a union's unspent funds moved on.
        let t = "Tài chính công đoàn\n\nNăm 2023, LĐLĐ tỉnh Nam Định thu 18 tỷ đồng, kinh phí chưa sử dụng hết chuyển sang năm 2024 là 120 triệu đồng.";
        assert_eq!(year(t, "120", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_period_joined_to_one_figure_dates_no_other() {
        // held-out h46: the growth is of 2024; `của 9 tháng năm 2023` is
        // the base's period only, and dates neither the growth before it
        // nor the next sentence of the paragraph.
        let t = "Kinh tế Hải Dương 9 tháng đầu năm 2024\n\nCục Thống kê tỉnh Hải Dương vừa công bố tình hình kinh tế - xã hội 9 tháng đầu năm 2024. Theo đó, GRDP ước tăng 9,85% so với cùng kỳ năm trước, cao hơn mức tăng 7,1% của 9 tháng năm 2023. Riêng quý III, GRDP tăng 10,4%.";
        assert_eq!(year(t, "7,1", Kind::Actual), Some(2023));
        assert_eq!(year(t, "9,85", Kind::Actual), Some(2024));
        assert_eq!(year(t, "10,4", Kind::Actual), Some(2024));
        // Ours: a count of the first half of a year before, then a
        // figure after it in the same clause.
        let t = "Hội Nông dân\n\nNăm 2025, Hội kết nạp 640 hội viên, gấp đôi con số 320 của 6 tháng đầu năm 2024 và thành lập 12 chi hội.";
        assert_eq!(year(t, "320", Kind::Actual), Some(2024));
        assert_eq!(year(t, "12 chi", Kind::Actual), Some(2025));
    }

    #[test]
    fn a_stage_naming_a_standard_is_not_the_figures_year() {
        // d21
        let t = "Trong năm 2022, UBND tỉnh ban hành kế hoạch rà soát.\n\nKết quả rà soát theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025: Hộ nghèo có 10.689 hộ.";
        assert_eq!(year(t, "10.689", Kind::Actual), Some(2022));
        assert_eq!(year(t, "10.689", Kind::Plan), Some(2025));
    }

    #[test]
    fn a_feature_leads_past_start_is_not_the_reporting_year() {
        // held-out h67: the lead's 2009, the body's 2019 mid-paragraph.
        let t = "Mộc Châu: Nông dân làm giàu từ bò sữa\n\nTừ 5 con bò giống được hỗ trợ năm 2009, đến nay gia đình anh Hà Văn Tuấn đã có đàn bò sữa 86 con.\n\nAnh Tuấn là một trong 1.865 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp năm 2019 của huyện. Theo ông Sơn, năm 2019, Hội có 28.460 hội viên. Toàn huyện có 9.420 hộ đăng ký thi đua.\n\nQuỹ Hỗ trợ nông dân của Hội hiện có 4 tỷ 260 triệu đồng, đang cho 312 hộ vay.";
        assert_eq!(year(t, "5 con", Kind::Actual), Some(2009));
        assert_eq!(year(t, "86", Kind::Actual), Some(2019));
        assert_eq!(year(t, "4 tỷ", Kind::Actual), Some(2019));
        // Our own: a start in the lead, the report's year in the body.
        let t = "Năm 2015, chị Lan bắt đầu nuôi 20 con dê.\n\nChị là một trong 320 hội viên giỏi năm 2023 của huyện. Hội LHPN huyện Cờ Đỏ có 5.400 hội viên.\n\nQuỹ của Hội hiện có 1 tỷ 120 triệu đồng.";
        assert_eq!(year(t, "20 con", Kind::Actual), Some(2015));
        assert_eq!(year(t, "1 tỷ", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_balance_carried_over_dates_no_later_bullet() {
        // held-out h69: the title's year is the report's.
        let t = "Kết quả vận động Quỹ \"Vì người nghèo\" năm 2016\n\nBan Thường trực báo cáo kết quả như sau:\n\n- Số dư quỹ năm 2015 chuyển sang: 326.450.000 đồng.\n\n- Tổng số tiền vận động trong năm: 2 tỷ 148 triệu đồng, đạt 107,4% kế hoạch.";
        assert_eq!(year(t, "326", Kind::Actual), Some(2015));
        assert_eq!(year(t, "2 tỷ", Kind::Actual), Some(2016));
        // Our own.
        let t = "Năm 2023, Hội Chữ thập đỏ huyện Ba Vì vận động được 860 triệu đồng.\n\n- Số dư năm 2022 chuyển sang: 45 triệu đồng.\n\n- Chi hỗ trợ 310 hộ khó khăn.";
        assert_eq!(year(t, "45", Kind::Actual), Some(2022));
        assert_eq!(year(t, "310", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_starting_level_keeps_its_year_and_the_rest_the_sentences() {
        // held-out h69 and our own.
        let t = "Năm 2016, tỷ lệ hộ nghèo toàn huyện giảm từ 9,84% năm 2015 xuống còn 7,12%, giảm 2,72 điểm phần trăm; toàn huyện còn 2.946 hộ nghèo.\n\nCó 12/27 xã có tỷ lệ hộ nghèo dưới 5%.";
        assert_eq!(year(t, "9,84", Kind::Actual), Some(2015));
        assert_eq!(year(t, "7,12", Kind::Actual), Some(2016));
        assert_eq!(year(t, "2.946", Kind::Actual), Some(2016));
        assert_eq!(year(t, "12/27", Kind::Actual), Some(2016));
        let t = "Năm 2023, số hộ nghèo của xã giảm từ 850 hộ năm 2020 xuống còn 420 hộ.";
        assert_eq!(year(t, "850", Kind::Actual), Some(2020));
        assert_eq!(year(t, "420", Kind::Actual), Some(2023));
        // Held-out h264 with its thousands grouped by a space: the level's
        // numeral is two tokens.
        let t = "Năm 2015, số hộ CCB nghèo giảm từ 1 124 hộ năm 2010 xuống còn 218 hộ.";
        assert_eq!(year(t, "1 124", Kind::Actual), Some(2010));
        assert_eq!(year(t, "218", Kind::Actual), Some(2015));
    }

    #[test]
    fn a_figures_year_ending_a_long_paragraph_is_not_carried() {
        // held-out h63: a congress's term results after one dated wage.
        let t = "Công đoàn Cao su Đồng Phú đại hội lần thứ IX, nhiệm kỳ 2023 - 2028\n\nBáo cáo cho biết, nhiệm kỳ qua, Công ty vẫn duy trì việc làm ổn định cho 2.910 lao động. Thu nhập bình quân năm 2022 đạt 9,6 triệu đồng/người/tháng.\n\nCông đoàn đã phát triển mới 612 đoàn viên.";
        assert_eq!(year(t, "9,6", Kind::Actual), Some(2022));
        assert_eq!(year(t, "612", Kind::Actual), Some(2023));
        // Our own; a one-line paragraph still carries its year.
        let t = "Ngày 10/5/2022, Công đoàn Trường Đại học Vinh tổ chức Đại hội nhiệm kỳ 2022 - 2027.\n\nNhiệm kỳ qua, nhà trường có 1.050 viên chức. Năm 2021, thu nhập bình quân đạt 11 triệu đồng/người/tháng.\n\nCông đoàn đã kết nạp 85 đoàn viên mới.\n\nNăm 2020, Công đoàn trao 40 suất quà.\n\nTổng số tiền là 20 triệu đồng.";
        assert_eq!(year(t, "85", Kind::Actual), Some(2022));
        assert_eq!(year(t, "20 triệu", Kind::Actual), Some(2020));
    }

    #[test]
    fn a_sentence_at_the_articles_event_is_not_of_a_past_year_compared() {
        // h115: last year's figures, then today's dialogue.
        let t = "LÀO CAI PHÁT ĐỘNG THÁNG CÔNG NHÂN 2026\n\n(LĐO) - Sáng 28/4, LĐLĐ tỉnh tổ chức Lễ phát động Tháng Công nhân năm 2026 và đối thoại với công nhân.\n\nÔng Cường cho biết, Tháng Công nhân năm 2025, các cấp công đoàn đã tổ chức 1.384 hoạt động, tăng 12,4% so với năm 2024.\n\nTại buổi đối thoại, 14 ý kiến của công nhân được nêu trực tiếp với lãnh đạo tỉnh.";
        assert_eq!(year(t, "1.384", Kind::Actual), Some(2025));
        assert_eq!(year(t, "14 ý", Kind::Actual), Some(2026));
        // Our own (the round's probe): `Cũng tại lễ …` after a paragraph
        // of 2023 in an article of 2024.
        let t = "BẮC GIANG PHÁT ĐỘNG THÁNG CÔNG NHÂN 2024\n\nSáng 2/5, LĐLĐ tỉnh phát động Tháng Công nhân năm 2024.\n\nTháng Công nhân năm 2023, công đoàn các cấp tổ chức 900 hoạt động.\n\nCũng tại lễ phát động, LĐLĐ tỉnh trao 50 suất quà. Mỗi suất trị giá 1 triệu đồng.";
        assert_eq!(year(t, "900", Kind::Actual), Some(2023));
        assert_eq!(year(t, "50", Kind::Actual), Some(2024));
        assert_eq!(year(t, "1 triệu", Kind::Actual), Some(2024));
    }

    #[test]
    fn an_events_edition_in_the_headline_dates_the_article() {
        // The h17 round's probe: the lead dates its event by day and
        // month, the headline names the edition; a paragraph of last
        // year's figures does not date today's dialogue.
        let t = "CÔNG NHÂN HÀ NAM: SÔI NỔI THÁNG CÔNG NHÂN 2024\n\nSáng 28/4, LĐLĐ tỉnh Hà Nam tổ chức đối thoại với công nhân.\n\nTháng Công nhân năm 2023, các cấp công đoàn tổ chức 900 hoạt động.\n\nTại buổi đối thoại, 12 ý kiến của công nhân được nêu.";
        assert_eq!(year(t, "900", Kind::Actual), Some(2023));
        assert_eq!(year(t, "12 ý", Kind::Actual), Some(2024));
        // Ours: a Tết programme's edition, no year in the lead.
        let t = "Ấm áp Tết Sum vầy 2025\n\nSáng 12/1, LĐLĐ huyện trao 200 suất quà cho đoàn viên.";
        assert_eq!(year(t, "200", Kind::Actual), Some(2025));
    }

    #[test]
    fn a_conference_dated_in_the_lead_dates_what_is_done_at_it() {
        // h82: a review of 2022 held on 18/1/2023, and the agreement
        // signed there.
        let t = "Bệnh viện: Thỏa ước\n\nBaophutho.vn - Ngày 18/1/2023, Công đoàn Bệnh viện tổ chức hội nghị tổng kết hoạt động công đoàn năm 2022 và ký kết thỏa ước.\n\nNăm 2022, Công đoàn thăm hỏi 214 lượt đoàn viên.\n\nTại hội nghị, 312 đại biểu đã thảo luận. Bản thỏa ước ký kết lần này có 18 điều khoản có lợi hơn.";
        assert_eq!(year(t, "214", Kind::Actual), Some(2022));
        assert_eq!(year(t, "312", Kind::Actual), Some(2023));
        assert_eq!(year(t, "18 điều", Kind::Actual), Some(2023));
        // h71 and our own: the awards of a review are for the year it
        // reviews, and a plan set there takes the plan's year.
        let t = "Tổng kết năm 2024\n\nThanh Hóa, ngày 10/1/2025 - Sáng nay, LĐLĐ tỉnh tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025.\n\nTrong năm, toàn tỉnh kết nạp 8.935 đoàn viên.\n\nTại hội nghị, Tổng LĐLĐ Việt Nam tặng Cờ thi đua cho 02 tập thể. Tại hội thảo, các đại biểu đóng góp 30 ý kiến, thống nhất phấn đấu kết nạp 9.000 đoàn viên.";
        assert_eq!(year(t, "02", Kind::Actual), Some(2024));
        assert_eq!(year(t, "30 ý", Kind::Actual), Some(2025));
        assert_eq!(year(t, "9.000", Kind::Plan), Some(2025));
    }

    #[test]
    fn a_staffs_annual_conference_reviews_the_year_before() {
        // h113: the conference of 2023, held in February, reports 2022.
        let t = "Bệnh viện Đa khoa tỉnh: Hội nghị viên chức, người lao động năm 2023\n\nChiều 20-2, Bệnh viện tổ chức Hội nghị viên chức, người lao động năm 2023. Gần 200 đại biểu đã dự hội nghị.\n\nNăm 2022, Bệnh viện đã khám bệnh cho 312.450 lượt người.\n\nCông đoàn cơ sở bệnh viện hiện có 26 công đoàn bộ phận. Trong năm, CĐCS đã thăm hỏi 215 lượt đoàn viên.\n\nPhong trào thi đua có 1.012/1.098 đoàn viên đăng ký.\n\nTại hội nghị, các đại biểu đóng góp 23 ý kiến.\n\nNăm 2023, Bệnh viện phấn đấu khám bệnh cho 320.000 lượt người.";
        assert_eq!(year(t, "200", Kind::Actual), Some(2023));
        assert_eq!(year(t, "215", Kind::Actual), Some(2022));
        assert_eq!(year(t, "1.012", Kind::Actual), Some(2022));
        assert_eq!(year(t, "23 ý", Kind::Actual), Some(2023));
        assert_eq!(year(t, "320.000", Kind::Plan), Some(2023));
        // h95: a workers' conference of 2019 whose body opens no sentence
        // with 2018: the new agreement's facts are of 2019.
        let t = "Thỏa ước mới\n\nNgày 26-1, Công đoàn Công ty tổ chức Hội nghị người lao động năm 2019 và ký kết thỏa ước mới.\n\nTheo báo cáo tại hội nghị, năm 2018 doanh thu của công ty đạt 1.250 tỷ đồng. Thưởng Tết bình quân 1,3 tháng lương.\n\nTƯLĐTT mới có 42 điều.";
        assert_eq!(year(t, "1.250", Kind::Actual), Some(2018));
        assert_eq!(year(t, "42", Kind::Actual), Some(2019));
        // Held-out h123: the year before opens one sentence amid the
        // conference's news, not a paragraph: it dates that sentence only.
        let t = "Long An: Công nhân may được hưởng thỏa ước\n\nNgày 15-3, Công đoàn Công ty phối hợp với Ban Giám đốc tổ chức Hội nghị người lao động năm 2018 và ký kết thỏa ước.\n\nTheo bản TƯLĐTT mới, người lao động được hưởng 14 điều khoản có lợi hơn. Tiền ăn giữa ca lên 22.000 đồng/suất.\n\nÔng Tấn cho biết công ty hiện có 3.850 lao động. Năm 2017, công đoàn đã phối hợp tổ chức 12 cuộc đối thoại.";
        assert_eq!(year(t, "14 điều", Kind::Actual), Some(2018));
        assert_eq!(year(t, "3.850", Kind::Actual), Some(2018));
        assert_eq!(year(t, "12 cuộc", Kind::Actual), Some(2017));
        // Our own: a school's conference of public servants; and a review
        // conference, which is named by the year it reviews.
        let t = "Trường THPT: Hội nghị cán bộ, công chức, viên chức năm 2024\n\nSáng 15/1, nhà trường tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024.\n\nNăm 2023, nhà trường có 45 học sinh giỏi cấp tỉnh. Tỷ lệ tốt nghiệp đạt 99,8%.\n\nCông đoàn trường kết nạp 6 đoàn viên.";
        assert_eq!(year(t, "6 đoàn", Kind::Actual), Some(2023));
        let t = "Công đoàn tổng kết\n\nSáng 15/1, Công đoàn tổ chức hội nghị tổng kết người lao động năm 2024.\n\nNăm 2023, Công đoàn trao 45 suất quà. Mỗi suất 500.000 đồng.\n\nCông đoàn kết nạp 6 đoàn viên.";
        assert_eq!(year(t, "6 đoàn", Kind::Actual), Some(2024));
    }

    #[test]
    fn this_year_with_no_dateline_is_the_year_the_article_reports() {
        // h115's `trong Tháng Công nhân năm nay` under a headline of 2026,
        // after last year's paragraph.
        let t = "LÀO CAI PHÁT ĐỘNG THÁNG CÔNG NHÂN 2026\n\nSáng 28/4, LĐLĐ tỉnh phát động Tháng Công nhân năm 2026.\n\nTháng Công nhân năm 2025, các cấp công đoàn đã tổ chức 1.384 hoạt động.\n\nTrong Tháng Công nhân năm nay, các cấp công đoàn tổ chức 1.500 hoạt động.";
        assert_eq!(year(t, "1.500", Kind::Actual), Some(2026));
        // Our own: a Tết programme, last Tết's figures, then this year's.
        let t = "TẾT SUM VẦY 2025 CHĂM LO CHO 50.000 CÔNG NHÂN\n\nSáng 12/1, LĐLĐ TP tổ chức chương trình Tết Sum vầy năm 2025.\n\nTết năm 2024, các cấp công đoàn đã chăm lo cho 45.000 đoàn viên.\n\nNăm nay, chương trình có 120 gian hàng 0 đồng.";
        assert_eq!(year(t, "45.000", Kind::Actual), Some(2024));
        assert_eq!(year(t, "120", Kind::Actual), Some(2025));
    }

    #[test]
    fn the_present_answering_a_past_year_in_the_next_paragraph_is_now() {
        // h73's then and now (`Năm 2019 công ty có 1.450 công nhân … Giờ
        // toàn công ty có 2.316 lao động`), the now in a paragraph of its own.
        let t = "Công đoàn công ty\n\nNgày 5/3/2026, Công đoàn công ty tổ chức hội nghị.\n\nNăm 2019 công ty có 1.450 công nhân.\n\nGiờ toàn công ty có 2.316 lao động.";
        assert_eq!(year(t, "1.450", Kind::Actual), Some(2019));
        assert_eq!(year(t, "2.316", Kind::Actual), Some(2026));
        // Our own: an anniversary recalling the founding year.
        let t = "Kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam\n\nNgày 26/7/2024, LĐLĐ huyện tổ chức lễ kỷ niệm.\n\nNăm 1989, khi mới thành lập, LĐLĐ huyện chỉ có 12 công đoàn cơ sở.\n\nĐến nay, LĐLĐ huyện có 86 công đoàn cơ sở với 4.215 đoàn viên.";
        assert_eq!(year(t, "12 công", Kind::Actual), Some(1989));
        assert_eq!(year(t, "86", Kind::Actual), Some(2024));
    }

    #[test]
    fn a_plans_year_is_no_present_answering_a_past_year() {
        // held-out h285 (round 34): `năm 2016 Quỹ … đã hỗ trợ 37 nhà …. Đến
        // nay, 32/37 nhà đã hoàn thành` in an article of 2016 that quotes
        // next year's plan (`"Năm 2017, LĐLĐ tỉnh phấn đấu …"`): 2016 is
        // the year reported, not a past the plan's year answers.
        let t = "Trao Mái ấm Công đoàn\n\n(PY) - Sáng 26/11, LĐLĐ tỉnh Phú Yên trao nhà cho đoàn viên.\n\nCăn nhà mới có tổng kinh phí 95 triệu đồng.\n\nTheo LĐLĐ tỉnh, năm 2016 Quỹ đã hỗ trợ 37 nhà. Đến nay, 32/37 nhà đã hoàn thành.\n\nBà Hà cho biết: \"Năm 2017, LĐLĐ tỉnh phấn đấu hỗ trợ 40 nhà\".";
        assert_eq!(year(t, "95 triệu", Kind::Actual), Some(2016));
        assert_eq!(year(t, "32/37", Kind::Actual), Some(2016));
        assert_eq!(year(t, "40 nhà", Kind::Plan), Some(2017));
        // Ours: a farmers' union's plan after its year's results.
        let t = "Hội Nông dân xã tổng kết\n\nNgày 20/12, Hội Nông dân xã tổng kết.\n\nNăm 2023 Hội có 412 hội viên. Hiện nay Hội có 430 hội viên.\n\nNăm 2024, Hội phấn đấu kết nạp 50 hội viên.";
        assert_eq!(year(t, "430", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_past_year_deep_in_a_story_the_present_answers_is_the_storys() {
        // held-out h265: an anecdote's loan `năm 2016`, then `Đến nay` in
        // its paragraph; the article reports 2019.
        let t = "Tổ tiết kiệm của phụ nữ vùng cao\n\nYBĐT - Nhiều chị em vùng cao tham gia tổ tiết kiệm.\n\nChị Sen, người Thái ở bản Noong Khoang, vay 50 triệu đồng năm 2016 để mua 3 con bò. Đến nay, đàn bò nhà chị đã lên 7 con.\n\nTổ tiết kiệm bản Noong Khoang có 42 thành viên.\n\nNăm 2019, 79/86 tổ được xếp loại tốt.";
        assert_eq!(year(t, "50 triệu", Kind::Actual), Some(2016));
        assert_eq!(year(t, "7 con", Kind::Actual), Some(2019));
        assert_eq!(year(t, "42", Kind::Actual), Some(2019));
        // Ours: a veteran's farm, the year after its figure.
        let t = "Cựu chiến binh làm kinh tế giỏi\n\nNăm 2023, Hội CCB huyện có 312 hộ làm kinh tế giỏi.\n\nÔng Tâm nhận 2 ha đất đồi năm 2010 để trồng keo. Hiện nay, trang trại của ông rộng 15 ha.";
        assert_eq!(year(t, "2 ha", Kind::Actual), Some(2010));
        assert_eq!(year(t, "15 ha", Kind::Actual), Some(2023));
    }

    #[test]
    fn a_past_year_answered_by_now_in_its_own_sentence_dates_its_clause() {
        // The author's own, after held-out h195 (`Năm 2015, chị được Hội
        // giới thiệu vay 50 triệu đồng …, đến nay đàn gà nhà chị …`): a
        // quote's past year is answered by the present in a later clause;
        // neither that clause nor the next paragraph is of the past year.
        let t = "Hội LHPN tỉnh tổng kết năm 2023\n\nNgày 15/12, Hội LHPN tỉnh tổng kết năm 2023.\n\n\
                 Chị Mai cho biết: \"Năm 2021, gia đình tôi vay 50 triệu đồng để nuôi lợn, đến nay mỗi năm thu lãi khoảng 80 triệu đồng\".\n\n\
                 Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể.";
        assert_eq!(year(t, "50 triệu", Kind::Actual), Some(2021));
        assert_eq!(year(t, "80 triệu", Kind::Actual), Some(2023));
        assert_eq!(year(t, "10 tập", Kind::Actual), Some(2023));
        // h76: `Từ 10 triệu đồng vay vốn năm 2017, nay gia đình chị có 2,5
        // ha quế` in an article of 2021.
        let t = "Hội viên vượt khó\n\nNăm 2021, Hội Nông dân xã có 40 hộ sản xuất giỏi.\n\n\
                 Từ 10 triệu đồng vay vốn năm 2017, nay gia đình chị có 2,5 ha quế.";
        assert_eq!(year(t, "10 triệu", Kind::Actual), Some(2017));
        assert_eq!(year(t, "2,5 ha", Kind::Actual), Some(2021));
    }

    #[test]
    fn the_same_period_opening_a_sentence_dates_that_sentence() {
        // Our own probe: last year's same half, stated in a sentence of
        // its own, then this half's figures.
        let t = "Bình Phước: 6 tháng đầu năm 2025 kết nạp 3.200 đoàn viên\n\nNgày 10/7, LĐLĐ tỉnh sơ kết công tác công đoàn 6 tháng đầu năm 2025.\n\nCùng kỳ năm 2024, toàn tỉnh kết nạp 2.800 đoàn viên.\n\nCác cấp công đoàn đã tổ chức 45 cuộc đối thoại.";
        assert_eq!(year(t, "2.800", Kind::Actual), Some(2024));
        assert_eq!(year(t, "45", Kind::Actual), Some(2025));
        // The real base with its own figure, inside a sentence (`(cùng kỳ
        // năm 2024 tăng 6,75%)`), and a comparison after a figure, keep
        // their reading.
        let t = "Tổng kết\n\nNăm 2025, GRDP tăng 7,2% (cùng kỳ năm 2024 tăng 6,75%). Thu ngân sách đạt 1.200 tỷ đồng, tăng 10% cùng kỳ năm 2024.";
        assert_eq!(year(t, "6,75", Kind::Actual), Some(2024));
        assert_eq!(year(t, "7,2", Kind::Actual), Some(2025));
        assert_eq!(year(t, "10%", Kind::Actual), Some(2025));
    }

    #[test]
    fn the_year_before_opening_a_sentence_dates_it_a_year_earlier() {
        // Our own probe: a review of 2024 recalling the year before.
        let t = "Huyện đoàn tổng kết công tác Đoàn năm 2024\n\nNgày 6/1/2025, Huyện đoàn tổ chức hội nghị tổng kết công tác Đoàn năm 2024.\n\nTrong năm, Huyện đoàn kết nạp 420 đoàn viên mới. Năm trước, Huyện đoàn kết nạp 385 đoàn viên. Huyện đoàn trao 60 suất quà.";
        assert_eq!(year(t, "420", Kind::Actual), Some(2024));
        assert_eq!(year(t, "385", Kind::Actual), Some(2023));
        assert_eq!(year(t, "60", Kind::Actual), Some(2024));
        // Colloquial `Năm ngoái,`; and held-out h96's `Tết năm trước, …`
        // (a feast's year, not a sentence opening with `Năm`) as before.
        let t = "Tết Sum vầy\n\nNăm 2025, các cấp công đoàn kết nạp 48.650 đoàn viên. Năm ngoái, công đoàn kết nạp 41.200 đoàn viên. Tết năm trước, công đoàn hai tỉnh (cũ) đã chăm lo cho 162.400 lượt đoàn viên.";
        assert_eq!(year(t, "41.200", Kind::Actual), Some(2024));
        assert_eq!(year(t, "162.400", Kind::Actual), Some(2025));
    }
}
