//! Year expressions of a sentence: every one holds a year numeral
//! (`năm 2016`, `quý 1/2023`, `niên vụ 2022 - 2023`, `Tết Nhâm Dần 2022`,
//! `nhiệm kỳ 2023-2028`, `ngày 31/12/2022`), read from the words before it.

use std::ops::Range;

use super::cues::{CueKind, CUES};
use crate::segment::{Sentence, TokKind, Token};

/// What a year expression says about the figures near it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// The year of the figures: `năm 2016`, `quý 1/2023`, `tháng 5/2023`,
    /// `Tết Nhâm Dần 2022`, a season or school year (its end year), a
    /// status date (`tính đến ngày 31/12/2022`).
    Plain,
    /// The year of a plan (`phương hướng nhiệm vụ năm 2018`): plans only.
    Plan,
    /// A year opening a sentence that states a plan (`Năm 2017, HND huyện
    /// Yên Lạc đặt mục tiêu kết nạp 850 …`): the year of that sentence's
    /// figures, and of the document's plans, but never the year of the
    /// report's results.
    PlanLead,
    /// A deadline (`đến năm 2025`, `đến cuối năm 2020`): the year of the
    /// figures near it, and of the document's plans.
    Deadline {
        /// The end of the year (`đến cuối năm 2019`, `đến hết năm 2019`):
        /// a figure reached there is a state at that year's end (`đến
        /// cuối năm 2019 toàn huyện còn 312 hộ nghèo`), of that year.
        end: bool,
    },
    /// A term or stage (`nhiệm kỳ 2023-2028`); `year` is its end.
    Period {
        /// Its first year.
        first: i32,
        /// It opens the clause (`Nhiệm kỳ 2018-2023, Hội … đã kết nạp`):
        /// the figures are the whole period's.
        adverbial: bool,
        /// A congress's term (`Đại hội lần thứ XII, nhiệm kỳ 2023-2028`).
        congress: bool,
        /// Governed by a plan word.
        plan: bool,
    },
    /// The period of one figure, joined to it by `của` (`cao hơn mức tăng
    /// 7,1% của 9 tháng năm 2023`): that figure's year alone, not its
    /// sentence's.
    Of,
    /// `cùng kỳ năm trước` opening a clause with its own figure
    /// (`(cùng kỳ năm trước tăng 5,9%)`): that figure is of the year
    /// before the one its sentence reports there (`year` is 0).
    BaseBefore,
    /// Inside a comparison (`so với năm 2022`): only a figure given as the
    /// comparison's base takes it.
    Compare,
    /// The date of an event (`tổ chức ngày 17/7/2017`): for figures of its
    /// own sentence only.
    Event,
    /// A year that belongs to one past start or one balance, not to the
    /// report: `Năm 2015, chị Lan bắt đầu nuôi 20 con dê`, `Từ 5 con bò
    /// giống được hỗ trợ năm 2009, đến nay …`, `Số dư quỹ năm 2015 chuyển
    /// sang: …`. It dates the figures of its sentence before byte `until`
    /// (where `đến nay`, `hiện có` turn to the present, else the
    /// sentence's end), is carried to no other sentence and is never the
    /// document's year.
    Own {
        /// Where its sentence turns to the present, else the sentence's end.
        until: usize,
    },
    /// `năm qua`: the year just past, resolved from the article's date or
    /// a dated plan (`year` is 0 until then).
    LastYear,
    /// `năm nay`: the article's year (`year` is 0 until resolved).
    ThisYear,
    /// A lunar year by its name alone (`Tết Kỷ Hợi`): its place in the
    /// sexagenary cycle; `year` is 0 until the article's date gives the
    /// cycle.
    Cycle(u32),
    /// A sentence opening with a period of the report's year and no year
    /// of its own (`Trong 9 tháng, toàn tỉnh giải quyết việc làm cho …`):
    /// its figures, and its paragraph's after it, are of the year the
    /// document reports (`year` is 0 until that is known).
    Current,
    /// A sentence opening at the article's own event (`Tại buổi đối
    /// thoại, …`, `Cũng tại lễ phát động, …`): its figures, and its
    /// paragraph's after it, are of that event's year (`year` is 0 until
    /// the document's year is known).
    AtEvent,
}

/// A year expression at byte `at` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct YearAt {
    pub at: usize,
    pub year: i32,
    pub role: Role,
}

/// The year expressions of a sentence, added to `out`, and its comparison
/// spans (byte ranges after `so với`), added to `compares`.
pub(super) fn scan(s: &Sentence, out: &mut Vec<YearAt>, compares: &mut Vec<Range<usize>>) {
    let toks = s.tokens;
    cycle_names(toks, out);
    let mut i = 0;
    while i < toks.len() {
        let Some(y) = year_numeral(&toks[i]) else {
            // `(cùng kỳ năm trước tăng 5,9%)`: the first word of the
            // `same_period` cue, one word compared per token.
            if toks[i].norm == "cùng" {
                previous_years_base(s, i, out, compares);
            }
            // `Năm trước,` opens its sentence: at most a bullet or a quote
            // before it.
            if i <= 3 && toks[i].norm == "năm" {
                previous_year_opening(s, i, out, compares);
            }
            i += 1;
            continue;
        };
        let (end, last) = range_end(toks, i, y);
        if let Some(until) = founded_with(s, i, end) {
            out.push(YearAt {
                at: toks[i].start(),
                year: last,
                role: Role::Own { until },
            });
        } else if let Some(mut role) = classify(toks, i, y, last) {
            if role == Role::Plain && leads_plan(toks, i, end) {
                role = Role::PlanLead;
            }
            // `Giai đoạn 2021 - 2025, Công đoàn ngành … đặt mục tiêu …`: a
            // stage opening a sentence of intent is that plan's stage, as
            // `Năm 2017, … đặt mục tiêu` is that plan's year.
            if let Role::Period { plan, .. } = &mut role {
                *plan = *plan || leads_plan(toks, i, end);
            }
            if role == Role::Plain && (owned_by_figure(toks, i) || starting_level(toks, i)) {
                role = Role::Of;
            }
            if role == Role::Plain {
                if let Some(until) = own_scope(s, i, end) {
                    role = Role::Own { until };
                }
            }
            let span = comparison_around(toks, i).or_else(|| {
                (role == Role::Plain)
                    .then(|| parenthesized_base(toks, i, end))
                    .flatten()
            });
            // `Cùng kỳ năm 2024, toàn tỉnh kết nạp 2.800 đoàn viên.`: the
            // same period opening the sentence, its comma after the year,
            // says of what period the sentence's figures are: that year's,
            // for that sentence only.
            let adverbial = span.as_ref().is_some_and(|r| {
                CUES.ending_at(CueKind::SamePeriod, toks, r.start) == Some(0)
                    && toks.get(end).is_some_and(|t| t.is(','))
            });
            if adverbial {
                role = Role::Own { until: s.end };
            } else if let Some(span) = span {
                role = Role::Compare;
                let bytes =
                    toks[span.start].start()..toks.get(span.end).map_or(s.end, |t| t.start());
                if compares.last() != Some(&bytes) {
                    compares.push(bytes);
                }
            }
            out.push(YearAt {
                at: toks[i].start(),
                year: last,
                role,
            });
        }
        i = end;
    }
}

/// A year in 1900–2100 written as a 4-digit numeral ([`Token::year`]).
pub(super) fn year_value(t: &Token) -> Option<i32> {
    t.year()
}

