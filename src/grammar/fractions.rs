//! Fractions `achieved/target`: `2134/1800 đoàn viên`, `30/20 CĐCS`,
//! `Số CĐCS vững mạnh: 789/1.234`. A slash chain may also be a date
//! (`dates_times`) or a document number (`references`).

use crate::number::{self, Numeral};
use crate::segment::{TokKind, Token};

use std::ops::Range;

use crate::lexicon::{EVENT_NOUNS, TALLY_NOUNS};

use super::dates_times::is_date_pair;
use super::periods::is_season;
use super::words::{noun_starts, subject_at, word};

/// The slash chain starting at numeral `i`: how many numerals it links
/// (1 for a lone numeral) and the token after it.
pub(super) fn slash_chain(toks: &[Token], i: usize) -> (usize, usize) {
    // Its numerals are tokens `i`, `i + 2`, … `j - 1`: counted, not
    // collected (a vector per figure was a tenth of the allocations of a
    // document).
    let mut links = 1;
    let mut j = i + 1;
    while j + 1 < toks.len()
        && toks[j].is('/')
        && !toks[j].space_before()
        && toks[j + 1].kind() == TokKind::Num
        && !toks[j + 1].space_before()
    {
        links += 1;
        j += 2;
    }
    // `45 / 50 xã`: a fraction typed with a space on both sides of its
    // slash (as tables and copied reports space it) links two numerals.
    let spaced = |k: usize| {
        toks.get(k).is_some_and(|t| t.is('/') && t.space_before())
            && toks
                .get(k + 1)
                .is_some_and(|n| n.kind() == TokKind::Num && n.space_before())
    };
    if links == 1 && spaced(j) && !toks.get(j + 2).is_some_and(|t| t.is('/')) {
        return (2, j + 2);
    }
    (links, j)
}

/// `9 trên 10 xã`: `trên` between two numerals reads "out of" (the
/// whole), not "over". The token of the whole's numeral when `trên` stands
/// at `k`, after a count.
pub(super) fn out_of_after(toks: &[Token], k: usize) -> Option<usize> {
    // `dịch Covid-19 trên 12 tỷ đồng`: a numeral glued to a name is no
    // count, and `trên` after it is `over` again.
    let count_before = k
        .checked_sub(1)
        .is_some_and(|p| toks[p].kind() == TokKind::Num && !super::references::glued_left(toks, p));
    (count_before
        && word(toks, k) == Some("trên")
        && toks.get(k + 1).is_some_and(|t| t.kind() == TokKind::Num))
    .then_some(k + 1)
}

/// Whether the numeral at `i` is the whole of `N trên M` ([`out_of_after`]).
pub(super) fn out_of_before(toks: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|k| out_of_after(toks, k))
        .is_some()
}

/// The whole of the fraction `a/b` whose count starts at token `i` and
/// whose whole's numeral is token `j - 1`, or `None` when the pair is a
/// date, a season or no number. With the whole, the token after it: past
/// its last group when its thousands are grouped with spaces.
pub(super) fn whole_of(
    toks: &[Token],
    i: usize,
    j: usize,
    a: &Numeral,
    a_spaced: bool,
) -> Option<(Numeral, usize)> {
    let b = number::parse(toks[j - 1].norm)?;
    if is_date_pair(toks, i, j, a, &b) || is_season(a, &b) {
        return None;
    }
    Some(spaced_whole(toks, j - 1, a, a_spaced).unwrap_or((b, j)))
}

/// `tiếp nhận 9 812/9 000 đơn vị máu`, `12 450/12 000`, `9812/9 000`: a
/// whole whose thousands are grouped with spaces, as the count's may be.
/// Only after a count that is spaced too or in the thousands: a day and
/// month before a figure (`ngày 15/1 250 hộ …`) stay a date and a count.
/// The whole, and the token after its last group.
fn spaced_whole(toks: &[Token], w: usize, a: &Numeral, a_spaced: bool) -> Option<(Numeral, usize)> {
    // Cheap tests first: a group after a space, a count that may own it.
    let group_next = toks
        .get(w + 1)
        .is_some_and(|g| g.kind() == TokKind::Num && g.space_before());
    if !group_next || !(a_spaced || a.value() >= 1000.0) {
        return None;
    }
    let (digits, last) = super::decimals::space_groups(toks, w)?;
    // A group glued on to a slash or dash is the start of another figure.
    let glued_on = toks
        .get(last + 1)
        .is_some_and(|t| !t.space_before() && matches!(t.punct(), Some('/' | '-')));
    if glued_on {
        return None;
    }
    Some((number::parse(&digits)?, last + 1))
}

