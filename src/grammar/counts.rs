//! Counts: a number and the noun it counts (`10.493 đoàn viên`,
//! `58 bản TƯLĐTT`, `12 tổ chức công đoàn cơ sở`), a count whose whole
//! comes before its noun (`3 trong số 10 doanh nghiệp`), and the noun a
//! count of `người` stands for (`tổng số hội viên lên 412.345 người`), a
//! noun after a parenthesis (`hơn 3.100 (tăng 12,5% so với năm trước) công
//! trình`).

use std::ops::{Not, Range};

use crate::lexicon::SCORE_SCALES;
use crate::segment::{TokKind, Token};

use super::ages::is_duration_or_age;
use super::fractions::{noun_fraction, out_of_after};
use super::labels::{label_before, people_counted, respective_label};
use super::qualifiers::{qualifier_after, qualifier_before, ranks_a_grade};
use super::words::{ends_with, noun_starts, phrase_after, starts_with, subject_at, WHOLE_LINK_SET};
use super::{finish, Item, Outcome};

/// Reads the noun of a count whose figure ends before token `k`; `exp`
/// is its scale (a scaled figure needs no noun: `18 nghìn`).
pub(super) fn read_count(
    toks: &[Token],
    mut item: Item,
    k: usize,
    exp: u32,
    clause_start: usize,
) -> Outcome {
    let i = item.first;
    // `3 trong số 10 doanh nghiệp`: the noun comes after the whole.
    let whole_after = phrase_after(toks, k, &WHOLE_LINK_SET)
        .filter(|(_, len)| toks.get(k + len).is_some_and(|t| t.kind() == TokKind::Num))
        .map(|(_, len)| k + len)
        .or_else(|| out_of_after(toks, k));
    let noun_at = if noun_starts(toks, k) {
        Some(k)
    } else {
        noun_after_parenthesis(toks, k)
            .or_else(|| noun_after_share(toks, i, k))
            .or_else(|| noun_after_conjoined_counts(toks, i, k))
    };
    let label = if noun_at.is_none() {
        label_before(toks, i)
            .or_else(|| respective_label(toks, i))
            .or_else(|| part_label_before(toks, i, k))
    } else {
        None
    };
    // A count needs a counted noun: `20 năm thành lập` has none. A
    // fraction states its own whole and needs no noun
    // (`Số CĐCS vững mạnh: 789/1.234 (63,9%)`), nor does a figure after a
    // label (`Số đoàn viên kết nạp mới: 1.234`).
    if noun_at.is_none()
        && label.is_none()
        && exp == 0
        && item.target.is_none()
        && whole_after.is_none()
    {
        return Outcome::Skip(k.max(i + 1));
    }
    if let Some(w) = whole_after.filter(|_| !noun_starts(toks, k)) {
        item.subject = subject_at(toks, w + 1, 8);
        return Outcome::Item(item, k);
    }
    let noun = noun_at.unwrap_or(k);
    if is_duration_or_age(toks, noun)
        || points_of_a_scale(toks, noun, clause_start, i)
        || is_grade(toks, noun)
    {
        return Outcome::Skip(k + 1);
    }
    item.subject = match (&label, noun_at) {
        (Some(l), None) => Some(l.clone()),
        _ => subject_at(toks, noun, 8),
    };
    if let Some(after) = item
        .subject
        .as_ref()
        .filter(|r| r.len() == 1 && toks[r.start].norm == "người")
        .map(|r| r.end)
    {
        item.counted = people_counted(toks, clause_start, i, after)
            .or_else(|| counted_before(toks, clause_start, i))
            .or_else(|| label_before(toks, i));
    }
    if item.counted.is_none() && item.target.is_some() && raised_to(toks, clause_start, i) {
        item.counted = counted_before(toks, clause_start, i);
    }
    // The parenthesis between a figure and its noun holds figures of its
    // own: read on from it.
    let mut next = k;
    if let Some(sub) = item.subject.clone().filter(|_| noun_at == Some(k)) {
        next = after_noun(toks, &mut item, &sub);
        if let Some((whole, last, after)) = noun_fraction(toks, &sub) {
            item.target = Some(whole);
            item.whole_tok = Some((last, last, Some(0)));
            item.last = last;
            next = after;
        }
    }
    finish(item, next)
}