/// The year a numeral gives: a 4-digit year, or the year of a dotted
/// month or date in one token (`tháng 3.2020`, `ngày 24.3.2023`, as some
/// papers write them).
fn year_numeral(t: &Token) -> Option<i32> {
    if let Some(y) = year_value(t) {
        return Some(y);
    }
    if t.kind() != TokKind::Num || !t.norm.contains('.') {
        return None;
    }
    let parts: Vec<&str> = t.norm.split('.').collect();
    let small =
        |p: &str, max: u32| p.len() <= 2 && p.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    let ok = match parts.as_slice() {
        [m, y] => small(m, 12) && y.len() == 4,
        [d, m, y] => small(d, 31) && small(m, 12) && y.len() == 4,
        _ => false,
    };
    let y: i32 = parts.last()?.parse().ok()?;
    (ok && (1900..=2100).contains(&y)).then_some(y)
}

/// Where the expression of the year at `i` ends, and its last year: a
/// span `2022 - 2023`, `2020/21` gives its second year.
fn range_end(toks: &[Token], i: usize, y: i32) -> (usize, i32) {
    let sep = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.punct(), Some('-' | '–' | '/')));
    let Some(next) = toks.get(i + 2).filter(|_| sep) else {
        return (i + 1, y);
    };
    if let Some(end) = year_value(next).filter(|e| (y + 1..=y + 10).contains(e)) {
        return (i + 3, end);
    }
    // `2020/21`: two digits for the end year, unless a date follows
    // (`1982 - 20/11/2023`).
    let date_follows = toks
        .get(i + 3)
        .is_some_and(|t| matches!(t.punct(), Some('/' | '-' | '.')));
    if next.kind() == TokKind::Num && next.norm.len() == 2 && !date_follows {
        if let Ok(yy) = next.norm.parse::<i32>() {
            let end = y - y % 100 + yy;
            if (y + 1..=y + 10).contains(&end) {
                return (i + 3, end);
            }
        }
    }
    (i + 1, y)
}

/// The role of the year numeral at `i` (first year `y`, last `last`),
/// from the words before it; `None` when it is no year of a figure (a
/// bare number, a starting year, a founding or document date).
fn classify(toks: &[Token], i: usize, y: i32, last: i32) -> Option<Role> {
    if toks[i].norm.contains('.') {
        return dotted(toks, i);
    }
    let prev = |k: usize| i.checked_sub(k).map(|j| &toks[j]);
    let word = |k: usize| prev(k).filter(|t| t.is_word()).map(|t| t.norm);
    match word(1) {
        Some("năm") => year_word(toks, i - 1),
        Some("học") if word(2) == Some("năm") => Some(plan_or(toks, i - 2, Role::Plain)),
        Some(_) => named(toks, i, y, last),
        None if prev(1).is_some_and(|t| matches!(t.punct(), Some('/' | '-'))) => slashed(toks, i),
        None if prev(1).is_some_and(|t| t.is('(')) && last != y => parenthesized(toks, i, y),
        None if prev(1).is_some_and(|t| t.is('"') || t.is('”')) => quoted(toks, i),
        None => None,
    }
}

/// A year right after a quoted name (`Trong chương trình "Tết Sum vầy"
/// 2024, …`): the year of that edition, a plain year — unless a word
/// follows, when the number may count it (`"Mái ấm" 2024 hộ`).
fn quoted(toks: &[Token], i: usize) -> Option<Role> {
    let q = i - 1;
    // `"` opens as well as closes: it closes after an odd count of them.
    let closes = toks[q].is('”') || toks[..q].iter().filter(|t| t.is('"')).count() % 2 == 1;
    let counts = toks.get(i + 1).is_some_and(|t| t.is_word());
    (closes && !counts).then(|| plan_or(toks, q, Role::Plain))
}

/// A span of years in parentheses after the period it dates: `trong 5
/// năm (2019 - 2023)`, `nhiệm kỳ qua (2018-2023)`, `giai đoạn
/// (2021-2025)`. A period the figures cover (its end year), or a
/// congress's term.
fn parenthesized(toks: &[Token], i: usize, y: i32) -> Option<Role> {
    let h = i - 1;
    let period = CUES.ending_at(CueKind::Period, toks, h);
    let after_period = h > 0 && toks[h - 1].is_word() && matches!(toks[h - 1].norm, "năm" | "qua");
    let start = period.or(after_period.then_some(h - 1))?;
    Some(Role::Period {
        first: y,
        adverbial: true,
        congress: congress_before(toks, start),
        plan: plan_or(toks, start, Role::Plain) == Role::Plan,
    })
}

/// `năm 2016` (head `năm` at `h`): a plain or plan year, none after
/// `từ`, `trước` (a starting year) or a founding word.
fn year_word(toks: &[Token], h: usize) -> Option<Role> {
    if CUES.ending_at(CueKind::Since, toks, h).is_some() || founding(toks, h) {
        return None;
    }
    // `chi chuyển nguồn sang năm 2022 là 49.411 triệu đồng`: the year the
    // money goes to; the figure is of the accounts' year.
    if CUES.ending_at(CueKind::MovedTo, toks, h).is_some() {
        return None;
    }
    // `so với cùng kỳ năm 2022`, `cùng kỳ năm trước`: compared.
    if CUES.ending_at(CueKind::Compare, toks, h).is_some() {
        return Some(Role::Compare);
    }
    // `đến năm 2025`, `đến cuối năm 2020`: a deadline names its own year;
    // `tính đến hết năm 2022` is a status's date.
    let until = (1..=2).find(|&k| h >= k && toks[h - k].norm == "đến");
    Some(match until {
        Some(k) if h > k && toks[h - k - 1].norm == "tính" => Role::Plain,
        Some(k) => Role::Deadline {
            end: k == 2 && matches!(toks[h - 1].norm, "cuối" | "hết"),
        },
        None => plan_or(toks, h, Role::Plain),
    })
}

/// A year named by the words right before it: a season (`niên vụ 2022 -
/// 2023`, `vụ ép mía 2020/21`), a term or stage (`nhiệm kỳ 2023-2028`,
/// `giai đoạn 2021 - 2025`), a feast (`Tết Nguyên đán Nhâm Dần 2022`,
/// `hè 2022`) or a lunar year (`Đinh Dậu 2017`).
fn named(toks: &[Token], i: usize, y: i32, last: i32) -> Option<Role> {
    if let Some(h) = CUES.ending_at(CueKind::Period, toks, i) {
        if last == y {
            return Some(plan_or(toks, h, Role::Plain));
        }
        let plan = plan_or(toks, h, Role::Plain) == Role::Plan;
        return Some(Role::Period {
            first: y,
            adverbial: adverbial(toks, h) || set_off(toks, h, i + 3),
            congress: congress_before(toks, h),
            plan,
        });
    }
    if let Some(h) = season(toks, i) {
        return Some(plan_or(toks, h, Role::Plain));
    }
    feast(toks, i)
        .or_else(|| edition(toks, i))
        .map(|h| plan_or(toks, h, Role::Plain))
}

/// Where the name of a yearly event's edition naming the year at `i`
/// starts: its head (`Tháng`, `Tết`, `Xuân`, `hè`) and one to three
/// words of its name (`Tháng Công nhân 2024`, `Tết Sum vầy 2025`, `Mùa
/// hè xanh 2023`), the year ending the phrase: a noun after it is what
/// the number counts (`tháng này 2024 đoàn viên`).
fn edition(toks: &[Token], i: usize) -> Option<usize> {
    if toks.get(i + 1).is_some_and(Token::is_word) {
        return None;
    }
    (2..=4).map_while(|k| i.checked_sub(k)).find(|&h| {
        let named = toks[h + 1..i]
            .iter()
            .all(|t| t.is_word() && t.norm != "năm");
        named && toks[h].is_word() && CUES.is(CueKind::Edition, toks[h].norm)
    })
}

