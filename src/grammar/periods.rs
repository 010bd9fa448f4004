//! Years, terms, seasons and periods: `năm 2016`, `Canh Tý 2020`,
//! `nhiệm kỳ 2023 - 2028`, `giai đoạn 2021-2022`. They date a claim
//! (`context` reads them), they are no claim.

use crate::number::Numeral;
use crate::segment::Token;

use crate::lexicon::{COUNT_NOUNS, EVENT_NOUNS, MEASURE_UNITS, TALLY_NOUNS, YEAR_OPENERS};

use super::labels::PEOPLE_NOUNS;
use super::qualifiers::qualifier_before;
use super::words::{
    counts_as_noun_evidence, noun_starts, phrase_after, starts_with, word, SUBJECT_STOP_SET,
};

/// A plain four-digit number from 1900 to 2100: a year, when nothing
/// after it says it is a quantity.
pub(super) fn is_year_value(n: &Numeral) -> bool {
    n.plain && n.int_digits == 4 && (1900..=2100).contains(&n.mantissa)
}

/// `năm 2016`, `năm 3`: a number after `năm` names a year (a fraction
/// after it, `năm 12/15`, is read as one).
pub(super) fn after_year_word(toks: &[Token], i: usize, fraction: bool) -> bool {
    !fraction && word(toks, i.wrapping_sub(1)) == Some("năm")
}

/// A year standing alone (`Canh Tý 2020`, `Năm 2016,`): a numeral at
/// token `i` ending at token `j` that could be a year, with nothing that
/// makes it a count ([`counted`]).
pub(super) fn bare_year(toks: &[Token], n: &Numeral, i: usize, j: usize, fraction: bool) -> bool {
    !fraction && is_year_value(n) && !counted(toks, i, j)
}

/// Whether a four-digit numeral at token `i`, its words going on at `j`,
/// counts rather than dates. A year needs a year's context: after a
/// time, season or holiday (`trong 2023 hộ nghèo giảm`, `Tết 2024`) it is
/// a year whatever noun follows. A count shows itself by what a year
/// never takes: a known metric, scale, currency or percent after it
/// (`2023 đoàn viên`); a counted noun of people, households, groups or
/// things (`1905 tổ tiết kiệm`, `2000 hộ`, `1968 lao động`; not the verb
/// `tổ chức`), a unit of measure (`1950 ha`) or an event or tally noun
/// (`1960 buổi`, `2015 lượt`); or a bound before it with a noun after
/// (`gần 2000 hộ thoát nghèo`, `trên 1900 lao động`).
fn counted(toks: &[Token], i: usize, j: usize) -> bool {
    if word(toks, i.wrapping_sub(1)).is_some_and(|w| YEAR_OPENERS.contains(&w)) {
        return false;
    }
    if counts_as_noun_evidence(toks, j) {
        return true;
    }
    let verb = phrase_after(toks, j, &SUBJECT_STOP_SET).is_some();
    let count_noun = [
        &COUNT_NOUNS,
        &MEASURE_UNITS,
        &EVENT_NOUNS,
        &TALLY_NOUNS,
        &PEOPLE_NOUNS,
    ]
    .iter()
    .any(|list| list.iter().any(|n| starts_with(toks, j, n)))
        || agent_noun(toks, j);
    (count_noun && !verb)
        || (qualifier_before(toks, i).is_some() && noun_starts(toks, j))
        // `Thanh niên trên địa bàn: khoảng 2100`: a label names the count.
        || super::labels::label_before(toks, i).is_some()
}

/// `1986 ủy viên ban chấp hành`, `2015 giáo viên`, `1912 vận động
/// viên`: a noun of one to three syllables ending in `viên` names people
/// by what they are members or agents of, and people are counted.
fn agent_noun(toks: &[Token], j: usize) -> bool {
    (j..j + 3)
        .take_while(|&k| word(toks, k).is_some())
        .any(|k| word(toks, k) == Some("viên"))
}