/// `Thành lập mới 6 CĐCS với 238 đoàn viên, đạt 150% chỉ tiêu`: a count
/// opened by `với` right after the noun of the count before it (whose
/// noun ends before token `head_noun_end`) says what that count holds (the
/// members of the new unions); the clause's verb, and a share of target
/// after a comma, are the head count's (a share of a whole, `372 chi hội
/// với 29.416 hội viên, chiếm 78,6% tổng số hộ`, stays the members'). Money after `với` (`500 suất quà
/// với tổng trị giá 250 triệu đồng`) is the head's value, a claim of its
/// own, and is not read here.
pub(super) fn accompanies_head(toks: &[Token], item: &Item, head_noun_end: Option<usize>) -> bool {
    let start = match &item.hedge {
        Some((r, false)) => r.start,
        _ => item.first,
    };
    matches!(item.kind, super::ItemKind::Count)
        && item.subject.is_some()
        && item.target.is_none()
        && !item.criterion
        && start > 0
        && toks[start - 1].norm == "với"
        && head_noun_end == Some(start - 1)
}

/// The token after the noun of count `item`, when it has one: a count
/// after `với` there may belong to it ([`accompanies_head`]).
pub(super) fn noun_end(item: &Item) -> Option<usize> {
    item.subject
        .as_ref()
        .filter(|_| matches!(item.kind, super::ItemKind::Count))
        .map(|r| r.end)
}

/// `nâng tổng số đoàn viên lên 2.846/2.910 lao động`: a fraction a
/// number (`tổng số X`) is raised to (`lên`, right before its numeral at
/// `i`) counts X; the noun after the fraction names its whole (the
/// workers of whom 2.846 are members).
fn raised_to(toks: &[Token], clause_start: usize, i: usize) -> bool {
    let end = i - qualifier_before(toks, i).map_or(0, |(_, len)| len);
    end > clause_start + 2
        && toks[end - 1].norm == "lên"
        && (clause_start..end - 1)
            .rev()
            .take(10)
            .take_while(|&p| toks[p].is_word())
            // `nâng tổng số lên 38/61 trường` names no X.
            .any(|p| toks[p].norm == "số" && p + 1 < end - 1)
}

/// Words naming a part of the members just counted (`nữ`).
static PART_LABELS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../lexicon/part_labels.tsv"))
        .filter_map(|r| r.first().copied())
        .collect()
});

/// Whether a word naming a part of the members ([`PART_LABELS`]) is at
/// `at`.
pub(super) fn is_part_label(toks: &[Token], at: usize) -> bool {
    toks.get(at)
        .is_some_and(|t| t.is_word() && PART_LABELS.contains(&t.norm))
}

/// `7 856 đoàn viên (nữ 5 412)`, `3.120 hội viên, trong đó nam 1.045`:
/// a word naming a part of the members counted before ([`PART_LABELS`]),
/// opening a parenthesis or a `trong đó` part, then a bare figure that
/// ends it. The figure counts that part; the word is its noun. `i` is the
/// figure's numeral, `k` the token after it (`None` for `k` to skip that
/// test).
pub(super) fn part_label_before(toks: &[Token], i: usize, k: usize) -> Option<Range<usize>> {
    let w = i.checked_sub(1)?;
    if !toks[w].is_word() || !PART_LABELS.contains(&toks[w].norm) {
        return None;
    }
    let opens = w
        .checked_sub(1)
        .is_some_and(|p| toks[p].is('(') || ends_with(toks, w, "trong đó"));
    let ends = toks
        .get(k)
        .is_none_or(|t| matches!(t.punct(), Some(')' | ',' | ';' | '.')));
    (opens && ends).then_some(w..i)
}

/// `đánh giá qua bảng điểm 100 điểm, trong đó tiêu chí công trình thanh
/// niên chiếm 30 điểm`: points (`điểm`) counted after a scale of points
/// ([`SCORE_SCALES`]) in the same clause are the scale's maximum or a
/// criterion's weight on it, no result reached. `i` is the count's first
/// token, `noun` its noun's.
fn points_of_a_scale(toks: &[Token], noun: usize, clause_start: usize, i: usize) -> bool {
    toks.get(noun).is_some_and(|t| t.norm == "điểm")
        && (clause_start..i).any(|p| SCORE_SCALES.iter().any(|s| starts_with(toks, p, s)))
}

