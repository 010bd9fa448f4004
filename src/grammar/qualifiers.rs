//! Qualifiers (SPEC §2): before a figure (`gần 40`, `trên 144 tỷ`,
//! `ít nhất 3`, `ước đạt`), after it (`75% trở lên`), and an estimate
//! governing its clause (`ước thực hiện là 1.114.100 người`,
//! `Ước kết quả thực hiện giảm tỷ lệ hộ nghèo năm 2022 là 0,47%`).

use crate::lexicon::{
    COMPARATIVE_ADJECTIVES, ESTIMATE_NOT_AFTER, ESTIMATE_NOT_BEFORE, LOCATIVE_VERBS,
    QUALIFIERS_AFTER, QUALIFIERS_BEFORE, TERRITORY_NOUNS,
};
use std::sync::LazyLock;

use crate::record::Qualifier;
use crate::segment::Token;

use super::words::{ends_with, starts_with, word};

/// The longest qualifier written just before token `i` (`gần`, `ít nhất`,
/// `ước đạt`), with its length in tokens.
/// `ước` that ends a compound noun (`thỏa ước đạt 75%`, `công ước`) is no
/// estimate, so no qualifier opening with it is read there.
/// `trên` or `ngoài` that ends a noun (`ngân sách cấp trên 120 tỷ`, `vốn
/// đầu tư nước ngoài 8 triệu`, [`BOUND_NOT_AFTER`]) is no bound either.
pub(super) fn qualifier_before(toks: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS_BEFORE
        .iter()
        .filter(|(w, _)| ends_with(toks, i, w))
        .map(|(w, q)| (*w, *q, w.split(' ').count()))
        .filter(|(w, _, len)| {
            let before = word(toks, (i - len).wrapping_sub(1));
            let compound = |list: &[&str]| before.is_some_and(|p| list.contains(&p));
            let estimate_noun = w.starts_with("ước") && compound(&ESTIMATE_NOT_AFTER);
            let bound_noun = BOUND_NOT_AFTER
                .iter()
                .any(|&(first, bound)| bound == *w && before == Some(first));
            !estimate_noun && !bound_noun
        })
        .map(|(_, q, len)| (q, len))
        .max_by_key(|(_, len)| *len)
}

/// The qualifier written from token `k` on (`trở lên`, `trở xuống`), with
/// its length in tokens.
pub(super) fn qualifier_after(toks: &[Token], k: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS_AFTER
        .iter()
        .filter(|(w, _)| starts_with(toks, k, w))
        .map(|(w, q)| (*q, w.split(' ').count()))
        .max_by_key(|(_, len)| *len)
}

/// Nouns that end in a bound word (`cấp trên`, `tuyến trên`, `nước
/// ngoài`), as their first word and the bound.
static BOUND_NOT_AFTER: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../lexicon/bound_not_after.tsv"))
        .filter_map(|r| r.first()?.split_once(' '))
        .collect()
});

/// Verbs that grade what was counted (`xếp loại`, `đánh giá`).
static GRADE_VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../lexicon/grade_verbs.tsv"))
        .filter_map(|r| r.first().copied())
        .collect()
});

/// `1.126/1.254 đoàn viên xếp loại khá trở lên`: a `trở lên` after a
/// grade named by a rating verb ([`GRADE_VERBS`]) ranks the grade (good
/// or better); it bounds no figure. Whether such a verb stands in
/// `from..to`, the words between a figure's noun and its `trở lên`.
pub(super) fn ranks_a_grade(toks: &[Token], from: usize, to: usize) -> bool {
    (from..to).any(|p| GRADE_VERBS.iter().any(|v| starts_with(toks, p, v)))
}

/// How far back from a figure an estimate verb is looked for, in tokens.
const ESTIMATE_REACH: usize = 16;

