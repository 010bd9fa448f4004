//! The document's years: what `năm qua` and `năm nay` stand for, and the
//! year of a figure whose paragraph names none.

use crate::lexicon::DocHash;
use std::collections::HashMap;

use super::dateline::Dateline;
use super::expressions::{cycle_year, Role, YearAt};
use super::Years;
use crate::record::Kind;
use crate::segment::Sentence;

impl Years {
    /// Gives `năm qua` and `năm nay` their years. `năm qua` is the year
    /// before the article's date (the same year from November, when the
    /// year's reviews begin), else the year before the plan it stands
    /// beside (`Trong năm qua` after `phương hướng nhiệm vụ năm 2018`);
    /// `năm nay` is the article's year; a lunar year's name alone (`Tết Kỷ
    /// Hợi`) the year of that name nearest the article's date. Unresolved, they stay 0 and give
    /// nothing.
    pub(super) fn resolve_relatives(&mut self, dateline: Option<&Dateline>, lead_end: usize) {
        let plans: Vec<(usize, i32)> = self
            .years
            .iter()
            .filter(|y| matches!(y.role, Role::Plan | Role::PlanLead))
            .map(|y| (y.at, y.year))
            .collect();
        for y in &mut self.years {
            // The nearest plan before it, else the lead's first.
            let plan = plans
                .iter()
                .rev()
                .find(|p| p.0 < y.at)
                .or_else(|| plans.iter().find(|p| p.0 < lead_end))
                .map(|p| p.1);
            y.year = match y.role {
                Role::LastYear => dateline
                    .map(|d| if d.month >= 11 { d.year } else { d.year - 1 })
                    .or(plan.map(|p| p - 1))
                    .unwrap_or(0),
                Role::ThisYear => dateline.map_or(0, |d| d.year),
                Role::Cycle(n) => dateline.map_or(0, |d| cycle_year(n, d.year)),
                _ => continue,
            };
        }
    }

    /// The year of figures reached whose paragraph names none: the first
    /// year of the headline and lead (a stage the lead reviews, when it
    /// has ended by the article's date, gives its end year); else the
    /// congress's own year; else the year named most often (the latest
    /// reported, when the lead's event has no year); else the
    /// article's date when the text speaks of the current period (`từ
    /// đầu năm đến nay`); else the first event's date; else the year a
    /// plan opens with.
    pub(super) fn document_year(
        &self,
        sentences: &[Sentence],
        lead_end: usize,
        dateline: Option<&Dateline>,
        soft: bool,
    ) -> Option<i32> {
        // An event's date dates its own sentence; a deadline (`phấn đấu
        // đến năm 2025`) and the year a plan opens with (`Năm 2017, HND
        // huyện … đặt mục tiêu …`) their own figures, not the year
        // reported on.
        let reached = |y: &YearAt| {
            (!matches!(
                y.role,
                Role::Event
                    | Role::Own { .. }
                    | Role::Deadline { .. }
                    | Role::PlanLead
                    | Role::Current
            ))
            .then(|| self.fits(y, Kind::Actual))
            .flatten()
        };
        let lead: Vec<&YearAt> = self.years.iter().take_while(|y| y.at < lead_end).collect();
        // The article's date: its dateline, else the lead's event (`Ngày
        // 18-3-2024, Hội … tổ chức hội nghị sơ kết …`).
        let dated = dateline
            .map(|d| d.year)
            .or_else(|| lead.iter().find(|y| y.role == Role::Event).map(|y| y.year));
        // `sơ kết 5 năm thực hiện phong trào … giai đoạn 2019 - 2024` in
        // an article of 2024: a stage over by then is the one whose
        // figures the article reports; one still running is a plan's.
        let reviewed = |y: &YearAt| match y.role {
            Role::Period {
                plan: false,
                congress: false,
                ..
            } if dated.is_some_and(|d| y.year <= d) => Some(y.year),
            _ => None,
        };
        let first = lead
            .iter()
            .find(|y| reached(y).or_else(|| reviewed(y)).is_some());
        // `Năm 2019, công ty có 1.450 công nhân. Năm 2025, Công đoàn công
        // ty kết nạp 186 đoàn viên.`: sentences opening with later and
        // later years tell a story up to the latest, the year reported;
        // in one paragraph, or in the lead's next when that later year is
        // the one before the plans' (`Năm 2026, Công đoàn phấn đấu …`).
        let plan_year = self.document_plan_year(lead_end).0;
        let lead = first.and_then(|f| {
            let opens = self.opens_sentence(f.at);
            let later = lead
                .iter()
                .filter(|y| opens && y.at > f.at)
                .filter(|y| {
                    self.same_paragraph(f.at, y.at) || plan_year.is_some_and(|p| y.year == p - 1)
                })
                .filter(|y| self.opens_sentence(y.at))
                .filter_map(|y| reached(y))
                .max();
            let year = reached(f).or_else(|| reviewed(f));
            year.max(later).map(|y| self.year_reviewed(f, y))
        });
        self.title_year(sentences)
            .or(lead)
            .or(self.congress)
            .or_else(|| {
                let dates = dateline.filter(|d| soft || d.letterhead);
                self.year_of_the_text(sentences, reached, dates)
            })
    }