/// Nouns that make the numeral before them a grade ([`is_grade`]).
static GRADE_UNITS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../lexicon/grade_units.tsv"))
        .filter_map(|r| r.first().copied())
        .collect()
});

/// `trong đó 5 sản phẩm 4 sao`: a numeral before a grade's noun
/// ([`GRADE_UNITS`]) rates what was counted before it; it counts nothing.
fn is_grade(toks: &[Token], noun: usize) -> bool {
    toks.get(noun)
        .is_some_and(|t| t.is_word() && GRADE_UNITS.contains(&t.norm))
}

/// Where reading resumes after a count's noun ending before `end`: past a
/// closing quote and a qualifier after the noun (`doanh nghiệp có từ 25
/// lao động trở lên`), which it applies; not one that ranks a grade named
/// in the noun (`đoàn viên xếp loại khá trở lên`, [`ranks_a_grade`]).
fn after_noun(toks: &[Token], item: &mut Item, sub: &std::ops::Range<usize>) -> usize {
    let end = sub.end;
    if ranks_a_grade(toks, sub.start, end) {
        return end;
    }
    let close = usize::from(
        toks.get(end)
            .is_some_and(|t| matches!(t.punct(), Some('”' | '"' | '’'))),
    );
    match qualifier_after(toks, end + close) {
        Some((q, len)) => {
            let at = end + close;
            item.after_qual = Some((q, at..at + len));
            at + len
        }
        None => end,
    }
}

/// `hơn 3.100 (tăng 12,5% so với năm trước) công trình`: a figure, a
/// parenthesis that comments on it with figures of its own, then its noun.
/// The token where the noun starts.
fn noun_after_parenthesis(toks: &[Token], k: usize) -> Option<usize> {
    if !toks.get(k)?.is('(') {
        return None;
    }
    let close =
        (k + 1..toks.len().min(k + 20)).find(|&c| matches!(toks[c].punct(), Some(')' | '(')))?;
    let comments =
        toks[close].is(')') && toks[k + 1..close].iter().any(|t| t.kind() == TokKind::Num);
    (comments && noun_starts(toks, close + 1)).then_some(close + 1)
}

/// `có 143 và 55 CĐCS`, `lần lượt là 712, 475 và 86 đơn vị`: counts
/// joined by `và` (commas before it) share the noun after the last of
/// them; a comma alone (`45, 6 tấn`) may be a decimal's. The token where
/// the noun starts. An age or a time written after its noun
/// (`62 cụ tuổi 90, 14 cụ tuổi 100`) is no count of the next noun.
fn noun_after_conjoined_counts(toks: &[Token], i: usize, k: usize) -> Option<usize> {
    if i > 0 && is_duration_or_age(toks, i - 1) {
        return None;
    }
    let mut at = k;
    for _ in 0..CONJOINED {
        let link = toks.get(at)?;
        if !(link.is(',') || link.norm == "và") {
            return None;
        }
        let next = toks.get(at + 1)?;
        if next.kind() != TokKind::Num || crate::number::parse(next.norm).is_none() {
            return None;
        }
        // Past the count's thousands grouped by spaces (`11 340 và 2 670
        // hộ vay`).
        let end = super::decimals::space_groups(toks, at + 1).map_or(at + 2, |(_, last)| last + 1);
        if noun_starts(toks, end) {
            return link.is(',').not().then_some(end);
        }
        at = end;
    }
    None
}

/// The most counts read on for the noun they share.
const CONJOINED: usize = 4;

/// `100% (12/12) CĐCS khối doanh nghiệp`: a fraction in parentheses right
/// after the share it gives (`i` its first token, `k` the token after it)
/// counts the noun after the closing parenthesis, as the share does.
fn noun_after_share(toks: &[Token], i: usize, k: usize) -> Option<usize> {
    let in_parentheses = i >= 2
        && toks[i - 1].is('(')
        && toks[i - 2].is('%')
        && toks.get(k).is_some_and(|t| t.is(')'));
    (in_parentheses && noun_starts(toks, k + 1)).then_some(k + 1)
}

