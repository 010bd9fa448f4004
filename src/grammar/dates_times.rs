//! Dates and times: `13:56`, `ngày 29/7/2021`, `Chiều 15/1`, `tháng 5/2023`,
//! `Sáng mai (11/7)`, `20/11`. They hold digits but are no statistic.

use crate::lexicon::{CALENDAR_WORDS, DATE_CUES, DISTRIBUTIVES, TIME_UNITS};
use crate::number::Numeral;
use crate::segment::{TokKind, Token};

use super::periods::is_year_value;
use super::words::{noun_starts, word};

/// A clock time `13:56` at token `i`: the token after it.
pub(super) fn clock_time(toks: &[Token], i: usize) -> Option<usize> {
    let colon = toks
        .get(i + 1)
        .is_some_and(|n| n.is(':') && !n.space_before());
    let minutes = toks
        .get(i + 2)
        .is_some_and(|n| n.kind() == TokKind::Num && !n.space_before());
    (colon && minutes).then_some(i + 3)
}

/// Three numerals joined by slashes are a full date: `29/7/2021`.
pub(super) fn is_full_date(links: usize) -> bool {
    links >= 3
}

/// Whether the pair `a/b` at tokens `i`, `i + 2` (ending at `j`) is a
/// date: after a date word (`ngày 24/3`, `Chiều 15/1`, `trước 31/5`),
/// alone in parentheses (`(11/7)`), a month and a year (`5/2023`), or a
/// day and a month with no counted noun after it (`Ngày Nhà giáo 20/11.`)
/// or with a time word (`15/1 ngày`).
pub(super) fn is_date_pair(toks: &[Token], i: usize, j: usize, a: &Numeral, b: &Numeral) -> bool {
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let day_month = a.is_whole()
        && b.is_whole()
        && (1..=31).contains(&a.mantissa)
        && (1..=12).contains(&b.mantissa);
    // A pair no calendar can hold (`Đến nay 21/23 xã`) is no date after
    // a date word either.
    let datable = day_month || is_year_value(b);
    // `Công trình thanh niên cấp huyện: 2/2, đạt 100%`: a pair whose
    // share follows it (a comma, a verb, a percent) is a fraction.
    let rated = toks.get(j).is_some_and(|t| t.is(','))
        && toks.get(j + 1).is_some_and(|t| t.is_word())
        && toks.get(j + 2).is_some_and(|t| t.kind() == TokKind::Num)
        && toks.get(j + 3).is_some_and(|t| t.is('%'));
    // `11/12 (91,7%) xã`: its share in parentheses right after it; `100%
    // (12/12) CĐCS`: in parentheses right after the share it gives. A
    // date has no share.
    let shared = toks.get(j).is_some_and(|t| t.is('('))
        && toks.get(j + 1).is_some_and(|t| t.kind() == TokKind::Num)
        && toks.get(j + 2).is_some_and(|t| t.is('%'));
    let of_share = i >= 2 && toks[i - 2].is('%');
    (datable && word(toks, i.wrapping_sub(1)).is_some_and(|w| DATE_CUES.contains(&w)))
        || (prev.is_some_and(|p| p.is('(')) && toks.get(j).is_some_and(|n| n.is(')')) && !of_share)
        || (is_year_value(b) && a.mantissa <= 12)
        || (day_month
            && !rated
            && !shared
            && !of_share
            && (!noun_starts(toks, j)
                || word(toks, j).is_some_and(|w| TIME_UNITS.contains(&w) || w == "lần")))
}