    /// A report's title names the year it reviews and the year its plan is
    /// for, the one after (`Tổng kết công tác công đoàn năm 2023, phương
    /// hướng nhiệm vụ năm 2024`, `Kết quả công tác Hội năm 2023, chương
    /// trình công tác năm 2024`): its figures are of the year reviewed,
    /// though the report is dated in January of the plan's year (`ngày 10
    /// tháng 01 năm 2024` in its letterhead, read before the title). The
    /// title is a line of its own among the document's first, naming
    /// these two years and no other.
    fn title_year(&self, sentences: &[Sentence]) -> Option<i32> {
        self.wrapped_title_year()
            .or_else(|| self.title_line_year(sentences))
    }

    /// The year a report's title under its type's line reviews, wrapped
    /// over lines or not: its first year, when the next it names is the
    /// year after (`Tình hình thực hiện dự toán ngân sách nhà nước năm
    /// 2014` ⏎ `và dự toán năm 2015`). A title names the period reviewed
    /// first and the plans after it, whatever words name them: `thực hiện
    /// kế hoạch … năm 2023` ⏎ `và nhiệm vụ trọng tâm năm 2024` reviews
    /// 2023. A year compared with is no title's.
    fn wrapped_title_year(&self) -> Option<i32> {
        let title = self.title.clone()?;
        let mut named = self
            .slice(title)
            .iter()
            .filter(|y| !matches!(y.role, Role::Compare | Role::BaseBefore | Role::Event))
            .map(|y| y.year)
            .filter(|&y| y != 0);
        let (reviewed, plan) = (named.next()?, named.next()?);
        (plan == reviewed + 1).then_some(reviewed)
    }

    /// [`Self::title_year`] for a title in a line of its own among the
    /// document's first, naming the year reviewed and the plan's year.
    fn title_line_year(&self, sentences: &[Sentence]) -> Option<i32> {
        let alone = |i: usize| {
            let p = sentences[i].paragraph;
            sentences.get(i + 1).is_none_or(|n| n.paragraph != p)
                && (i == 0 || sentences[i - 1].paragraph != p)
        };
        (0..sentences.len())
            .take_while(|&i| sentences[i].paragraph < TITLE_PARAGRAPHS)
            .filter(|&i| alone(i))
            .find_map(|i| match self.slice(sentences[i].start..sentences[i].end) {
                [reviewed, plan]
                    if reviewed.role == Role::Plain
                        && matches!(plan.role, Role::Plan | Role::PlanLead)
                        && plan.year == reviewed.year + 1 =>
                {
                    Some(reviewed.year)
                }
                _ => None,
            })
    }

    /// The year the figures of an article about a staff's annual
    /// conference are of: the conference is held early in the year it is
    /// named by (`Hội nghị viên chức, người lao động năm 2023`) and
    /// reviews the year before, which the body reports by opening a
    /// paragraph with it (`Năm 2022, Bệnh viện đã khám bệnh cho …`); with
    /// no such paragraph the figures are the conference's year's (`Hội
    /// nghị người lao động năm 2019` and a new agreement's terms).
    fn year_reviewed(&self, f: &YearAt, year: i32) -> i32 {
        if !self.annual.contains(&f.at) || year != f.year {
            return year;
        }
        // A paragraph opening with the year before reports it; one
        // sentence of it amid the conference's own news (`… hiện có 3.850
        // lao động. Năm 2017, công đoàn đã phối hợp tổ chức 12 cuộc đối
        // thoại`, beside a new agreement) is that sentence's year only.
        let opens_paragraph = |at: usize| {
            let k = self.paragraphs.partition_point(|p| p.1 <= at);
            k.checked_sub(1)
                .is_some_and(|k| at - self.paragraphs[k].1 <= OPENING_BYTES)
        };
        let before = self.years.iter().any(|y| {
            y.role == Role::Plain && y.year == year - 1 && y.at > f.at && opens_paragraph(y.at)
        });
        if before {
            year - 1
        } else {
            year
        }
    }