/// `ước` as a verb of estimating (`ước thực hiện`, `dự ước`, `Ước kết
/// quả`) in the comma part before token `i`: the figure is an estimate,
/// approx. `ước` in a compound noun is no estimate (`thỏa ước`, `công
/// ước`, `giao ước`, `ước mơ`).
pub(super) fn estimate_before(toks: &[Token], i: usize, clause_start: usize) -> bool {
    let from = i.saturating_sub(ESTIMATE_REACH).max(clause_start);
    for p in (from..i).rev() {
        let t = &toks[p];
        if matches!(t.punct(), Some(',' | '(' | ')')) {
            return t.is(',') && estimated_period_opens(toks, p, clause_start);
        }
        if t.norm == "ước"
            && !word(toks, p.wrapping_sub(1)).is_some_and(|w| ESTIMATE_NOT_AFTER.contains(&w))
            && !word(toks, p + 1).is_some_and(|w| ESTIMATE_NOT_BEFORE.contains(&w))
        {
            return true;
        }
    }
    false
}

/// `Ước cả năm 2017, tổng thu ngân sách trên địa bàn đạt 652 tỷ đồng`,
/// `Ước 6 tháng đầu năm, …`: a clause opened by `Ước` and the period it
/// estimates, up to the comma at `comma`, makes the figures after it
/// estimates.
fn estimated_period_opens(toks: &[Token], comma: usize, clause_start: usize) -> bool {
    let opens = word(toks, clause_start) == Some("ước");
    let short = comma > clause_start + 1 && comma - clause_start <= ESTIMATED_PERIOD_WORDS;
    // Only a span that is there is read: a comma right at the clause's
    // start opens nothing.
    let plain = || {
        toks.get(clause_start + 1..comma)
            .is_some_and(|words| words.iter().all(|t| t.punct().is_none()))
    };
    opens && short && plain()
}

/// The most tokens of `Ước` and its period (`Ước 6 tháng đầu năm 2024`).
const ESTIMATED_PERIOD_WORDS: usize = 7;

/// How far after a figure `so với` is looked for, in tokens.
const COMPARED_REACH: usize = 6;

/// `cao hơn 250.000 đồng/tấn so với niên vụ trước`, `nhiều hơn 120 hộ so
/// với cùng kỳ`: `hơn` after an adjective, with `so với` after the figure,
/// compares; the figure is the difference, not a bound over it. `i` is the
/// figure's numeral, `next` the token after it.
pub(super) fn comparative_hon(toks: &[Token], i: usize, next: usize) -> bool {
    let hon = i.checked_sub(1).filter(|&p| toks[p].norm == "hơn");
    let adjective = hon.is_some_and(|p| {
        word(toks, p.wrapping_sub(1)).is_some_and(|w| COMPARATIVE_ADJECTIVES.contains(&w))
    });
    adjective
        && (next..toks.len().min(next + COMPARED_REACH))
            .take_while(|&k| !matches!(toks[k].punct(), Some(',' | ';' | '.')))
            .any(|k| starts_with(toks, k, "so với"))
}

/// `được triển khai trên 63 tỉnh, thành phố`: `trên` after a verb of
/// taking place, before a count of territories, means across them (a
/// place), not over (a bound). `i` is the figure's numeral, `noun` the
/// token of its noun.
pub(super) fn locative_tren(toks: &[Token], i: usize, noun: usize) -> bool {
    let tren = i.checked_sub(1).filter(|&p| toks[p].norm == "trên");
    tren.is_some_and(|p| LOCATIVE_VERBS.iter().any(|v| ends_with(toks, p, v)))
        && TERRITORY_NOUNS.iter().any(|n| starts_with(toks, noun, n))
}