/// `hơn 4.200 hội viên/6.100 phụ nữ`: a count, its noun, a slash, a
/// figure and another noun. The second is the whole the first is counted
/// in (achieved/target), unless the first counts events (`cuộc`, `buổi`,
/// `lớp`) or the second tallies attendances (`lượt`): `320 cuộc/9.450
/// lượt người` is two counts, the second read on its own. For the noun
/// `first`: the whole, its last token, and where to resume.
pub(super) fn noun_fraction(toks: &[Token], first: &Range<usize>) -> Option<(f64, usize, usize)> {
    // The first noun may run on in words to the slash: `2.150 doanh nghiệp
    // có tổ chức công đoàn/3.500 doanh nghiệp`.
    let end = (first.end..toks.len().min(first.end + NOUN_RUN))
        .find(|&p| !toks[p].is_word())
        .filter(|&p| toks[p].is('/'))?;
    let (slash, n) = (toks.get(end)?, toks.get(end + 1)?);
    if !slash.is('/') || slash.space_before() || n.kind() != TokKind::Num || n.space_before() {
        return None;
    }
    let whole = number::parse(n.norm)?;
    let second = subject_at(toks, end + 2, 8)?;
    let events = EVENT_NOUNS.contains(&toks[first.start].norm);
    let tally = TALLY_NOUNS.contains(&toks[second.start].norm);
    (!events && !tally).then_some((whole.value(), end + 1, second.end))
}

/// How many words a fraction's first noun may run on past its subject.
const NOUN_RUN: usize = 8;