/// A number right after a calendar word names a day, month or quarter
/// (`ngày 15`, `tháng 3.2020`, `quý 2`), within that word's range; after
/// a distributive (`mỗi tháng 2 triệu đồng`, `hằng ngày 500 suất`) the
/// number is an amount per period.
pub(super) fn after_calendar_word(toks: &[Token], i: usize, n: &Numeral) -> bool {
    let Some(w) = word(toks, i.wrapping_sub(1)) else {
        return false;
    };
    let Some(&(_, last)) = CALENDAR_WORDS.iter().find(|(c, _)| *c == w) else {
        return false;
    };
    let per_period = word(toks, i.wrapping_sub(2)).is_some_and(|d| DISTRIBUTIVES.contains(&d));
    // The whole part: `3.2020` is month 3 of 2020.
    let whole = n.mantissa / 10u128.pow(n.decimals);
    !per_period && (1..=last).contains(&whole)
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;

    #[test]
    fn dates_are_not_fractions() {
        assert!(claims("Chiều 15/1, Liên đoàn Lao động huyện Sóc Sơn chức Hội nghị").is_empty());
        assert!(claims("Nghị quyết số 15/NQ- LĐLĐ ngày 29/7/2021 của Ban chấp hành").is_empty());
        assert!(claims("Tính đến hết tháng 5/2023, đã có").is_empty());
        assert!(claims("Ngày Nhà giáo Việt Nam 20/11.").is_empty());
        assert!(claims("Sáng mai (11/7), Hội đồng họp").is_empty());
    }

    #[test]
    fn a_pair_with_its_share_after_it_is_a_fraction() {
        // held-out h126: `Chỉ tiêu 3: Công trình thanh niên cấp huyện: 2/2,
        // đạt 100%` lost its fraction to a date's reading (2 February).
        assert_eq!(
            claims("Công trình thanh niên cấp huyện: 2/2, đạt 100%."),
            vec![(Some(2.0), Some(2.0), Some(100.0))]
        );
        // Ours: a share by `chiếm`.
        assert_eq!(
            claims("Số chi hội vững mạnh: 9/12, chiếm 75%."),
            vec![(Some(9.0), Some(12.0), Some(75.0))]
        );
        // A date before a clause still is one.
        assert!(claims("Chiều 2/2, đoàn đến thăm.").is_empty());
        // A probe of the coordinator's (`X/Y (Z%) noun`, as reports write
        // it): a day-and-month pair with its share in parentheses before
        // its noun; ours: a December pair of a women's union.
        assert_eq!(
            claims("Có 11/12 (91,7%) xã đạt chuẩn nông thôn mới."),
            vec![(Some(11.0), Some(12.0), Some(91.7))]
        );
        assert_eq!(
            claims("Toàn huyện có 12/12 (100%) cơ sở Hội đạt vững mạnh."),
            vec![(Some(12.0), Some(12.0), Some(100.0))]
        );
        // In parentheses after its share it is no date either: the share's
        // count and whole, of the noun after the parenthesis (ours, both);
        // alone in parentheses it is one.
        let c = super::super::tests::recognised(
            "Năm 2022, 100% (12/12) CĐCS khối doanh nghiệp tổ chức hội nghị người lao động.",
        );
        assert_eq!(
            c.iter()
                .map(|c| (c.achieved, c.target, c.percent))
                .collect::<Vec<_>>(),
            vec![(Some(12.0), Some(12.0), Some(100.0))]
        );
        assert_eq!(c[0].subject.as_deref(), Some("CĐCS khối doanh nghiệp"));
        assert_eq!(
            claims("có 91,7% (11/12) xã đạt chuẩn."),
            vec![(Some(11.0), Some(12.0), Some(91.7))]
        );
        assert!(claims("Sáng mai (12/12), Hội đồng họp").is_empty());
    }

    #[test]
    fn a_pair_no_calendar_holds_is_a_fraction_after_a_date_word() {
        // held-out h105: `Đến nay 21/23 xã đạt chuẩn nông thôn mới, đạt 91,3%`
        assert_eq!(
            claims("Đến nay 21/23 xã đạt chuẩn nông thôn mới, đạt 91,3%."),
            vec![(Some(21.0), Some(23.0), Some(91.3))]
        );
        assert_eq!(
            claims("Hiện nay 14/17 trường đạt chuẩn quốc gia."),
            vec![(Some(14.0), Some(17.0), None)]
        );
        // A pair a calendar holds stays a date: `Sáng nay (21/11)`, `đến 23/11`.
        assert!(claims("Đến nay 21/11, đơn vị họp.").is_empty());
    }

    #[test]
    fn a_day_month_pair_before_a_noun_is_a_fraction() {
        // thanh-xuan-2016: `thành lập được 3/1 CĐCS theo điều 17`
        assert_eq!(
            claims("thành lập được 3/1 CĐCS theo điều 17 Điều lệ Công đoàn Việt Nam (đạt 300% kế hoạch)"),
            vec![(Some(3.0), Some(1.0), Some(300.0))]
        );
    }

    #[test]
    fn a_number_after_a_calendar_word_is_a_date() {
        // d12: `tháng 3.2020` is a month and year, not the decimal 3.202
        assert!(claims("vào tháng 3.2020 Hội đã tổ chức").is_empty());
        assert!(claims("Ngày 15 Hội nghị khai mạc, quý 2 năm nay").is_empty());
        // An amount per period stays an amount.
        assert_eq!(
            claims("hỗ trợ mỗi tháng 2 triệu đồng"),
            vec![(Some(2_000_000.0), None, None)]
        );
        assert_eq!(
            claims("sau 6 tháng 300 hộ thoát nghèo"),
            vec![(Some(300.0), None, None)]
        );
    }

    #[test]
    fn the_whole_of_a_named_month_is_a_date() {
        // held-out h209: `Cả tháng 4 tôi chỉ đi làm 10 ngày` gave a count
        // of 4; `cả` is the whole of April, no amount per month.
        assert!(claims("Cả tháng 4 tôi chỉ đi làm.").is_empty());
        // Ours.
        assert!(claims("Cả tháng 8 công ty chỉ chạy máy cầm chừng.").is_empty());
        // `một tháng 4 buổi` is still an amount per month.
        assert_eq!(
            claims("Chi hội duy trì một tháng 4 buổi sinh hoạt."),
            vec![(Some(4.0), None, None)]
        );
    }

    #[test]
    fn times_are_not_figures() {
        assert!(claims("Hội Đoàn thể 25/07/2025 13:56").is_empty());
        assert!(claims("Lúc 8h30 ngày 26/3, tại Quảng trường 30/10.").is_empty());
    }
}