/// `Giá trị sản xuất bình quân trên 1 ha đất canh tác … đạt 215 triệu
/// đồng`: `trên 1` before a unit of measure is `per one`, the base of a
/// rate, no figure (`trên 5 ha` is over five hectares).
pub(super) fn per_one_unit(toks: &[Token], i: usize, value: f64, noun: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| toks[p].norm == "trên")
        && value == 1.0
        && crate::lexicon::MEASURE_UNITS
            .iter()
            .any(|u| starts_with(toks, noun, u))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{one, recognised};
    use crate::record::Qualifier;

    #[test]
    fn a_clause_opened_by_an_estimated_period_estimates_its_figures() {
        // held-out h358: a district's year-end estimate.
        let c = one("Ước cả năm 2017, tổng thu ngân sách trên địa bàn đạt 652 tỷ đồng.");
        assert_eq!(c.qualifier, Qualifier::Approx);
        // Ours: a half year's estimate; a year alone estimates nothing.
        assert_eq!(
            one("Ước 6 tháng đầu năm, Hội kết nạp 320 hội viên.").qualifier,
            Qualifier::Approx
        );
        assert_eq!(
            one("Năm 2023, Hội kết nạp 320 hội viên.").qualifier,
            Qualifier::None
        );
        // A comma opening the clause opens no period (tests/number_props
        // found `, đạt tháng 20 ` read a span that is not there).
        assert!(recognised(", đạt tháng 20 ").len() <= 1);
    }

    #[test]
    fn per_one_unit_of_measure_is_no_figure() {
        // held-out h343: the value of farm output per hectare.
        let c = recognised(
            "Giá trị sản xuất bình quân trên 1 ha đất canh tác của xã năm 2025 đạt 215 triệu đồng.",
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].achieved, Some(215_000_000.0));
        // Ours: per tonne, and a bound over more than one unit.
        assert_eq!(
            recognised("Lợi nhuận trên 1 tấn cà phê đạt 12 triệu đồng.").len(),
            1
        );
        let c = recognised("Có 35 hộ sở hữu trên 5 ha đất.");
        assert_eq!(
            c.last().map(|c| (c.achieved, c.qualifier)),
            Some((Some(5.0), Qualifier::Over))
        );
    }

    #[test]
    fn an_estimate_verb_makes_its_figures_approximate() {
        // d20: `tổng số người tham gia BHXH, BHYT ước thực hiện là 1.114.100 người`
        let c = one("tổng số người tham gia BHYT ước thực hiện là 1.114.100 người");
        assert_eq!(c.qualifier, Qualifier::Approx);
        // d21: `Ước kết quả thực hiện giảm tỷ lệ hộ nghèo năm 2022 là 0,47%`
        let c = recognised(
            "Ước kết quả thực hiện giảm tỷ lệ hộ nghèo năm 2022 là 0,47%, đạt 100% kế hoạch năm.",
        );
        assert_eq!(c[0].qualifier, Qualifier::Approx);
        // The next comma part is not estimated.
        assert_eq!(c[1].qualifier, Qualifier::None);
        let c = one("Doanh thu dự ước cả năm đạt 120 tỷ đồng");
        assert_eq!(c.qualifier, Qualifier::Approx);
    }

    #[test]
    fn ước_ending_a_compound_noun_is_no_estimate_before_a_figure() {
        // probe of the genre: `Tỷ lệ ký thỏa ước đạt 75%`
        let c = one("Tỷ lệ doanh nghiệp có thỏa ước đạt 75%");
        assert_eq!(c.qualifier, Qualifier::None);
        assert_eq!(c.subject.as_deref(), Some("Tỷ lệ doanh nghiệp có thỏa ước"));
        let c = one("Số bản thỏa ước ước đạt 120 bản");
        assert_eq!(c.qualifier, Qualifier::Approx);
    }

    #[test]
    fn hơn_after_an_adjective_compared_is_a_difference() {
        // held-out h20: `cao hơn 250.000 đồng/tấn so với niên vụ 2022 - 2023`
        let c = one("Giá mía cao hơn 250.000 đồng/tấn so với niên vụ 2022 - 2023.");
        assert_eq!(
            (c.achieved, c.qualifier),
            (Some(250_000.0), Qualifier::None)
        );
        let c = one("số hộ tham gia nhiều hơn 120 hộ so với cùng kỳ");
        assert_eq!(c.qualifier, Qualifier::None);
        // Without a comparison it is a bound: `lương cao hơn 5 triệu đồng`.
        let c = one("thu nhập cao hơn 5 triệu đồng");
        assert_eq!(c.qualifier, Qualifier::Over);
    }

    #[test]
    fn trên_after_a_verb_of_place_before_territories_is_no_bound() {
        // d06: `Chương trình “Tết sum vầy” được triển khai trên 63 tỉnh, thành phố`
        let c = one("Chương trình được triển khai trên 63 tỉnh, thành phố.");
        assert_eq!(c.qualifier, Qualifier::None);
        let c = one("Hội thi diễn ra trên 12 huyện trong tỉnh.");
        assert_eq!(c.qualifier, Qualifier::None);
        // A bound stays a bound.
        assert_eq!(one("có trên 20 xã đạt chuẩn").qualifier, Qualifier::Over);
        assert_eq!(
            one("triển khai trên 200 mô hình").qualifier,
            Qualifier::Over
        );
    }

    #[test]
    fn ước_in_a_compound_noun_is_no_estimate() {
        let c = one("có 53 đơn vị ký thỏa ước lao động tập thể");
        assert_eq!(c.qualifier, Qualifier::None);
        let c = one("ký giao ước thi đua với 12 đơn vị");
        assert_eq!(c.qualifier, Qualifier::None);
    }

    #[test]
    fn trở_lên_after_a_grade_ranks_the_grade_not_the_figure() {
        // held-out h103: `1.126/1.254 đoàn viên xếp loại khá trở lên, đạt 85,3%`
        let c = one("Năm học qua, 1.126/1.254 đoàn viên xếp loại khá trở lên, đạt 85,3%.");
        assert_eq!(c.qualifier, Qualifier::None);
        assert_eq!(c.percent, Some(85.3));
        // Ours: a percent of members graded, and another rating verb.
        let c = one("có 92% hội viên được đánh giá loại A trở lên");
        assert_eq!(c.qualifier, Qualifier::None);
        // A bound on the count itself stays.
        let c = one("Phấn đấu kết nạp 250 đoàn viên mới trở lên.");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn trở_lên_after_the_base_of_a_percent_or_the_unit_of_an_amount_bounds_it() {
        // held-out h92: `Thu kinh phí công đoàn đạt 100% dự toán trở lên`
        let c = one("Thu kinh phí công đoàn đạt 100% dự toán trở lên.");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
        let c = one("thu đoàn phí đạt từ 95% kế hoạch năm trở lên");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
        // held-out h98: `bình quân đạt 200 nghìn đồng/hội viên trở lên`
        let c = one("Quỹ Hội bình quân đạt 200 nghìn đồng/hội viên trở lên.");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
        let c = one("mức chi bình quân 1,5 triệu đồng/người trở lên");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
    }

    #[test]
    fn trên_ending_a_noun_is_no_bound() {
        // held-out h109 probe: `ngân sách cấp trên 120 tỷ` is the level above
        let c = one("Thu bổ sung từ ngân sách cấp trên 120 tỷ đồng.");
        assert_eq!(c.qualifier, Qualifier::None);
        let c = one("bệnh viện chuyển tuyến trên 35 ca bệnh nặng");
        assert_eq!(c.qualifier, Qualifier::None);
        assert_eq!(one("nhận trên 120 tỷ đồng").qualifier, Qualifier::Over);
    }

    #[test]
    fn ngoài_ending_a_noun_is_no_bound() {
        // held-out h293: `nước ngoài` is foreign, the wage its own figure.
        let c = one("doanh nghiệp có vốn đầu tư nước ngoài 8 triệu 300 nghìn đồng");
        assert_eq!(c.qualifier, Qualifier::None);
        // The author's own: a foreign-owned firm's count.
        let c = one("khối doanh nghiệp nước ngoài 126 đơn vị");
        assert_eq!(c.qualifier, Qualifier::None);
        let c = one("ngoài 300 suất quà của Thành phố");
        assert_eq!(c.qualifier, Qualifier::Over);
    }
}