/// A leading-zero numeral (`01 tủ báo`) is a count only standing alone:
/// in a slash chain it is part of a date (`06/10/2022`, `Sáng 11/01`),
/// before a dash part of a date or code (`02-06`).
pub(super) fn padded_in_chain(padded: bool, links: usize, toks: &[Token], j: usize) -> bool {
    padded
        && (links > 1
            || toks
                .get(j)
                .is_some_and(|t| matches!(t.punct(), Some('-' | '–' | '.' | ',' | ':'))))
}

/// How far before `là` a total (`Tổng số …`) is looked for, in tokens.
const COPULA_REACH: usize = 24;

/// `tổng số hội viên lên 412.345 người`: the noun after the nearest `số`
/// before the figure names what the people are; a qualifier of the
/// figure (`dân số trên 182.000 người`) is no part of it. Through a
/// copula the total may be far (`tổng số thanh niên trong độ tuổi từ 16
/// đến 30 trên địa bàn xã là 1.236 người`): the words between qualify it.
fn counted_before(toks: &[Token], clause_start: usize, i: usize) -> Option<std::ops::Range<usize>> {
    let end = i - qualifier_before(toks, i).map_or(0, |(_, len)| len);
    let copula = end > 0 && toks[end - 1].norm == "là";
    (clause_start..end)
        .rev()
        .take(if copula { COPULA_REACH } else { 10 })
        .find(|&p| toks[p].norm == "số")
        .filter(|&p| p + 1 < end)
        .and_then(|p| subject_at(toks, p + 1, (end - p - 1).min(5)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, one, recognised};

    #[test]
    fn counts_joined_by_va_share_the_noun_after_the_last() {
        // held-out h331: `số CĐCS … lần lượt là 712 và 475 đơn vị` lost
        // the 712, which had no noun of its own.
        assert_eq!(
            claims("Số CĐCS hai khu vực lần lượt là 712 và 475 đơn vị."),
            vec![(Some(712.0), None, None), (Some(475.0), None, None)]
        );
        // Ours: three counts, commas before `và`.
        assert_eq!(
            claims("Ba xã có 120, 80 và 50 hộ nghèo."),
            vec![
                (Some(120.0), None, None),
                (Some(80.0), None, None),
                (Some(50.0), None, None)
            ]
        );
        // An age written after its noun counts nothing (dev d17).
        assert_eq!(
            claims("có 62 cụ tuổi 90, 14 cụ tuổi 100."),
            vec![(Some(62.0), None, None), (Some(14.0), None, None)]
        );
    }

    #[test]
    fn a_number_of_stars_is_a_grade_not_a_count() {
        // held-out h118: `có 15 sản phẩm OCOP, trong đó 5 sản phẩm 4 sao`
        // gave a record of 4.
        assert_eq!(
            claims("Toàn tỉnh có 15 sản phẩm OCOP, trong đó 5 sản phẩm 4 sao."),
            vec![(Some(15.0), None, None), (Some(5.0), None, None)]
        );
        // Ours: hotels rated by stars.
        assert_eq!(
            claims("Thành phố có 12 khách sạn đạt chuẩn 3 sao."),
            vec![(Some(12.0), None, None)]
        );
    }

    #[test]
    fn points_on_a_scale_of_points_are_no_result() {
        // held-out h28: `đánh giá qua bảng điểm 100 điểm, trong đó tiêu chí
        // công trình thanh niên chiếm 30 điểm`
        assert!(claims("Kết quả chiến dịch được đánh giá qua bảng điểm 100 điểm, trong đó tiêu chí công trình thanh niên chiếm 30 điểm.").is_empty());
        assert!(claims(
            "Các đơn vị được chấm theo thang điểm 100, trong đó tiêu chí tổ chức chiếm 40 điểm."
        )
        .is_empty());
        // Points scored without a scale are a result.
        assert_eq!(
            claims("có 312 bài thi đạt 9 điểm trở lên"),
            vec![(Some(312.0), None, None), (Some(9.0), None, None)]
        );
    }

    #[test]
    fn a_power_glued_to_a_unit_belongs_to_it() {
        // held-out h39: `vận động hội viên hiến 3.600 m2 đất`
        let c = one("Hội Nông dân xã vận động hội viên hiến 3.600 m2 đất làm đường");
        assert_eq!(
            (c.achieved, c.subject.as_deref()),
            (Some(3600.0), Some("m2 đất làm đường"))
        );
        let c = one("xây dựng 1.200 m3 bê tông");
        assert_eq!(c.subject.as_deref(), Some("m3 bê tông"));
        // A spaced number after a unit is a number again.
        assert_eq!(
            claims("làm 5 m đường, 2 cầu"),
            vec![(Some(5.0), None, None), (Some(2.0), None, None)]
        );
    }

    #[test]
    fn a_compound_noun_holding_a_stop_word_is_one_noun() {
        // dev d14: `02 nhà để xe trường học`
        let c = one("xây dựng 02 nhà để xe trường học");
        assert_eq!(c.subject.as_deref(), Some("nhà để xe trường học"));
        let c = one("bố trí 120 chỗ để xe cho công nhân");
        assert_eq!(c.subject.as_deref(), Some("chỗ để xe"));
        // `để` of purpose still ends the noun.
        let c = one("tổ chức 2.361 hội nghị để điều chỉnh");
        assert_eq!(c.subject.as_deref(), Some("hội nghị"));
    }

    #[test]
    fn people_counted_after_a_total_count_what_the_total_names() {
        let c = one("nâng tổng số hội viên lên 412.345 người.");
        assert_eq!(
            (c.achieved, c.counted.as_deref()),
            (Some(412345.0), Some("hội viên"))
        );
    }

    #[test]
    fn people_counted_after_a_copula_count_what_the_far_total_names() {
        // held-out h299: an age range between the total and its `là`.
        let c =
            one("tổng số thanh niên trong độ tuổi từ 16 đến 30 trên địa bàn xã là 1.236 người.");
        assert_eq!(
            (c.achieved, c.counted.as_deref()),
            (Some(1236.0), Some("thanh niên"))
        );
        // The author's own: a long place phrase in between.
        let c = one("Tổng số lao động trong độ tuổi lao động trên địa bàn toàn huyện hiện nay là 52.310 người.");
        assert_eq!(c.counted.as_deref(), Some("lao động"));
    }

    #[test]
    fn leading_zero_counts_are_counts() {
        // d14: `01 tủ báo điện tử, 07 cầu dân sinh`
        assert_eq!(
            claims("xây dựng 01 tủ báo điện tử, 07 cầu dân sinh"),
            vec![(Some(1.0), None, None), (Some(7.0), None, None)]
        );
        assert_eq!(
            one("hỗ trợ gia đình của 02 đoàn viên tử vong").achieved,
            Some(2.0)
        );
        // Dates, durations and codes with a leading zero stay out.
        assert!(claims("Sáng 11/01, tại hội trường; ngày 06/10/2022 họp").is_empty());
        assert!(claims("trong 02 ngày (23 và 24/3)").is_empty());
        assert!(claims("Số máy 0912.345.678 hoặc 05 - 06 giờ").is_empty());
    }

    #[test]
    fn a_figure_before_its_noun_with_a_parenthesis_between() {
        // issue 14: `hơn 3.100 (tăng 12,5% so với năm trước) công trình`
        let c = recognised(
            "Đã xây dựng hơn 3.100 (tăng 12,5% so với năm trước) công trình thanh niên.",
        );
        let v: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.percent, c.subject.as_deref()))
            .collect();
        assert_eq!(
            v,
            vec![
                (Some(3100.0), None, Some("công trình thanh niên")),
                (None, Some(12.5), None)
            ]
        );
        // The parenthesis's own count stays its own.
        let c = recognised("trao 250 (trong đó 40 suất cho công nhân nữ) suất quà Tết.");
        let v: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.subject.as_deref()))
            .collect();
        assert_eq!(
            v,
            vec![
                (Some(250.0), Some("suất quà Tết")),
                (Some(40.0), Some("suất"))
            ]
        );
        // A parenthesis without figures is no comment on a count.
        assert!(claims("Ngày 15 (thứ Hai) Hội nghị khai mạc").is_empty());
    }

    #[test]
    fn an_organisation_counted_is_a_count() {
        let c = one("thành lập mới 12 tổ chức công đoàn cơ sở.");
        assert_eq!(c.achieved, Some(12.0));
    }

    #[test]
    fn a_count_of_a_whole_named_after_it() {
        assert_eq!(
            claims("Có 3 trong số 10 doanh nghiệp chưa ký thỏa ước."),
            vec![(Some(3.0), Some(10.0), None)]
        );
    }

    #[test]
    fn quoted_subjects() {
        let c = one("tuyên dương 100 “Công nhân giỏi Thủ đô” năm 2023.");
        assert_eq!(c.subject.as_deref(), Some("Công nhân giỏi Thủ đô"));
    }

    #[test]
    fn counts_joined_by_va_with_spaced_thousands_share_the_noun() {
        // Held-out h399 with its thousands grouped by spaces
        // (tests/number_formats.rs): `tương ứng với 11 340 và 2 670 hộ vay`.
        let c = recognised("Hội có 11 340 và 2 670 hộ vay.");
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.subject.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some(11340.0), Some("hộ vay")),
                (Some(2670.0), Some("hộ vay"))
            ]
        );
        // Ours: three counts, the middle one grouped.
        let c = recognised("Huyện có 12, 1 250 và 36 chi hội.");
        assert_eq!(c.len(), 3, "{c:?}");
    }

    #[test]
    fn a_year_after_the_counted_noun_dates_it() {
        // Held-out h264 `giảm từ 1.124 hộ năm 2010 xuống còn 218 hộ`
        // (subject was `hộ năm`), h388 `gấp 2,4 lần năm 2019`; ours.
        let c = one("số hộ nghèo giảm từ 1.124 hộ năm 2010 xuống còn nhiều.");
        assert_eq!(c.subject.as_deref(), Some("hộ"));
        let c = one("Có 30 hội viên năm 2021 được vay vốn.");
        assert_eq!(c.subject.as_deref(), Some("hội viên"));
        // `năm` not before a year stays in the noun (`5 năm học`).
        let c = one("Hội có 12 chi hội năm nào cũng đạt vững mạnh.");
        assert_eq!(c.subject.as_deref(), Some("chi hội năm nào"));
    }

    #[test]
    fn words_joined_by_a_slash_are_one_subject() {
        let c = recognised(
            "Chọn cử 17 công nhân tham gia Hội thi thợ giỏi Thành phố ở 7 lĩnh vực/ngành nghề.",
        );
        assert_eq!(c[1].subject.as_deref(), Some("lĩnh vực/ngành nghề"));
    }

    #[test]
    fn short_nouns_listed_with_a_comma_share_their_count() {
        // held-out h43: `Bệnh viện Đa khoa tỉnh có 12 y, bác sĩ được Bộ Y tế tặng`
        let c = one("Bệnh viện Đa khoa tỉnh có 12 y, bác sĩ được Bộ Y tế tặng Kỷ niệm chương.");
        assert_eq!(c.subject.as_deref(), Some("y, bác sĩ"));
        // held-out h50: `với 612 nhóm, lớp và 18.734 học sinh`
        let c = recognised("Toàn thành phố có 28 trường, với 612 nhóm, lớp và 18.734 học sinh.");
        assert_eq!(c[1].subject.as_deref(), Some("nhóm, lớp"));
        // Ours: a list ending at a mark.
        let c = one("Công đoàn thăm hỏi 45 công nhân, viên chức; tặng quà.");
        assert_eq!(c.subject.as_deref(), Some("công nhân, viên chức"));
        // A new clause after the comma keeps the count's own noun: a
        // figure of its own, a copula, a verb, or a longer phrase.
        let c = recognised("Tặng 300 suất quà, mỗi suất 500.000 đồng.");
        assert_eq!(c[0].subject.as_deref(), Some("suất quà"));
        let c = recognised("nâng tổng số hội viên lên 21.684 người, sinh hoạt tại 111 cơ sở hội.");
        assert_eq!(c[0].subject.as_deref(), Some("người"));
        let c = one("với hơn 18 nghìn đoàn viên, đa số đều là các đoàn viên trẻ.");
        assert_eq!(c.subject.as_deref(), Some("đoàn viên"));
        let c = one("Thăm 50 hộ, tặng quà.");
        assert_eq!(c.subject.as_deref(), Some("hộ"));
        let c = one("Tổ chức 15 cuộc, thu hút đông đảo đoàn viên tham gia.");
        assert_eq!(c.subject.as_deref(), Some("cuộc"));
    }

    #[test]
    fn a_bare_figure_after_a_word_naming_a_part_counts_that_part() {
        // held-out h94: `7 856 đoàn viên (nữ 5 412)`
        let c = recognised("Năm 2021, ngành có 7 856 đoàn viên (nữ 5 412).");
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].achieved, Some(5412.0));
        assert_eq!(c[1].subject.as_deref(), Some("nữ"));
        // Ours: a `trong đó` part with dotted thousands.
        let c = recognised("Hội có 3.120 hội viên, trong đó nam 1.045.");
        assert_eq!(c.last().and_then(|c| c.achieved), Some(1045.0));
        // Without a parenthesis or `trong đó` the word is no label.
        assert_eq!(recognised("Đội tuyển nữ 11 người.").len(), 1);
    }

    #[test]
    fn a_share_of_target_after_a_held_count_is_the_head_counts() {
        // held-out h200: `Thành lập mới 6 CĐCS với 238 đoàn viên, đạt 150%
        // chỉ tiêu` joined the percent to the 238 members.
        assert_eq!(
            claims("Năm 2014 thành lập mới 6 CĐCS với 238 đoàn viên, đạt 150% chỉ tiêu."),
            vec![(Some(6.0), None, Some(150.0)), (Some(238.0), None, None)]
        );
        // Ours: new branches of an association and their members.
        assert_eq!(
            claims("Kết nạp mới 12 chi hội với 340 hội viên, đạt 120% kế hoạch."),
            vec![(Some(12.0), None, Some(120.0)), (Some(340.0), None, None)]
        );
    }

    #[test]
    fn a_share_of_a_whole_after_a_held_count_stays_the_members() {
        // held-out h105: `372 chi hội với 29.416 hội viên, chiếm 78,6% tổng
        // số hộ nông nghiệp`: the members are the share of the households.
        assert_eq!(
            claims("Toàn huyện có 372 chi hội với 29.416 hội viên, chiếm 78,6% tổng số hộ."),
            vec![(Some(372.0), None, None), (Some(29416.0), None, Some(78.6))]
        );
        // Ours: a percent in parentheses right after the members is theirs.
        assert_eq!(
            claims("Hội có 15 chi hội với 820 hội viên (đạt 95%)."),
            vec![(Some(15.0), None, None), (Some(820.0), None, Some(95.0))]
        );
    }

    #[test]
    fn a_share_after_the_held_counts_own_whole_is_the_members() {
        // held-out h334: `quản lý 198 CĐCS với 91.356 đoàn viên trên tổng
        // số 96.480 lao động, đạt 94,7%`: the members out of the workers.
        assert_eq!(
            claims("Công đoàn quản lý 198 CĐCS với 91.356 đoàn viên trên tổng số 96.480 lao động, đạt 94,7%."),
            vec![(Some(198.0), None, None), (Some(91356.0), Some(96480.0), Some(94.7))]
        );
        // Ours: branches and their members out of the women, as a fraction.
        assert_eq!(
            claims("Hội có 24 chi hội với 1.530/2.040 hội viên, đạt 75%."),
            vec![
                (Some(24.0), None, None),
                (Some(1530.0), Some(2040.0), Some(75.0))
            ]
        );
    }

    #[test]
    fn a_fraction_a_number_is_raised_to_counts_that_number() {
        // held-out h63: `nâng tổng số đoàn viên lên 2.846/2.910 lao động,
        // đạt 97,8%` was read as a count of workers.
        let c = one("Công đoàn nâng tổng số đoàn viên lên 2.846/2.910 lao động, đạt 97,8%.");
        assert_eq!(c.counted.as_deref(), Some("đoàn viên"), "{c:?}");
        // Ours: members out of the women of the district.
        let c = one("Hội nâng tổng số hội viên toàn huyện lên 18.420/24.560 phụ nữ.");
        assert!(
            c.counted
                .as_deref()
                .is_some_and(|s| s.starts_with("hội viên")),
            "{c:?}"
        );
        // No noun after `số`: the noun after the fraction stays.
        let c = one("Nâng tổng số lên 38/61 trường.");
        assert_eq!(c.counted, None, "{c:?}");
    }
}