    /// The document's year when its lead gives none: the year its
    /// reported figures are of, else a soft dateline's or a report's
    /// letterhead date's, an event's, and
    /// last the year its plan opens with (`Năm 2017, Hội phấn đấu …`), the
    /// nearest there is. `reached` is the year a year expression gives
    /// actual figures.
    fn year_of_the_text(
        &self,
        sentences: &[Sentence],
        reached: impl Fn(&YearAt) -> Option<i32>,
        soft: Option<&Dateline>,
    ) -> Option<i32> {
        // `Sáng 26/11, …` then `giai đoạn 2016 - 2020, …` and `Riêng năm
        // 2020, …`: an event dated by day and month is of the latest year
        // the text reports, not of an earlier one named more often.
        // `năm 2025 toàn khu vực có 638/795 doanh nghiệp …` then `Theo
        // kế hoạch, … vào quý I/2026`: a year the text looks forward to
        // casts no vote beside the years it reports; it is the year of
        // the text only when nothing else dates it.
        // Read only here: most documents' year comes from their lead.
        let in_plans = super::years_in_plans(sentences, &self.years);
        let reported = |planned: bool| {
            let years = self
                .years
                .iter()
                .filter(|y| in_plans.binary_search(&y.at).is_ok() == planned)
                .filter_map(&reached);
            if self.undated {
                years.max()
            } else {
                most_frequent(years)
            }
        };
        let first = |role: Role| self.years.iter().find(|y| y.role == role).map(|y| y.year);
        reported(false)
            .or_else(|| soft.map(|d| d.year))
            .or_else(|| first(Role::Event))
            .or_else(|| reported(true))
            .or_else(|| first(Role::PlanLead))
    }

    /// The year of plans whose paragraph names none: the first plan's
    /// year or deadline (the lead's first), else the latest end of a term
    /// or stage; with where that is when it is a deadline (it dates the
    /// plans from there on only, see `year_for`).
    pub(super) fn document_plan_year(&self, lead_end: usize) -> (Option<i32>, Option<usize>) {
        let plan = |y: &&YearAt| {
            matches!(
                y.role,
                Role::Plan
                    | Role::PlanLead
                    | Role::Deadline { .. }
                    | Role::Period { plan: true, .. }
            )
        };
        let mut plans = self.years.iter().filter(plan);
        let first = plans
            .clone()
            .find(|y| y.at < lead_end)
            .or_else(|| plans.next());
        if let Some(y) = first {
            let deadline = matches!(y.role, Role::Deadline { .. }).then_some(y.at);
            return (Some(y.year), deadline);
        }
        let term = self
            .years
            .iter()
            .filter(|y| matches!(y.role, Role::Period { .. }))
            .map(|y| y.year)
            .max();
        (term, None)
    }
}

impl Years {
    /// Gives the sentences opening at the article's event (`Tại buổi đối
    /// thoại, …`) that event's year: the lead's event date (`Ngày
    /// 18/1/2023, Công đoàn … tổ chức hội nghị tổng kết … năm 2022`: the
    /// conference is of 2023), else the year an annual conference is
    /// named by (`Hội nghị viên chức, người lao động năm 2023`, held on
    /// `Chiều 20-2`), else the year the article reports (`Sáng
    /// 28/4, …` under a headline of 2026), not a past year a paragraph
    /// before compared with (`Tháng Công nhân năm 2025, …`). Not the
    /// page's date: a review held in January, dated by its page only, is
    /// still the reviewed year's (its awards are for that year).
    pub(super) fn resolve_at_events(&mut self, lead_end: usize) {
        let event = self
            .years
            .iter()
            .take_while(|y| y.at < lead_end)
            .find(|y| y.role == Role::Event)
            .map(|y| y.year)
            .or_else(|| {
                let at = *self.annual.first()?;
                self.years.iter().find(|y| y.at == at).map(|y| y.year)
            })
            .or(self.year)
            .unwrap_or(0);
        for y in self.years.iter_mut().filter(|y| y.role == Role::AtEvent) {
            y.year = event;
        }
    }

    /// Whether the expression at byte `at` opens its sentence (`Năm 2025,
    /// …`, `"Năm 2019 …`): at most a quote and `năm` before it.
    fn opens_sentence(&self, at: usize) -> bool {
        let k = self.sentences.partition_point(|s| s.0 <= at);
        k.checked_sub(1)
            .and_then(|k| self.sentences.get(k))
            .is_some_and(|s| at - s.0 <= OPENING_BYTES)
    }

    /// Whether the bytes `a` and `b` are in one paragraph.
    fn same_paragraph(&self, a: usize, b: usize) -> bool {
        let para = |at: usize| self.paragraphs.partition_point(|p| p.1 <= at);
        para(a) == para(b)
    }
}

/// The paragraphs a report's title is sought in: the letterhead's lines,
/// its number and date, `BÁO CÁO` and the title's lines.
const TITLE_PARAGRAPHS: usize = 10;

/// The bytes before a year that opens its sentence: `"Năm ` (`ă` is two).
const OPENING_BYTES: usize = 8;

/// The year named most often (the later of equals).
fn most_frequent(years: impl Iterator<Item = i32>) -> Option<i32> {
    let mut counts: HashMap<i32, usize, DocHash> = HashMap::default();
    for y in years {
        *counts.entry(y).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(y, c)| (*c, *y))
        .map(|(y, _)| y)
}