/// Where a season naming the year at `i` starts: `vụ` (not `nhiệm vụ`,
/// `dịch vụ`) with up to three season words between (`vụ Đông Xuân`).
fn season(toks: &[Token], i: usize) -> Option<usize> {
    let mut h = i;
    while h > 0
        && i - h < 3
        && toks[h - 1].is_word()
        && CUES.is(CueKind::SeasonFiller, toks[h - 1].norm)
    {
        h -= 1;
    }
    let h = CUES.ending_at(CueKind::Season, toks, h)?;
    let before = h.checked_sub(1).map(|j| toks[j].norm);
    (!before.is_some_and(|w| CUES.is(CueKind::NotSeason, w))).then_some(h)
}

/// Where a feast or lunar year naming the year at `i` starts: `Tết`,
/// `Xuân`, `hè` with `Nguyên đán` and a cycle name between, or a cycle
/// name alone (`Nhân dịp Đinh Dậu 2017`).
fn feast(toks: &[Token], i: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| t.norm);
    let mut h = i;
    let cycle = i >= 2
        && word(i - 1).is_some_and(|w| CUES.is(CueKind::Branch, w))
        && word(i - 2).is_some_and(|w| CUES.is(CueKind::Stem, w));
    if cycle {
        h = i - 2;
    }
    while h > 0 && word(h - 1).is_some_and(|w| CUES.is(CueKind::HolidayFiller, w)) {
        h -= 1;
    }
    if h > 0 && word(h - 1).is_some_and(|w| CUES.is(CueKind::Holiday, w)) {
        return Some(h - 1);
    }
    cycle.then_some(h)
}

/// Lunar years named without a numeral after a feast or `năm` (`Kế
/// hoạch chăm lo Tết Kỷ Hợi`, `năm Nhâm Dần`), added to `out`.
fn cycle_names(toks: &[Token], out: &mut Vec<YearAt>) {
    // Read on every token of a sentence with a numeral: the list once.
    let cues = &*CUES;
    for i in 2..toks.len() {
        let (before, stem, branch) = (&toks[i - 2], &toks[i - 1], &toks[i]);
        // A branch's name is the rarest of the three words: asked first.
        if !cues.may_end(CueKind::Branch, branch.norm) {
            continue;
        }
        let named =
            before.is_word() && (before.norm == "năm" || cues.is(CueKind::Holiday, before.norm));
        let numeral_follows = toks.get(i + 1).is_some_and(|t| t.kind() == TokKind::Num);
        if !named || numeral_follows || !stem.is_word() || !branch.is_word() {
            continue;
        }
        // `giảm gần 1,75 lần so với Tết Giáp Thìn`: the feast a change is
        // measured from, not the year the sentence reports.
        if comparison_around(toks, i - 2).is_some() {
            continue;
        }
        let (Some(s), Some(b)) = (
            cues.value(CueKind::Stem, stem.norm),
            cues.value(CueKind::Branch, branch.norm),
        ) else {
            continue;
        };
        // The place n in 0..60 with n ≡ s (mod 10) and n ≡ b (mod 12);
        // none when their parities differ (no such year).
        if let Some(n) = (0..60).find(|n| n % 10 == s && n % 12 == b) {
            out.push(YearAt {
                at: before.start(),
                year: 0,
                role: Role::Cycle(n),
            });
        }
    }
}

/// The year of place `n` of the sexagenary cycle nearest to `near`
/// (Giáp Tý, place 0, was 1984).
pub(super) fn cycle_year(n: u32, near: i32) -> i32 {
    let base = 1984 + n as i32;
    let k = (near - base + 30).div_euclid(60);
    base + 60 * k
}

/// A year after `/` or `-`: `tháng 5/2023`, `quý I/2024`, or a date
/// `31/12/2022`, `31-5-2023`.
fn slashed(toks: &[Token], i: usize) -> Option<Role> {
    let word = |j: usize| toks.get(j).filter(|t| t.is_word()).map(|t| t.norm);
    let num = |j: usize, max: u32| {
        toks.get(j).is_some_and(|t| {
            t.kind() == TokKind::Num && t.norm.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v))
        })
    };
    if i < 3 {
        return None;
    }
    let quarter = word(i - 2).is_some_and(|w| matches!(w, "i" | "ii" | "iii" | "iv"));
    if (num(i - 2, 12) || quarter)
        && word(i - 3).is_some_and(|w| CUES.is(CueKind::Month, w) || CUES.is(CueKind::Quarter, w))
    {
        let h = i - 3;
        if CUES.ending_at(CueKind::Since, toks, h).is_some() || founding(toks, h) {
            return None;
        }
        return Some(plan_or(toks, h, Role::Plain));
    }
    let same_sep = toks[i - 3].punct() == toks[i - 1].punct();
    if i >= 4 && num(i - 2, 12) && same_sep && num(i - 4, 31) {
        return date(toks, i - 4);
    }
    None
}

/// A dotted month or date in one token: `tháng 3.2020`, `ngày 24.3.2023`.
fn dotted(toks: &[Token], i: usize) -> Option<Role> {
    let parts = toks[i].norm.split('.').count();
    let month = i > 0 && toks[i - 1].is_word() && CUES.is(CueKind::Month, toks[i - 1].norm);
    match parts {
        2 if month => {
            let h = i - 1;
            (CUES.ending_at(CueKind::Since, toks, h).is_none() && !founding(toks, h))
                .then(|| plan_or(toks, h, Role::Plain))
        }
        3 => date(toks, i),
        _ => None,
    }
}

/// A full date starting at token `d` (its day): a status date after
/// `đến`, `hết`, `trước` is the figures' year; a document's date (`Kế
/// hoạch số 3341/KH-UBND ngày 06/10/2022`) or a founding date is none;
/// any other is an event's.
fn date(toks: &[Token], d: usize) -> Option<Role> {
    let h = if d > 0 && toks[d - 1].norm == "ngày" {
        d - 1
    } else {
        d
    };
    if founding(toks, h) || document_date(toks, h) {
        return None;
    }
    if CUES.ending_at(CueKind::AsOf, toks, h).is_some() {
        return Some(Role::Plain);
    }
    Some(Role::Event)
}

/// Whether a document number (`số 15/NQ-LĐLĐ`, `số 2200- QĐ-/TU`) ends
/// right before `h`: `số`, a numeral, then only the letters and marks of
/// the number's code. The date after it is the document's.
fn document_date(toks: &[Token], h: usize) -> bool {
    let from = h.saturating_sub(10);
    (from..h).rev().any(|j| {
        CUES.is(CueKind::DocNumber, toks[j].norm)
            && toks.get(j + 1).is_some_and(|t| t.kind() == TokKind::Num)
            && toks.get(j + 2..h).is_some_and(|code| {
                code.iter().all(|t| {
                    t.kind() != TokKind::Num && !matches!(t.punct(), Some(',' | ';' | '.'))
                })
            })
    })
}

/// The most tokens of a founding date before its year (`ngày 12 / 4 /`).
const FOUNDING_DATE: usize = 6;

/// Where the figures of a body's founding end, when the year at `i` (its
/// expression ending at `end`) dates a founding told with the body as it
/// was then: `Thành lập ngày 12/4/1990 với hơn 3.000 hội viên`, `được
/// thành lập tháng 4/1991, khi đó có 14 cơ sở hội`. Those figures are of
/// the founding year, up to the present the sentence turns to (`…, hiện
/// có 9 huyện, thành hội`). A founding alone (`Công ty (thành lập năm
/// 2005) có 300 lao động`) dates nothing.
fn founded_with(s: &Sentence, i: usize, end: usize) -> Option<usize> {
    let toks = s.tokens;
    let date_part = |t: &Token| {
        t.kind() == TokKind::Num
            || matches!(t.punct(), Some('/' | '-' | '.'))
            || matches!(t.norm, "năm" | "tháng" | "ngày")
    };
    let mut h = i;
    while !founding(toks, h) {
        if h == 0 || i - h >= FOUNDING_DATE || !date_part(&toks[h - 1]) {
            return None;
        }
        h -= 1;
    }
    let with = toks.get(end).is_some_and(|t| t.norm == "với");
    let then = toks.get(end).is_some_and(|t| t.is(','))
        && (end + 2..(end + 4).min(toks.len() + 1))
            .any(|e| CUES.ending_at(CueKind::Then, toks, e) == Some(end + 1));
    if !(with || then) {
        return None;
    }
    Some(turns_to_present(s, end + 1))
}