/// A numeral after `noun/` is a second count when a count and its noun
/// stand before the slash (`320 cuộc/9.450 lượt người`): not glued to a
/// code (`kỳ III/2023`).
pub(super) fn second_count_after_slash(toks: &[Token], i: usize) -> bool {
    let slash = i.wrapping_sub(1);
    toks.get(slash).is_some_and(|t| t.is('/'))
        && noun_starts(toks, i + 1)
        && (slash.saturating_sub(8)..slash)
            .rev()
            .take_while(|&p| toks[p].kind() != TokKind::Punct)
            .any(|p| toks[p].kind() == TokKind::Num)
        && toks.get(slash.wrapping_sub(1)).is_some_and(|t| t.is_word())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, recognised};

    #[test]
    fn a_bound_after_co_and_a_noun_is_a_condition_of_the_counted() {
        use crate::record::Kind;
        // held-out h325: the units with funds over 100 million; the share
        // is the fraction's.
        let c = recognised("19/23 cơ sở hội có quỹ trên 100 triệu đồng, chiếm 82,6%.");
        let v: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.target, c.percent, c.kind))
            .collect();
        assert_eq!(
            v,
            [
                (Some(19.0), Some(23.0), Some(82.6), Kind::Actual),
                (Some(1e8), None, None, Kind::Criterion),
            ]
        );
        // held-out h98: `từ … trở lên` after `có thu nhập`.
        let c = recognised("trong đó 2.156 người có thu nhập từ 100 triệu đồng/năm trở lên.");
        assert_eq!(c[1].kind, Kind::Criterion);
        // The author's own: firms with over 100 workers; a place that has
        // over 100 firms states a count.
        let c = recognised("12/15 doanh nghiệp có trên 100 lao động, chiếm 80%.");
        assert_eq!((c[0].percent, c[1].kind), (Some(80.0), Kind::Criterion));
        let c = recognised("Huyện có trên 100 doanh nghiệp.");
        assert_eq!(c[0].kind, Kind::Actual);
    }

    #[test]
    fn a_criterion_between_a_fraction_and_its_percent_passes_it_on() {
        use crate::record::{Kind, Qualifier};
        // Held-out h57: the scope `có từ 25 lao động trở lên` stands
        // between 452/1.215 and the bound on it, which is a slip.
        let c = recognised(
            "Số doanh nghiệp có tổ chức công đoàn là 452/1.215 doanh nghiệp có từ 25 lao động trở lên (chiếm hơn 40%).",
        );
        let v: Vec<_> = c
            .iter()
            .map(|c| (c.achieved, c.target, c.percent, c.qualifier, c.kind))
            .collect();
        assert_eq!(
            v,
            [
                (
                    Some(452.0),
                    Some(1215.0),
                    Some(40.0),
                    Qualifier::Over,
                    Kind::Actual
                ),
                (Some(25.0), None, None, Qualifier::AtLeast, Kind::Criterion),
            ]
        );
        // Round 27 (h213): `từ` right after the counted noun, no `có`.
        assert_eq!(
            claims(
                "có 312/458 doanh nghiệp từ 25 lao động trở lên đã thành lập công đoàn cơ sở, đạt 68,1%"
            )[0],
            (Some(312.0), Some(458.0), Some(68.1))
        );
        // Ours: firms of 50 workers or more; after a verb the bound is the
        // figure's own (a plan of 200 or more).
        let c =
            recognised("Có 45/60 doanh nghiệp từ 50 công nhân trở lên tổ chức bữa ăn ca, đạt 75%.");
        assert_eq!((c[0].percent, c[1].kind), (Some(75.0), Kind::Criterion));
        let c = recognised("Năm 2024, Hội phấn đấu kết nạp từ 200 hội viên trở lên.");
        assert_eq!(
            (c[0].kind, c[0].qualifier),
            (Kind::Plan, Qualifier::AtLeast)
        );
        // The report's own variant: a verb after the criterion, then the
        // percent after a comma.
        assert_eq!(
            claims(
                "486/1.215 doanh nghiệp có từ 25 lao động trở lên đã thành lập công đoàn, đạt 40%"
            )[0],
            (Some(486.0), Some(1215.0), Some(40.0))
        );
        // Ours: a bare count before the criterion.
        assert_eq!(
            claims("có 30 hợp tác xã có từ 10 thành viên trở lên, chiếm 25%"),
            [(Some(30.0), None, Some(25.0)), (Some(10.0), None, None)]
        );
    }

    #[test]
    fn a_fraction_joins_its_percent() {
        assert_eq!(
            claims("kết nạp được 2134/1800 đoàn viên (đạt 128,56%); thành lập 30/20 CĐCS (đạt 150% kế hoạch)"),
            vec![
                (Some(2134.0), Some(1800.0), Some(128.56)),
                (Some(30.0), Some(20.0), Some(150.0))
            ]
        );
    }

    #[test]
    fn a_fraction_may_have_a_noun_on_either_side() {
        // issue 14: `hơn 4.200 hội viên/6.100 phụ nữ` is achieved/target
        assert_eq!(
            claims("kết nạp hơn 4.200 hội viên/6.100 phụ nữ trong độ tuổi"),
            vec![(Some(4200.0), Some(6100.0), None)]
        );
        assert_eq!(
            claims("có 64 đoàn viên/80 công nhân tham gia"),
            vec![(Some(64.0), Some(80.0), None)]
        );
        assert_eq!(
            claims("có 2.150 doanh nghiệp có tổ chức công đoàn/3.500 doanh nghiệp"),
            vec![(Some(2150.0), Some(3500.0), None)]
        );
        // `320 cuộc/9.450 lượt người` is two counts.
        assert_eq!(
            claims("Tổ chức 320 cuộc/9.450 lượt người tham gia."),
            vec![(Some(320.0), None, None), (Some(9450.0), None, None)]
        );
        assert_eq!(
            claims("mở 12 lớp/450 học viên"),
            vec![(Some(12.0), None, None), (Some(450.0), None, None)]
        );
        // A code after a slash stays a code.
        assert!(claims("Kế hoạch kỳ III/2023 của Hội").is_empty());
    }

    #[test]
    fn a_fraction_may_space_its_slash() {
        // `toàn tỉnh có 45 / 50 xã đạt chuẩn, đạt 90%`, as tables space it
        assert_eq!(
            claims("toàn tỉnh có 45 / 50 xã đạt chuẩn, đạt 90%."),
            vec![(Some(45.0), Some(50.0), Some(90.0))]
        );
        assert_eq!(
            claims("Số CĐCS vững mạnh: 120 / 135 đơn vị"),
            vec![(Some(120.0), Some(135.0), None)]
        );
        // A date stays a date.
        assert!(claims("ngày 30 / 4 năm nay").is_empty());
    }

    #[test]
    fn a_whole_before_its_count_skips_a_condition_on_its_members() {
        // held-out h24: `trong số 2.140 doanh nghiệp có từ 50 lao động trở lên, mới có 134 doanh nghiệp`
        let c = claims(
            "trong số 2.140 doanh nghiệp có từ 50 lao động trở lên, mới có 134 doanh nghiệp có tổ chức đảng",
        );
        assert!(c.contains(&(Some(134.0), Some(2140.0), None)), "{c:?}");
        let c = claims("Trên tổng số 500 doanh nghiệp có từ 25 lao động trở lên, có 300 doanh nghiệp đã thành lập công đoàn");
        assert!(c.contains(&(Some(300.0), Some(500.0), None)), "{c:?}");
    }

    #[test]
    fn trên_between_two_numerals_is_out_of() {
        // `Đã có 9 trên 10 xã hoàn thành`
        assert_eq!(
            claims("Đã có 9 trên 10 xã hoàn thành."),
            vec![(Some(9.0), Some(10.0), None)]
        );
        assert_eq!(
            claims("có 45 trên 50 doanh nghiệp ký thỏa ước, đạt 90%"),
            vec![(Some(45.0), Some(50.0), Some(90.0))]
        );
        // After a noun, `trên` is over again.
        let c = recognised("có 12 xã với trên 5.000 hộ");
        assert_eq!(c[1].qualifier, crate::record::Qualifier::Over);
        // And after a name's number (held-out h238: `Chi phòng, chống dịch
        // Covid-19 trên 12 tỷ đồng`; ours: a team's).
        let c = recognised("Chi phòng, chống dịch Covid-19 trên 12 tỷ đồng.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].qualifier, crate::record::Qualifier::Over);
        let c = recognised("Đội tuyển U23 trên 30 cầu thủ tập trung.");
        assert_eq!(c[0].qualifier, crate::record::Qualifier::Over);
    }

    #[test]
    fn a_fraction_needs_no_noun() {
        assert_eq!(
            claims("Số CĐCS đạt vững mạnh: 789/1.234 (63,9%)."),
            vec![(Some(789.0), Some(1234.0), Some(63.9))]
        );
    }

    #[test]
    fn a_fraction_may_group_its_thousands_with_spaces() {
        // held-out h155: `tiếp nhận 9 812/9 000 đơn vị máu, đạt 109,02%`
        // was read as 812/9, a false alarm.
        assert_eq!(
            claims("Hội tiếp nhận 9 812/9 000 đơn vị máu, đạt 109,02%."),
            vec![(Some(9812.0), Some(9000.0), Some(109.02))]
        );
        // Ours: one side spaced, the other dotted or typed in one piece.
        assert_eq!(
            claims("kết nạp 1 250/1.000 hội viên, đạt 125%"),
            vec![(Some(1250.0), Some(1000.0), Some(125.0))]
        );
        assert_eq!(
            claims("có 2450/2 000 hộ đăng ký, đạt 122,5%"),
            vec![(Some(2450.0), Some(2000.0), Some(122.5))]
        );
        assert_eq!(
            claims("vận động 12 450/12 000 suất quà"),
            vec![(Some(12450.0), Some(12000.0), None)]
        );
        // A day and month before a count stay a date and a count.
        assert_eq!(
            claims("Ngày 15/1 250 hộ được nhận quà."),
            vec![(Some(250.0), None, None)]
        );
    }
}