/// A season or school year written with a slash: a year, then the next
/// year in full or by its last two digits (`vụ ép mía 2020/21`,
/// `năm học 2022/2023`). It is no fraction.
pub(super) fn is_season(a: &Numeral, b: &Numeral) -> bool {
    is_year_value(a)
        && b.plain
        && b.is_whole()
        && match b.int_digits {
            2 => b.mantissa == (a.mantissa + 1) % 100,
            4 => b.mantissa == a.mantissa + 1,
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;

    #[test]
    fn terms_and_years_are_not_figures() {
        assert!(
            claims("Đại hội Công đoàn các cấp, nhiệm kỳ 2023 - 2028, là đợt sinh hoạt").is_empty()
        );
        assert!(claims("giai đoạn 2021-2022.").is_empty());
        assert!(claims("Năm 2016, xác định là năm diễn ra nhiều sự kiện").is_empty());
        assert!(claims("trong dịp Tết Nguyên đán Canh Tý 2020, Liên đoàn").is_empty());
    }

    #[test]
    fn a_year_needs_a_years_context_and_a_counted_noun_makes_a_count() {
        // held-out h104, h129, h67 with thousands unseparated (SPEC §2):
        // `quản lý 1905 tổ tiết kiệm`, `trong đó 1902 người từ 80 tuổi`,
        // `phấn đấu có 2000 hộ`, and after a bound `gần 2000 hộ thoát
        // nghèo`, `trên 1900 lao động` (h160), `khoảng 2000 nhà` (h26).
        assert_eq!(
            claims("Hội quản lý 1905 tổ tiết kiệm và vay vốn."),
            vec![(Some(1905.0), None, None)]
        );
        assert_eq!(
            claims("trong đó 1902 người từ 80 tuổi trở lên."),
            vec![(Some(1902.0), None, None)]
        );
        assert_eq!(
            claims("giúp gần 2000 hộ thoát nghèo, giải quyết việc làm cho trên 1900 lao động."),
            vec![(Some(2000.0), None, None), (Some(1900.0), None, None)]
        );
        assert_eq!(
            claims("dự kiến hỗ trợ thêm khoảng 2000 nhà."),
            vec![(Some(2000.0), None, None)]
        );
        // Ours: units, events and people, and the nouns of count_nouns.tsv.
        for (text, value) in [
            ("Toàn huyện gieo cấy 1950 ha lúa.", 1950.0),
            ("Hội tổ chức 1960 buổi tuyên truyền.", 1960.0),
            ("thu hút 2015 lượt người tham gia", 2015.0),
            ("giải quyết việc làm cho 1968 lao động", 1968.0),
            ("tập huấn cho 1908 cán bộ hội các cấp", 1908.0),
            ("tặng quà 2072 cháu thiếu nhi", 2072.0),
        ] {
            assert_eq!(claims(text), vec![(Some(value), None, None)], "{text}");
        }
        // Ours: dwellings and members after a bare value in the years' range.
        assert_eq!(
            claims("Mặt trận xây mới 1950 căn nhà đại đoàn kết."),
            vec![(Some(1950.0), None, None)]
        );
        assert_eq!(
            claims("Câu lạc bộ có hơn 2010 hội viên trẻ."),
            vec![(Some(2010.0), None, None)]
        );
        // Round 30's h241 unseparated: `1986 ủy viên ban chấp hành`; ours:
        // other agent nouns in `viên`, of one to three syllables.
        for (text, value) in [
            ("bầu 1986 ủy viên ban chấp hành", 1986.0),
            ("bồi dưỡng cho 2015 giáo viên mầm non", 2015.0),
            ("với 1984 vận động viên tham gia", 1984.0),
        ] {
            assert_eq!(claims(text), vec![(Some(value), None, None)], "{text}");
        }
        assert!(claims("Từ năm 2015 giáo viên được tập huấn.").is_empty());
        // Round 31's h259 unseparated: a label names the bare figure.
        assert_eq!(
            claims("- Thanh niên trên địa bàn: khoảng 2100"),
            vec![(Some(2100.0), None, None)]
        );
        // A year's context keeps it a year: `năm`, a span, a month, a
        // holiday's name (h15: `Tết Sum vầy 2025 chăm lo`), and a year
        // before the verb `tổ chức`.
        assert!(claims("Từ năm 2000 hộ gia đình ông chuyển sang nuôi bò.").is_empty());
        assert!(claims("trong giai đoạn 2000 - 2005 các hộ").is_empty());
        assert!(claims("từ tháng 5/2000 người dân").is_empty());
        assert!(claims("Tết Sum vầy 2025 chăm lo cho đoàn viên").is_empty());
        assert!(claims("Dịp Tết 2024 tổ chức cho công nhân về quê").is_empty());
        // After a time, season or holiday word the number is a year even
        // before a noun of households or people (h46: `vụ chiêm xuân 2024
        // toàn tỉnh`; ours: `Trong 2023 hộ nghèo giảm`).
        assert_eq!(
            claims("Trong 2023 hộ nghèo giảm còn 120 hộ."),
            vec![(Some(120.0), None, None)]
        );
        assert!(claims("vụ chiêm xuân 2024 hộ nông dân gieo cấy sớm").is_empty());
        assert!(claims("Dịp Tết 2024 người dân được nhận quà").is_empty());
    }

    #[test]
    fn seasons_written_with_a_slash_are_no_fractions() {
        // d22: `So sánh với vụ ép mía 2020/21 sản lượng mía ép đạt 143%`
        assert_eq!(
            claims("So sánh với vụ ép mía 2020/21 sản lượng mía ép đạt 143%."),
            vec![(None, None, Some(143.0))]
        );
        assert!(claims("trong năm học 2022/2023 các trường").is_empty());
        // A fraction whose parts merely look like years stays a fraction.
        assert_eq!(
            claims("kết nạp 2020/2500 đoàn viên"),
            vec![(Some(2020.0), Some(2500.0), None)]
        );
    }
}