/// Where sentence `s` turns to the present (`đến nay`, `hiện có`: the
/// first [`CueKind::Now`] cue ending at token `from` or after), else its
/// end: the figures a past year dates stop there.
pub(super) fn turns_to_present(s: &Sentence, from: usize) -> usize {
    let toks = s.tokens;
    (from..=toks.len())
        .find_map(|e| CUES.ending_at(CueKind::Now, toks, e))
        .map_or(s.end, |b| toks[b].start())
}

/// Whether a founding word stands right before `h` (`thành lập năm
/// 1995`, `được thành lập vào tháng 3.2020`).
fn founding(toks: &[Token], h: usize) -> bool {
    let mut e = h;
    while e > 0 && matches!(toks[e - 1].norm, "vào" | "từ") {
        e -= 1;
    }
    CUES.ending_at(CueKind::Founding, toks, e).is_some()
}

/// `role`, or [`Role::Plan`] when a plan word governs the expression
/// starting at `h`: within eight words before it, with no number or
/// clause mark between (`triển khai nhiệm vụ năm 2023`), unless the plan
/// is a target reached (`đạt 100% kế hoạch năm 2019`).
fn plan_or(toks: &[Token], h: usize, role: Role) -> Role {
    let from = h.saturating_sub(8);
    for e in (from..h).rev() {
        let t = &toks[e];
        // `phương hướng, nhiệm vụ năm 2022`: a comma between nouns paired
        // with a plan word before it goes on to that word.
        let paired = t.is(',') && CUES.ending_at(CueKind::Plan, toks, e).is_some();
        if (t.kind() == TokKind::Num && !part_of_year(toks, e, h)) || t.punct().is_some() && !paired
        {
            break;
        }
        if let Some(s) = CUES.ending_at(CueKind::Plan, toks, e + 1) {
            // `Kết quả thực hiện (một số) chỉ tiêu năm 2021`: the plan's
            // results, reported; so is `đạt 100% kế hoạch năm 2019`.
            let met = s > 0
                && (toks[s - 1].is('%')
                    || (s.saturating_sub(2)..=s)
                        .any(|k| CUES.ending_at(CueKind::Met, toks, k).is_some()));
            return if met { role } else { Role::Plan };
        }
    }
    role
}

/// Whether `cùng kỳ` ending at `e` opens its clause (`(cùng kỳ năm 2024
/// tăng 6,75%)`, `; cùng kỳ năm trước là …`): the subject of the figure
/// after it, the base given with its own figure, which the comparison
/// then covers. After a change (`tăng 12% cùng kỳ năm 2022`) or `so với`
/// it only names what is compared with.
fn opens_same_period(toks: &[Token], e: usize) -> bool {
    CUES.ending_at(CueKind::SamePeriod, toks, e)
        .is_some_and(|s| s == 0 || matches!(toks[s - 1].punct(), Some('(' | ',' | ';' | ':')))
}

/// Whether the year at `i`, its expression ending at `end`, opens a
/// sentence stating that year's plan: `Năm 2017, HND huyện Yên Lạc đặt
/// mục tiêu kết nạp 850 …` — the year and its comma first (`Năm 2017`,
/// `Trong năm 2024`, `Quý I/2025`), then a word of intent in the next
/// clause before any figure. A figure first (`Năm 2023, Hội kết nạp 500
/// hội viên, phấn đấu …`) states results. Walks one clause at most.
fn leads_plan(toks: &[Token], i: usize, end: usize) -> bool {
    let opens = i <= 3 && toks[..i].iter().all(|t| t.is_word() || t.is('/'));
    if !opens || !toks.get(end).is_some_and(|t| t.is(',')) {
        return false;
    }
    for e in end + 1..toks.len() {
        let t = &toks[e];
        if t.kind() == TokKind::Num || matches!(t.punct(), Some(',' | ';' | ':' | '.')) {
            return false;
        }
        if t.is_word() && CUES.ending_at(CueKind::Intent, toks, e + 1).is_some() {
            return true;
        }
    }
    false
}

/// Whether the year at `i` ends a period joined by `của` to the figure
/// right before it (`mức tăng 7,1% của 9 tháng năm 2023`, `con số 120
/// của quý I/2023`): the words back to `của` name a period (its nouns, a
/// count of months, `đầu`/`cuối`, a quarter's number), and a numeral or
/// `%` stands within three tokens before `của`, with no clause mark.
fn owned_by_figure(toks: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 && i - j < 6 && period_word(&toks[j - 1]) {
        j -= 1;
    }
    if j == i || j == 0 || toks[j - 1].norm != "của" {
        return false;
    }
    let cua = j - 1;
    toks[cua.saturating_sub(3)..cua]
        .iter()
        .rev()
        .take_while(|t| t.punct().is_none_or(|c| c == '%'))
        .any(|t| t.kind() == TokKind::Num || t.is('%'))
}

/// The most words between a starting level's numeral and its year
/// (`từ 4.812 hộ (34,6%) cuối năm 2015`: `hộ`, `cuối`).
const LEVEL_WORDS: usize = 3;

/// The most tokens of a share in parentheses after a starting level.
const LEVEL_ASIDE: usize = 6;

/// Whether the year at `i` dates the starting level of a change written
/// right before it: `giảm từ 9,84% năm 2015 xuống còn 7,12%`, `tăng từ
/// 120 hội viên năm 2020 lên …`. `từ`, a numeral, its `%` or one word of
/// unit, then `năm`: the year is that level's, not the sentence's.
fn starting_level(toks: &[Token], i: usize) -> bool {
    let Some(h) = i.checked_sub(1).filter(|&h| toks[h].norm == "năm") else {
        return false;
    };
    // Back over the level's noun or `%`, a share in parentheses and a
    // word of the year's part: `giảm từ 4.812 hộ (34,6%) cuối năm 2015
    // xuống còn 4.236 hộ`.
    // Without a share between, one word at most (`Từ 10 con gà năm 2016,
    // tới nay …` is a past start, Role::Own).
    // The year may stand in its own parentheses (`tăng từ 3 tổ (năm
    // 2016) lên 14 tổ`).
    let mut j = if h > 0 && toks[h - 1].is('(') {
        h - 1
    } else {
        h
    };
    let mut words = 0;
    let mut aside = false;
    // `lên`/`xuống` right after the year (past its parenthesis) is the
    // change's end: the level before it may have a noun of several words
    // (`tăng từ 120 hội viên năm 2020 lên 180`).
    let ends_change = toks[i + 1..]
        .iter()
        .find(|t| !t.is(')'))
        .is_some_and(|t| matches!(t.norm, "lên" | "xuống"));
    while j > 0 {
        let t = &toks[j - 1];
        let most = if aside || ends_change { LEVEL_WORDS } else { 1 };
        if t.is(')') {
            match (0..j - 1)
                .rev()
                .take(LEVEL_ASIDE)
                .find(|&p| toks[p].is('('))
            {
                Some(p) => j = p,
                None => return false,
            }
            aside = true;
        } else if t.is('%') || (t.is_word() && t.norm != "từ" && words < most) {
            words += usize::from(t.is_word());
            j -= 1;
        } else {
            break;
        }
    }
    // The numeral may be grouped by spaces (`từ 1 124 hộ năm 2010`).
    let mut n = j;
    while n > 0 && toks[n - 1].kind() == TokKind::Num {
        n -= 1;
    }
    n < j && n >= 1 && toks[n - 1].norm == "từ"
}

/// Where the figures a past year dates end, when the year at `i` (its
/// expression ending at `end`) belongs to a start or a balance and not
/// to the report ([`Role::Own`]): a balance carried over from it (`Số dư
/// quỹ năm 2015 chuyển sang`); a start in its clause (`Năm 2015, chị Lan
/// bắt đầu nuôi`); a clause opened by `Từ` that the sentence brings up
/// to now (`Từ 5 con bò giống được hỗ trợ năm 2009, đến nay …`; not
/// `Từ tháng 3 năm 2023 đến nay`, the current year's period).
fn own_scope(s: &Sentence, i: usize, end: usize) -> Option<usize> {
    let toks = s.tokens;
    let now = || turns_to_present(s, end + 1);
    let moved_from = (end + 1..(end + 4).min(toks.len() + 1))
        .any(|e| CUES.ending_at(CueKind::MovedTo, toks, e) == Some(end));
    if moved_from {
        return Some(s.end);
    }
    // `Năm 2015, chị Lan bắt đầu nuôi`: the comma after an opening year,
    // then a few words of its clause.
    let from = end + usize::from(toks.get(end).is_some_and(|t| t.is(',')));
    for e in from..(from + 6).min(toks.len()) {
        if !toks[e].is_word() {
            break;
        }
        if CUES.ending_at(CueKind::Start, toks, e + 1).is_some() {
            return Some(now());
        }
    }
    let opens = (0..i)
        .rev()
        .find(|&k| matches!(toks[k].punct(), Some(',' | ';' | ':' | '(')))
        .map_or(0, |k| k + 1);
    // `Từ 5 con bò giống …`: a starting stock counted in the clause, not
    // a date (`Từ tháng 3 năm 2023 đến nay` is the current period).
    let stock = toks[opens].norm == "từ"
        && (opens + 1..i).any(|k| {
            toks[k].kind() == TokKind::Num
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && !period_word(t) && t.norm != "ngày")
        });
    if stock {
        let until = now();
        return (until < s.end).then_some(until);
    }
    None
}

/// The base given in parentheses with its own figure, when the year at
/// `i` (its expression ending at `end`) opens them: `(năm 2024 tăng
/// 5,9%)`, `(quý I/2024: 498 hộ)`. The token range inside the
/// parentheses, which only the figures inside take the year of. None
/// without a figure inside (`Trong quý I (năm 2024), Hội kết nạp …`).
fn parenthesized_base(toks: &[Token], i: usize, end: usize) -> Option<Range<usize>> {
    let mut j = i;
    while j > 0 && i - j < 5 && period_word(&toks[j - 1]) {
        j -= 1;
    }
    if j == 0 || !toks[j - 1].is('(') {
        return None;
    }
    let close = (end..toks.len()).find(|&e| matches!(toks[e].punct(), Some(')' | '(' | '.')))?;
    let figure = toks[end..close].iter().any(|t| t.kind() == TokKind::Num);
    (toks[close].is(')') && figure).then_some(j..close)
}

/// `cùng kỳ năm trước` opening a clause at token `k` of `s` with a
/// figure after it (`(cùng kỳ năm trước tăng 5,9%)`, `; cùng kỳ năm
/// trước là 378 tỷ đồng`): a [`Role::BaseBefore`] and its comparison, to
/// the clause's end, added to `out` and `compares`.
fn previous_years_base(
    s: &Sentence,
    k: usize,
    out: &mut Vec<YearAt>,
    compares: &mut Vec<Range<usize>>,
) {
    let toks = s.tokens;
    let Some(h) = (k + 2..toks.len().min(k + 4))
        .find(|&e| CUES.ending_at(CueKind::SamePeriod, toks, e) == Some(k))
    else {
        return;
    };
    let Some(to) = (h + 1..toks.len().min(h + 3))
        .find(|&e| CUES.ending_at(CueKind::PreviousYear, toks, e) == Some(h))
    else {
        return;
    };
    if !opens_same_period(toks, h) {
        return;
    }
    let close = (to..toks.len())
        .find(|&e| matches!(toks[e].punct(), Some(',' | ';' | ':' | ')' | '.')))
        .unwrap_or(toks.len());
    if !toks[to..close].iter().any(|t| t.kind() == TokKind::Num) {
        return;
    }
    let bytes = toks[h].start()..toks.get(close).map_or(s.end, |t| t.start());
    out.push(YearAt {
        at: toks[h].start(),
        year: 0,
        role: Role::BaseBefore,
    });
    compares.push(bytes);
}

/// `Năm trước, Huyện đoàn kết nạp 385 đoàn viên.`: the year before
/// opening a sentence, with its comma, dates the figures of that sentence
/// by the year before the one reported there (read as [`Role::BaseBefore`]
/// over the whole sentence).
fn previous_year_opening(
    s: &Sentence,
    k: usize,
    out: &mut Vec<YearAt>,
    compares: &mut Vec<Range<usize>>,
) {
    let toks = s.tokens;
    // At most a bullet or a quote before it: `năm` is a common word.
    let opens = k <= 3
        && toks[..k]
            .iter()
            .all(|t| !t.is_word() && t.kind() != TokKind::Num);
    let Some(e) = (k + 2..toks.len().min(k + 3))
        .find(|&e| CUES.ending_at(CueKind::PreviousYear, toks, e) == Some(k))
    else {
        return;
    };
    if !opens || !toks.get(e).is_some_and(|t| t.is(',')) {
        return;
    }
    out.push(YearAt {
        at: toks[k].start(),
        year: 0,
        role: Role::BaseBefore,
    });
    compares.push(toks[k].start()..s.end);
}

/// Whether a token may stand in a period's name before its year: its
/// nouns (`năm`, `quý`, `tháng`), a count of months, `đầu`/`cuối`, a
/// quarter's number (`I/2024`).
pub(super) fn period_word(t: &Token) -> bool {
    t.is('/')
        || (t.kind() == TokKind::Num && t.norm.parse::<u32>().is_ok_and(|v| v <= 12))
        || (t.is_word()
            && (CUES.is(CueKind::PeriodOf, t.norm)
                || matches!(t.norm, "đầu" | "cuối")
                || quarter_numeral(t.norm)))
}

/// A quarter's Roman number, folded (`quý III`).
pub(super) fn quarter_numeral(norm: &str) -> bool {
    matches!(norm, "i" | "ii" | "iii" | "iv")
}

/// Whether the numeral at `e` starts a part of the year that ends right
/// before `h` (`6 tháng cuối` in `nhiệm vụ 6 tháng cuối năm 2026`): the
/// period a plan covers, not a count the plan governs.
fn part_of_year(toks: &[Token], e: usize, h: usize) -> bool {
    let months = toks
        .get(e + 1)
        .is_some_and(|t| CUES.is(CueKind::Month, t.norm));
    months
        && toks
            .get(e + 2..h)
            .is_some_and(|w| w.len() <= 1 && w.iter().all(|t| matches!(t.norm, "đầu" | "cuối")))
}

/// Whether a period starting at `h` opens its clause or follows a time
/// word (`trong nhiệm kỳ`, `Nhiệm kỳ 2018-2023, …`).
fn adverbial(toks: &[Token], h: usize) -> bool {
    match h.checked_sub(1).map(|j| &toks[j]) {
        None => true,
        Some(t) if t.kind() == TokKind::Punct => t
            .punct()
            .is_some_and(|c| matches!(c, ';' | ':' | '(') || crate::lexicon::is_bullet(c)),
        Some(t) => t.is_word() && CUES.ending_at(CueKind::Adverb, toks, h).is_some(),
    }
}

/// Whether a period starting at `h` and ending before `end` opens what
/// a speaker says, set off by commas: `Bà Thủy cho biết, giai đoạn
/// 2016 - 2020, Công đoàn ngành đã hỗ trợ …`, the time the figures
/// after it cover, as when it opens the sentence. Other words before
/// the comma name a body or meeting whose term it is (`hội nghị … lần
/// thứ 9, nhiệm kỳ 2014- 2019, tổ chức ngày …`).
fn set_off(toks: &[Token], h: usize, end: usize) -> bool {
    h > 1
        && toks[h - 1].is(',')
        && toks.get(end).is_some_and(|t| t.is(','))
        && CUES.ending_at(CueKind::Says, toks, h - 1).is_some()
}

/// Whether a congress word (`đại hội`, `bầu`, `Ban Chấp hành`) stands
/// earlier in the sentence than `h`, not only cited (`Nghị quyết Đại
/// hội XIII`).
fn congress_before(toks: &[Token], h: usize) -> bool {
    (1..=h).any(|e| {
        CUES.ending_at(CueKind::Congress, toks, e)
            .is_some_and(|s| CUES.ending_at(CueKind::NotCongress, toks, s).is_none())
    })
}

/// The comparison the token at `i` stands in, as a token range: from
/// after `so với` to the next clause mark or the change it states (`so
/// với năm 2018 tăng 3,6%`). Read from the token back to the nearest
/// mark, so only years are looked at, not every token.
fn comparison_around(toks: &[Token], i: usize) -> Option<Range<usize>> {
    let ends = |t: &Token| {
        matches!(t.punct(), Some(',' | ';' | ':' | '(' | ')' | '.'))
            || (t.is_word() && CUES.is(CueKind::CompareEnd, t.norm))
    };
    let mut j = i;
    let start = loop {
        if CUES.ending_at(CueKind::Compare, toks, j).is_some() {
            break j;
        }
        j = j.checked_sub(1)?;
        if ends(&toks[j]) {
            return None;
        }
    };
    // `(cùng kỳ năm 2024 tăng 6,75%)`: the base stated with its own
    // figure; the comparison runs on to the clause's end, over the change.
    let own_figure = opens_same_period(toks, start);
    // `(cùng kỳ năm 2023 các tỷ trọng tương ứng là 7,4%; 58,1%; 28,2% và
    // 6,3%)`: opening a parenthesis, it runs to its close, over a list.
    let in_parenthesis = own_figure
        && CUES
            .ending_at(CueKind::SamePeriod, toks, start)
            .and_then(|s| s.checked_sub(1))
            .is_some_and(|p| toks[p].is('('));
    let end = (i..toks.len())
        .find(|&e| {
            if in_parenthesis {
                matches!(toks[e].punct(), Some(')' | '.'))
            } else if own_figure {
                matches!(toks[e].punct(), Some(',' | ';' | ':' | ')' | '.'))
            } else {
                ends(&toks[e])
            }
        })
        .unwrap_or(toks.len());
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::cut;
    use crate::segment::sentences_for_test as sentences;

    /// The expressions of a one-sentence text: (year, role).
    fn exprs(text: &str) -> Vec<(i32, Role)> {
        let s = sentences(text, &cut(text, true)).remove(0);
        let (mut out, mut cmp) = (Vec::new(), Vec::new());
        scan(&s, &mut out, &mut cmp);
        out.into_iter().map(|y| (y.year, y.role)).collect()
    }

    #[test]
    fn a_document_number_right_before_a_date_does_not_panic() {
        // Found by tests/number_props.rs: `số` and a numeral ending right
        // at the year left an empty code to read, sliced backwards.
        let found = exprs("0/0 số 1/1/1900 ");
        assert!(found.iter().all(|(y, _)| *y == 1900), "{found:?}");
        // Ours: a decision's number, then its date.
        let found = exprs("Theo Quyết định số 15/QĐ-UBND ngày 3/2/2024, huyện hỗ trợ 40 hộ.");
        assert!(found.iter().all(|(_, r)| *r != Role::Plain), "{found:?}");
    }

    #[test]
    fn a_year_after_a_quoted_name_is_its_edition() {
        // held-out h45: `Trong chương trình "Tết Sum vầy" 2024, CĐCS …`
        assert_eq!(
            exprs("Trong chương trình \"Tết Sum vầy\" 2024, Công đoàn tặng 350 suất quà"),
            [(2024, Role::Plain)]
        );
        // Ours: curly quotes; a number that counts the word after it.
        assert_eq!(
            exprs("Giải chạy “Vì người lao động” 2023, thu hút 800 người"),
            [(2023, Role::Plain)]
        );
        assert_eq!(exprs("Trao \"Mái ấm\" 2024 hộ nghèo"), []);
    }

    #[test]
    fn a_year_after_nam_is_plain() {
        assert_eq!(
            exprs("Trong năm 2021, đã tổ chức 195 đợt"),
            [(2021, Role::Plain)]
        );
        assert_eq!(
            exprs("Năm 2016, quận quản lý 198 CĐCS"),
            [(2016, Role::Plain)]
        );
    }

    #[test]
    fn starting_compared_and_founding_years_are_not_the_figures() {
        assert_eq!(
            exprs("So với năm 2022, số đoàn viên tăng 1.200 người"),
            [(2022, Role::Compare)]
        );
        assert!(exprs("Từ năm 2018 đến nay, đã kết nạp 5.000 đoàn viên").is_empty());
        // d12
        assert!(exprs("Công ty được thành lập vào tháng 3.2020, có 30 công nhân").is_empty());
        assert!(exprs("Hội thành lập năm 1995 có 400 hội viên").is_empty());
    }

    #[test]
    fn a_past_start_or_a_balance_carried_over_is_its_own_year() {
        let own = |t: &str| {
            let e = exprs(t);
            e.len() == 1 && matches!(e[0].1, Role::Own { .. })
        };
        // held-out h69, h67 and our own.
        assert!(own("- Số dư quỹ năm 2015 chuyển sang: 326.450.000 đồng."));
        assert!(own("Số dư năm 2022 chuyển sang là 45 triệu đồng"));
        assert!(own("Số dư quỹ năm 2022 mang sang: 120 triệu đồng"));
        assert_eq!(exprs("Số dư mang sang năm 2024 là 120 triệu đồng"), []);
        assert!(own(
            "Từ 5 con bò giống được hỗ trợ năm 2009, đến nay gia đình anh đã có đàn bò sữa 86 con"
        ));
        assert!(own(
            "Từ 10 con gà năm 2016, tới nay trang trại có 3.000 con"
        ));
        assert!(own("Năm 2015, chị Lan bắt đầu nuôi 20 con dê"));
        assert!(own("Năm 2018, anh Hùng khởi nghiệp với 3 ha cam"));
        // The current period brought up to now is the year reported.
        assert_eq!(
            exprs("Từ tháng 3 năm 2023 đến nay, Hội đã kết nạp 200 hội viên"),
            [(2023, Role::Plain)]
        );
        assert_eq!(
            exprs("Năm 2023, Hội kết nạp 500 hội viên, đến nay có 9.000 hội viên"),
            [(2023, Role::Plain)]
        );
    }

    #[test]
    fn a_starting_levels_year_is_that_levels() {
        // held-out h69 and our own.
        assert_eq!(
            exprs("tỷ lệ hộ nghèo giảm từ 9,84% năm 2015 xuống còn 7,12%"),
            [(2015, Role::Of)]
        );
        assert_eq!(
            exprs("số hộ nghèo giảm từ 850 hộ năm 2020 xuống còn 420 hộ"),
            [(2020, Role::Of)]
        );
        // Held-out h264 with its thousands grouped by a space
        // (tests/number_formats.rs): `từ 1 124 hộ năm 2010`; ours too.
        assert_eq!(
            exprs("số hộ CCB nghèo giảm từ 1 124 hộ năm 2010 xuống còn 218 hộ"),
            [(2010, Role::Of)]
        );
        assert_eq!(
            exprs("số hội viên tăng từ 12 450 người năm 2018 lên 13 020 người"),
            [(2018, Role::Of)]
        );
        // A noun of two words, and a year in its own parentheses, before
        // the change's end (held-out h355 `tăng từ 3 tổ (năm 2016) lên 14
        // tổ`; ours).
        assert_eq!(
            exprs("số hội viên tăng từ 120 hội viên năm 2020 lên 180 hội viên"),
            [(2020, Role::Of)]
        );
        assert_eq!(
            exprs("số tổ hợp tác tăng từ 3 tổ (năm 2016) lên 14 tổ"),
            [(2016, Role::Of)]
        );
        assert_eq!(
            exprs("số chi hội giảm từ 15 chi hội (năm 2019) xuống còn 9"),
            [(2019, Role::Of)]
        );
        // A past start of several words stays the sentence's own
        // (`Từ 10 con gà năm 2016, tới nay …`: no `lên` after it).
        assert_ne!(
            exprs("Từ 10 con gà giống năm 2016, tới nay trang trại có 3.000 con")[0].1,
            Role::Of
        );
        // A year after a level reached is the sentence's.
        assert_eq!(
            exprs("tỷ lệ hộ nghèo còn 7,12% năm 2016"),
            [(2016, Role::Plain)]
        );
    }

    #[test]
    fn a_plan_word_makes_a_plan_year() {
        // d07, d19
        assert_eq!(
            exprs("tổng kết hoạt động Công đoàn năm 2022, triển khai nhiệm vụ năm 2023 với 5 nhóm"),
            [(2022, Role::Plain), (2023, Role::Plan)]
        );
        assert_eq!(
            exprs("đề ra phương hướng nhiệm vụ năm 2018 là 7%")[0].1,
            Role::Plan
        );
        // A plan reached is the reporting year's.
        assert_eq!(exprs("đạt 100% kế hoạch năm 2019")[0].1, Role::Plain);
        // phu-xuyen-plan, d20
        assert_eq!(
            exprs("đặt chỉ tiêu đến năm 2023: Phấn đấu có 6.800 đoàn viên")[0].1,
            Role::Deadline { end: false }
        );
        assert_eq!(
            exprs("phấn đấu đến cuối năm 2020 có 90%")[0].1,
            Role::Deadline { end: true }
        );
        assert_eq!(
            exprs("Tính đến hết năm 2022, có 500 CĐCS")[0].1,
            Role::Plain
        );
    }

    #[test]
    fn a_plan_word_paired_by_a_comma_still_governs_the_year() {
        // held-out h126's title: `Tổng kết công tác Đoàn … năm 2021,
        // phương hướng, nhiệm vụ năm 2022`: 2022 is the plan's, and the
        // report's results are of 2021.
        assert_eq!(
            exprs("Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2021, phương hướng, nhiệm vụ năm 2022"),
            [(2021, Role::Plain), (2022, Role::Plan)]
        );
        // Ours: `kế hoạch, nhiệm vụ`.
        assert_eq!(
            exprs("Kết quả công tác Hội năm 2019 và kế hoạch, nhiệm vụ năm 2020")[1],
            (2020, Role::Plan)
        );
        // A comma after other words still ends the search.
        assert_eq!(
            exprs("kế hoạch đã xong, công tác năm 2020")[0].1,
            Role::Plain
        );
    }

    #[test]
    fn the_results_of_a_plan_a_few_words_on_are_reported() {
        // held-out h126: `Kết quả thực hiện một số chỉ tiêu năm 2021:`
        assert_eq!(
            exprs("Kết quả thực hiện một số chỉ tiêu năm 2021:")[0].1,
            Role::Plain
        );
        // Ours: `đạt các chỉ tiêu`.
        assert_eq!(exprs("Hội đã đạt các chỉ tiêu năm 2022")[0].1, Role::Plain);
    }

    #[test]
    fn a_part_of_the_year_a_plan_covers_keeps_its_plan_word() {
        // held-out h60: `triển khai nhiệm vụ 6 tháng cuối năm 2026`.
        assert_eq!(
            exprs("sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026"),
            [(2026, Role::Plan)]
        );
        // Ours: the first half; a count before the year is no part of it.
        assert_eq!(
            exprs("đề ra phương hướng 6 tháng đầu năm 2025")[0].1,
            Role::Plan
        );
        assert_eq!(
            exprs("kế hoạch kết nạp 500 đoàn viên năm 2025")[0].1,
            Role::Plain
        );
    }

    #[test]
    fn the_results_of_targets_are_no_plan() {
        // held-out h54's title; ours.
        assert_eq!(
            exprs("Kết quả thực hiện các chỉ tiêu thi đua năm 2016 có 6 chỉ tiêu")[0].1,
            Role::Plain
        );
        assert_eq!(
            exprs("Kết quả thực hiện kế hoạch phát triển đoàn viên năm 2023 là 9 nghìn")[0].1,
            Role::Plain
        );
    }

    #[test]
    fn a_year_opening_a_plan_is_the_plans() {
        // held-out h54
        assert_eq!(
            exprs("Năm 2017, HND huyện Yên Lạc đặt mục tiêu kết nạp 850 hội viên mới"),
            [(2017, Role::PlanLead)]
        );
        // Ours: `sẽ`; a figure first; `triển khai` reports work done.
        assert_eq!(
            exprs("Trong năm 2025, Hội sẽ xây dựng 20 căn nhà"),
            [(2025, Role::PlanLead)]
        );
        assert_eq!(
            exprs("Năm 2023, Hội kết nạp 500 hội viên, phấn đấu vượt 10%"),
            [(2023, Role::Plain)]
        );
        assert_eq!(
            exprs("Năm 2019, chương trình được triển khai trên 63 tỉnh"),
            [(2019, Role::Plain)]
        );
        // Targets named as reached, or assigned: the year's results.
        assert_eq!(
            exprs("Năm 2016, các chỉ tiêu thi đua đều vượt, có 5 chỉ tiêu")[0].1,
            Role::Plain
        );
        assert_eq!(
            exprs("Năm 2025, LĐLĐ huyện được giao chỉ tiêu 1.000 đoàn viên")[0].1,
            Role::Plain
        );
    }

    #[test]
    fn a_period_after_a_figure_and_cua_is_that_figures() {
        // held-out h46; ours.
        assert_eq!(
            exprs("cao hơn mức tăng 7,1% của 9 tháng năm 2023"),
            [(2023, Role::Of)]
        );
        assert_eq!(exprs("con số 120 của quý I/2023"), [(2023, Role::Of)]);
        // `của` after a name, not a figure: the sentence's year.
        assert_eq!(
            exprs("30 hội viên của chi hội năm 2022 chuyển đi")[0].1,
            Role::Plain
        );
    }

    #[test]
    fn a_year_moved_into_names_no_figures_year() {
        // held-out h56; ours.
        assert!(exprs("chi chuyển nguồn sang năm 2022 là 49.411 triệu đồng").is_empty());
        assert!(exprs("vốn kéo dài sang năm 2023 là 5 tỷ đồng").is_empty());
        // Opening a clause, `Sang năm 2024` names the year of what follows.
        assert_eq!(
            exprs("Bước sang năm 2024, Hội kết nạp 300 hội viên"),
            [(2024, Role::Plain)]
        );
    }

    #[test]
    fn seasons_and_school_years_give_their_end_year() {
        // d22, d24
        assert_eq!(
            exprs("cả nước vụ 2022 - 2023 là 141.906 ha"),
            [(2023, Role::Plain)]
        );
        assert_eq!(
            exprs("đã hoàn thành vụ ép mía 2020/21 với 9 nhà máy"),
            [(2021, Role::Plain)]
        );
        assert_eq!(
            exprs("đến cuối năm học 2022 - 2023 đạt 99,76%"),
            [(2023, Role::Plain)]
        );
        assert_eq!(
            exprs("vụ Đông Xuân 2023-2024 gieo 5.000 ha"),
            [(2024, Role::Plain)]
        );
        assert!(exprs("phục vụ 2023 lượt khách").is_empty());
    }

    #[test]
    fn quarters_months_and_dates() {
        // d23
        assert_eq!(
            exprs("Tổng thu của quý 1/2023 là 401.279 triệu đồng"),
            [(2023, Role::Plain)]
        );
        assert_eq!(exprs("trong quý I/2024 có 12 CĐCS"), [(2024, Role::Plain)]);
        assert_eq!(
            exprs("Tính đến hết tháng 6/2019, đạt 6/7 chỉ tiêu"),
            [(2019, Role::Plain)]
        );
        assert_eq!(
            exprs("Tính đến hết ngày 31/12/2022, có 5 CĐCS"),
            [(2022, Role::Plain)]
        );
        assert_eq!(
            exprs("hoàn thành trước 31-5-2023 tại 8 nơi"),
            [(2023, Role::Plain)]
        );
        assert_eq!(
            exprs("tổ chức ngày 17/7/2017 với 80 đại biểu"),
            [(2017, Role::Event)]
        );
        // d21: a document's date.
        assert!(exprs("ban hành Kế hoạch số 3341/KH-UBND ngày 06/10/2022 về 5 việc").is_empty());
        // phu-xuyen-plan
        assert!(exprs("ít nhất 1 lần theo Quyết định số 2200- QĐ-/TU ngày 25/5/2017").is_empty());
        assert!(exprs("Nghị quyết số 15/NQ- LĐLĐ ngày 29/7/2021 về 3 nội dung").is_empty());
    }

    #[test]
    fn feasts_and_lunar_years_name_their_year() {
        // d09, d17
        assert_eq!(
            exprs("Trong dịp Tết Nguyên đán Nhâm Dần 2022, hỗ trợ 75 suất"),
            [(2022, Role::Plain)]
        );
        assert_eq!(
            exprs("Nhân dịp Đinh Dậu 2017, mừng thọ 1.161 NCT"),
            [(2017, Role::Plain)]
        );
        assert_eq!(
            exprs("chiến dịch hè 2022 có 300 đội hình"),
            [(2022, Role::Plain)]
        );
        // A bare number is no year: `Covid-19`, a file name.
        assert!(exprs("vlcsnap-2019-09-04-10h16m38s635").is_empty());
    }

    #[test]
    fn a_yearly_events_edition_names_its_year() {
        // held-out h115's headline, and a name of our own.
        assert_eq!(
            exprs("LÀO CAI PHÁT ĐỘNG THÁNG CÔNG NHÂN 2026: DÀNH HƠN 9 TỶ ĐỒNG"),
            [(2026, Role::Plain)]
        );
        assert_eq!(
            exprs("Qua chương trình Tết Sum vầy 2025, công đoàn trao 500 suất quà"),
            [(2025, Role::Plain)]
        );
        assert_eq!(
            exprs("Trong Xuân yêu thương 2024, công đoàn trao 300 suất quà"),
            [(2024, Role::Plain)]
        );
        // A noun after the number is what it counts; a standard's name
        // with no edition head names no year.
        assert!(exprs("trong tháng này 2024 đoàn viên được thăm hỏi").is_empty());
        assert!(exprs("Chương trình giáo dục phổ thông 2018 có 5 môn").is_empty());
    }

    #[test]
    fn a_lunar_year_name_alone_is_placed_in_its_cycle() {
        // d06
        let y = exprs("tổng kết Kế hoạch chăm lo Tết Kỷ Hợi cho 5 đoàn viên");
        assert_eq!(y, [(0, Role::Cycle(35))]);
        assert_eq!(cycle_year(35, 2019), 2019);
        assert_eq!(cycle_year(35, 2040), 2019);
        // Giáp Thìn, near the end of 2023: the coming Tết, 2024.
        let y = exprs("chăm lo Tết Giáp Thìn cho 1.200 đoàn viên");
        let Role::Cycle(n) = y[0].1 else {
            panic!("{y:?}")
        };
        assert_eq!(cycle_year(n, 2023), 2024);
        // A stem and branch that share no year, or no feast before them.
        assert!(exprs("Tết Giáp Sửu cho 5 người").is_empty());
        assert!(exprs("ông Đinh Dậu tặng 5 suất quà").is_empty());
    }

    #[test]
    fn terms_know_their_first_year_and_use() {
        // d15
        let congress = exprs("tổ chức Đại hội lần thứ XII, nhiệm kỳ 2023-2028 với 150 đại biểu");
        assert!(matches!(
            congress[0],
            (
                2028,
                Role::Period {
                    first: 2023,
                    congress: true,
                    adverbial: false,
                    ..
                }
            )
        ));
        let results = exprs("Nhiệm kỳ 2018-2023, Hội đã kết nạp mới trên 2.800 hội viên");
        assert!(matches!(
            results[0],
            (
                2023,
                Role::Period {
                    adverbial: true,
                    congress: false,
                    ..
                }
            )
        ));
        // A span in parentheses after its period (own phrases).
        let five = exprs("Trong 5 năm (2019 - 2023), đã giảm 3.000 hộ nghèo");
        assert!(matches!(
            five[0],
            (
                2023,
                Role::Period {
                    first: 2019,
                    adverbial: true,
                    ..
                }
            )
        ));
        let past = exprs("Nhiệm kỳ qua (2018-2023), Hội kết nạp 2.800 hội viên");
        assert!(matches!(
            past[0],
            (
                2023,
                Role::Period {
                    adverbial: true,
                    ..
                }
            )
        ));
        assert!(exprs("kỷ niệm 20 năm thành lập (2003 - 2023) với 500 đại biểu").is_empty());
        // A congress cited by its resolution is not the article's event.
        let cited = exprs("Thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028, kết nạp 5 CĐCS");
        assert!(matches!(
            cited[0].1,
            Role::Period {
                congress: false,
                ..
            }
        ));
        // d21: a standard's stage qualifies a noun.
        let stage = exprs("theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025: có 10.689 hộ");
        assert!(matches!(
            stage[0],
            (
                2025,
                Role::Period {
                    adverbial: false,
                    congress: false,
                    ..
                }
            )
        ));
    }

    #[test]
    fn comparisons_end_at_the_change() {
        // d22, d20
        assert_eq!(
            exprs("tăng 17.151 ha so với vụ 2021 - 2022 là 124.753 ha"),
            [(2022, Role::Compare)]
        );
        let t = "Năng suất vụ 2022 - 2023 đạt 69,3 tấn/ha, so với năm 2018 tăng 3,6%";
        let s = sentences(t, &cut(t, true)).remove(0);
        let (mut out, mut cmp) = (Vec::new(), Vec::new());
        scan(&s, &mut out, &mut cmp);
        assert_eq!(cmp.len(), 1);
        assert_eq!(&t[cmp[0].clone()].trim(), &"năm 2018");
        // d22: `đạt` ends the comparison; the year after it is not compared.
        assert_eq!(
            exprs("So sánh với vụ ép mía 2021 - 2022 sản lượng đạt 128% như vụ 2022 - 2023"),
            [(2022, Role::Compare), (2023, Role::Plain)]
        );
        // Own: `cùng kỳ` alone opens a comparison.
        assert_eq!(exprs("tăng 12% cùng kỳ năm 2022"), [(2022, Role::Compare)]);
        // held-out h55: opening a parenthesis, the base's own figure is
        // inside the comparison.
        let t = "ước tăng 8,46% so với cùng kỳ năm trước (cùng kỳ năm 2024 tăng 6,75%), trong đó";
        let s = sentences(t, &cut(t, true)).remove(0);
        let (mut out, mut cmp) = (Vec::new(), Vec::new());
        scan(&s, &mut out, &mut cmp);
        assert_eq!(out[0].role, Role::Compare);
        assert_eq!(&t[cmp[0].clone()].trim(), &"năm 2024 tăng 6,75%");
    }
}
