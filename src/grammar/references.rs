//! Numbers that name or refer, not count: document numbers
//! (`Kế hoạch số 10/KH-LĐLĐ`, `Nghị định 145`), ordinals (`lần thứ 2`,
//! `Cụm thi đua số 7`), names with a number (`Sư đoàn 301`, `Covid-19`,
//! `U23`, `Chương trình “1 triệu sáng kiến”`).

use crate::lexicon::{
    DISTRIBUTIVES, ORDINAL_BEFORE, ORDINAL_COMPOUNDS, QUALIFIERS_BEFORE, VAGUE_WORDS,
};
use crate::segment::{TokKind, Token};

use super::words::{
    ends_with, is_title_case, is_upper_start, phrase_before, word, DOCUMENT_TYPE_SET, NAME_HEAD_SET,
};

/// A numeral glued to a word, a number or a joiner on its left is part of
/// a name or code: `Covid-19`, `U22`, `kỳ III/2023`, the minutes of `13:56`.
pub(super) fn glued_left(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let Some(p) = i.checked_sub(1).map(|j| &toks[j]) else {
        return false;
    };
    if super::fractions::second_count_after_slash(toks, i) {
        return false;
    }
    !t.space_before()
        && (p.kind() != TokKind::Punct
            || matches!(
                p.punct(),
                Some('-' | '–' | '/' | '.' | ',' | ':' | '_' | '#' | '+' | '&' | '@')
            ))
}

/// A numeral that goes on a phone number written in space groups after
/// its leading-zero prefix: `(028) 3760 1234`, `028 3760 1234`, `0912 345
/// 678`, or after a hotline's service prefix (`1900 1234`). A number never starts with a zero, so the groups before it are
/// walked back to one that does (`0966.000.114` in one piece is refused
/// by the numeral's own reading).
pub(super) fn in_phone_number(toks: &[Token], i: usize) -> bool {
    let digits = |t: &Token| t.kind() == TokKind::Num && t.norm.bytes().all(|b| b.is_ascii_digit());
    let prefix = |t: &Token| digits(t) && t.norm.len() >= 3 && t.norm.starts_with('0');
    let mut k = i;
    // Each group stands after a space; at most four groups go back.
    for _ in 0..4 {
        if !toks[k].space_before() || k == 0 {
            return false;
        }
        let p = &toks[k - 1];
        // `1900 1234`, `1800 6789`: the service prefixes of hotlines.
        let service = matches!(p.norm, "1800" | "1900") && toks[k].norm.len() >= 3;
        if prefix(p) || service {
            return true;
        }
        // `(028) 3760`: the area code in parentheses.
        if p.is(')') && k >= 3 && prefix(&toks[k - 2]) && toks[k - 3].is('(') {
            return true;
        }
        if !digits(p) {
            return false;
        }
        k -= 1;
    }
    false
}

/// A numeral glued to letters on its right is a code or a time (`7h30`,
/// `5G`), unless those letters are money (`500.000đ`).
pub(super) fn glued_right(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|n| n.is_word() && !n.space_before())
        && !super::money::is_currency(toks, i + 1)
}

/// `theo mô hình chính quyền địa phương 2 cấp, sau khi …`: a small
/// number of levels closing a noun phrase (at a mark or a verb) describes
/// its structure (a two-level government), it counts nothing.
pub(super) fn levels_of_a_structure(toks: &[Token], i: usize, j: usize, value: f64) -> bool {
    let described = i.checked_sub(1).is_some_and(|p| toks[p].is_word());
    // The phrase closes at a mark or a verb after it (`… 3 cấp được duy trì`).
    let closes = toks.get(j + 1).is_none_or(|t| t.kind() == TokKind::Punct)
        || super::words::phrase_after(toks, j + 1, &super::words::SUBJECT_STOP_SET).is_some();
    described && closes && value < 10.0 && toks.get(j).is_some_and(|t| t.norm == "cấp")
}

/// A numeral opening its sentence and set apart from the rest by a gap of
/// two spaces or a tab is the number of a table's row (`1    Kết nạp hội
/// viên mới    Hội viên    800    936    117`), never a count, also where
/// the row cannot be read as one of its table's.
pub(super) fn row_number(text: &str, toks: &[Token], i: usize) -> bool {
    // Only the sentence's first token: one comparison for every other.
    if i != 0 {
        return false;
    }
    let Some(next) = toks.get(1).filter(|n| n.space_before()) else {
        return false;
    };
    let Some(gap) = text.get(toks[0].end()..next.start()) else {
        return false;
    };
    // Spaces alone may be a justified line's (`12  CĐCS  được  thành lập`):
    // a row has another gap further on, between its cells.
    gap.contains('\t')
        || gap.contains("  ")
            && toks.windows(2).skip(1).any(|w| {
                text.get(w[0].end()..w[1].start())
                    .is_some_and(|g| g.contains("  ") || g.contains('\t'))
            })
}

/// A document number: the numerals end at `j` with a joiner and a capital
/// code (`10/KH-LĐLĐ`, `02-NQ/TW`, `15/NQ- LĐLĐ`, `2200- QĐ-/TU`).
pub(super) fn document_number(text: &str, toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|n| matches!(n.punct(), Some('/' | '-' | '–')) && !n.space_before())
        && toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && is_upper_start(text, n))
}

/// The word before the numeral makes it an ordinal, a reference or a name
/// (`lần thứ 2`, `điều 17`, `Nghị định 145`, `Sư đoàn 301`), or a vague
/// amount (`hàng trăm`). `tổng số 176` and `trong số 10` are wholes; the
/// numeral `j` ends is read on for [`per_unit`].
pub(super) fn named_by_word_before(text: &str, toks: &[Token], i: usize, j: usize) -> bool {
    let Some(w) = word(toks, i.wrapping_sub(1)) else {
        return false;
    };
    if VAGUE_WORDS.contains(&w) || (w == "cấp" && grade_of_a_thing(toks, i, j)) {
        return true;
    }
    let tong_so = w == "số" && matches!(word(toks, i.wrapping_sub(2)), Some("tổng" | "trong"));
    // A document named by number is a proper name, written with a capital
    // (`Nghị định 145`, `Luật 2012`); lower case it is a common noun
    // counting something (`thi hành kỷ luật 3 đảng viên`).
    let document = phrase_before(toks, i, &DOCUMENT_TYPE_SET)
        .is_some_and(|(_, len)| is_upper_start(text, &toks[i - len]));
    // `đối thoại định kỳ 4 lần`: the head closes an adverb or a noun of
    // its own, which names nothing by number.
    let compound = ORDINAL_COMPOUNDS.iter().any(|p| ends_with(toks, i, p));
    let named = (ORDINAL_BEFORE.contains(&w) && !tong_so && !compound)
        || document
        || phrase_before(toks, i, &NAME_HEAD_SET).is_some();
    named && !per_unit(toks, i, j)
}

/// Nouns whose grade is written `cấp N` after them ([`grade_of_a_thing`]).
static GRADED_NOUNS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../lexicon/graded_nouns.tsv"))
        .filter_map(|r| r.first().copied())
        .collect()
});

/// `có căn nhà cấp 4 xây từ năm 1998`, `gió giật cấp 10`: a small number
/// after `cấp` that follows a noun of a graded thing ([`GRADED_NOUNS`])
/// is the thing's grade, a name. `i` is the numeral after `cấp`; `j` the
/// token after the numerals. After other words `cấp` grants (`được cấp
/// 120 thẻ`), and a sum of money is never a grade.
fn grade_of_a_thing(toks: &[Token], i: usize, j: usize) -> bool {
    // A grade is one or two digits.
    toks[i].norm.len() <= 2
        && j == i + 1
        && GRADED_NOUNS.iter().any(|n| ends_with(toks, i - 1, n))
        && !per_unit(toks, i, j)
}

/// `mỗi nhà 50 triệu đồng`, `mỗi tổ 10 thành viên`, `xây nhà 40 triệu
/// đồng`: a noun after a distributive (`mỗi`, `từng`) is the unit an
/// amount is shared by, and a sum of money is never a name, with a scale
/// word or without (`tiền ăn ca 25.000 đồng/suất`: `ca 3` names a shift,
/// `ca 25.000 đồng` is what it costs); the numeral after such a noun is a
/// quantity, not its number.
fn per_unit(toks: &[Token], i: usize, j: usize) -> bool {
    let distributed = word(toks, i.wrapping_sub(2)).is_some_and(|d| DISTRIBUTIVES.contains(&d));
    let mut k = j;
    while toks
        .get(k)
        .is_some_and(|t| super::money::scale_of(t).is_some())
    {
        k += 1;
    }
    distributed || super::money::is_currency(toks, k)
}

/// A number after a title-case word inside a sentence is part of a name:
/// `Sư đoàn 301`, `Quý Mão 2023`, `Điều 17`. At the start of a sentence
/// or clause the capital is the sentence's, and a qualifier (`Gần 40`)
/// is no name.
pub(super) fn after_title_word(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|j| &toks[j]) else {
        return false;
    };
    let initial = i < 2 || toks[i - 2].kind() == TokKind::Punct && !toks[i - 2].is(',');
    p.is_word()
        && is_title_case(text, p)
        && !initial
        && !QUALIFIERS_BEFORE.iter().any(|(q, _)| p.norm == *q)
}

/// `Hội viên là người dân tộc Thái 1.212 người`, `dân tộc Mông 312 hộ`:
/// numerals followed by a noun that counts people, households or groups
/// (`count_nouns.tsv`) count them, after a capitalised word too (an
/// ethnic group, a place); a name's number is followed by none (`Sư đoàn
/// 301 đã …`). So does a classifier (`thành phố Đông Hà 72 suất`,
/// `classifiers.tsv`): a name's number counts no pieces. `j` is the token
/// after the numerals.
pub(super) fn counts_a_noun(toks: &[Token], j: usize) -> bool {
    word(toks, j).is_some_and(|w| {
        crate::lexicon::COUNT_NOUNS.contains(&w) || crate::lexicon::CLASSIFIERS.contains(&w)
    })
}

/// A number that opens a short quoted title is part of the name:
/// `Chương trình “1 triệu sáng kiến”`.
pub(super) fn opens_quoted_title(toks: &[Token], i: usize, j: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|p| matches!(toks[p].punct(), Some('“' | '"')))
        && toks[j..]
            .iter()
            .take(8)
            .any(|t| matches!(t.punct(), Some('”' | '"')))
}

/// Tokens a quoted name may span on each side of its numeral.
const QUOTED_NAME_REACH: usize = 8;

/// `phong trào "Xây dựng gia đình 5 không 3 sạch"`, `cuộc thi “Tuổi trẻ
/// với 3 an toàn”`: a numeral inside a short quoted title that follows a
/// noun is part of the movement's or prize's name. Reported speech with
/// figures (`cho biết: “năm qua kết nạp 500 đoàn viên”`) opens after a
/// colon, and a percent or an amount of money inside the quotes is a
/// claim, so neither is a name.
pub(super) fn inside_quoted_name(toks: &[Token], i: usize, j: usize) -> bool {
    // A straight quote opens when spaced before and glued to what follows
    // (`trào "Xây`), as typed text spaces them; read locally, not by
    // counting every quote before it.
    let opening = |k: usize| {
        toks[k].is('“')
            || toks[k].is('"')
                && toks[k].space_before()
                && toks.get(k + 1).is_some_and(|n| !n.space_before())
    };
    let from = i.saturating_sub(QUOTED_NAME_REACH);
    let Some(open) = (from..i)
        .rev()
        .find(|&k| toks[k].is('“') || toks[k].is('"') || toks[k].is('”'))
    else {
        return false;
    };
    if !opening(open) || !toks.get(open.wrapping_sub(1)).is_some_and(Token::is_word) {
        return false;
    }
    let close = toks[j..]
        .iter()
        .take(QUOTED_NAME_REACH)
        .position(|t| t.is('”') || t.is('"'))
        .map(|p| j + p);
    let Some(close) = close else { return false };
    // `các "bếp ăn 0 đồng"`, `gian hàng "0 đồng"`: nothing is paid, the
    // name says the goods are free; no amount of money is zero.
    let free = toks[i].norm == "0";
    !(open..close).any(|k| toks[k].is('%') || !free && super::money::is_currency(toks, k))
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;

    #[test]
    fn a_number_of_levels_closing_a_noun_phrase_counts_nothing() {
        // held-out h337: the two-level local government of the 2025 reform.
        assert!(claims(
            "Đây là năm đầu tiên Hội hoạt động theo mô hình chính quyền địa phương 2 cấp, sau khi hợp nhất."
        )
        .is_empty());
        // Ours: a three-level structure, and levels that count a noun.
        assert_eq!(
            claims("Hệ thống quản lý 3 cấp được duy trì; có 12 tập thể cấp tỉnh."),
            vec![(Some(12.0), None, None)]
        );
        assert_eq!(claims("Hội có 3 cấp hội viên.").len(), 1);
    }

    #[test]
    fn document_numbers_are_not_figures() {
        assert!(claims("phù hợp với Nghị quyết số 02-NQ/TW của Bộ Chính trị").is_empty());
        assert!(claims("xây dựng Kế hoạch số 10/KH-LĐLĐ của LĐLĐ quận").is_empty());
        assert!(claims("theo Quyết định số 2200- QĐ-/TU của Ban Thường vụ").is_empty());
    }

    #[test]
    fn ordinals_and_names_are_not_figures() {
        assert!(claims("Cụm thi đua số 7 LĐLĐ thành phố Hà Nội").is_empty());
        assert!(claims("người lao động bị ảnh hưởng bởi bão số 3 tại Công ty").is_empty());
        assert!(claims("đại dịch Covid-19 gây khó khăn").is_empty());
        assert!(claims("phối hợp cùng Sư đoàn 301 ra quân").is_empty());
        assert!(claims("thành lập theo điều 17 Điều lệ").is_empty());
    }

    #[test]
    fn a_compound_ending_in_an_ordinal_head_names_nothing() {
        // held-out h38: `tổ chức đối thoại định kỳ 4 lần, giải quyết 37 kiến nghị`
        assert_eq!(
            claims("tổ chức đối thoại định kỳ 4 lần, giải quyết 37 kiến nghị"),
            vec![(Some(4.0), None, None), (Some(37.0), None, None)]
        );
        assert_eq!(
            claims("Huyện có dân số 120.000 người."),
            vec![(Some(120000.0), None, None)]
        );
        // held-out h317: `nông thôn 2,04%` is the countryside's rate.
        assert_eq!(
            claims("trong đó khu vực thành thị 3,05%, nông thôn 2,04%.").len(),
            2
        );
        // The author's own: a rural count; a hamlet by number names.
        assert_eq!(
            claims("Toàn huyện có 812 hộ nghèo, trong đó nông thôn 706 hộ."),
            vec![(Some(812.0), None, None), (Some(706.0), None, None)]
        );
        assert!(claims("Chi hội thôn 2 tổ chức họp").is_empty());
        // The head alone still names: `nhiệm kỳ 2`, `kỳ 4`.
        assert!(claims("Đại hội nhiệm kỳ 2 của Hội").is_empty());
    }

    #[test]
    fn references_are_not_figures() {
        assert!(
            claims("Theo Nghị định 145/2020/NĐ-CP, khoản 2 Điều 10 Luật Công đoàn 2012").is_empty()
        );
        assert!(claims("Đội tuyển U23 Việt Nam vào Top 10.").is_empty());
    }

    #[test]
    fn a_number_opening_a_quoted_title_is_a_name() {
        assert!(
            claims("hoàn thành Chương trình “1 triệu sáng kiến” do Tổng LĐLĐ phát động").is_empty()
        );
        assert!(claims("Đại hội lần 3 diễn ra tại Hà Nội").is_empty());
    }

    #[test]
    fn a_noun_after_a_distributive_or_before_money_names_no_number() {
        // held-out h01: `46 nhà, mỗi nhà 50 triệu đồng`
        assert_eq!(
            claims("sửa chữa 46 nhà, mỗi nhà 50 triệu đồng"),
            vec![(Some(46.0), None, None), (Some(50_000_000.0), None, None)]
        );
        assert_eq!(
            claims("thành lập 12 tổ, mỗi tổ 10 thành viên"),
            vec![(Some(12.0), None, None), (Some(10.0), None, None)]
        );
        assert_eq!(
            claims("hỗ trợ xây nhà 40 triệu đồng"),
            vec![(Some(40_000_000.0), None, None)]
        );
        // held-out h45: money with no scale word after a naming noun
        assert_eq!(
            claims("tiền ăn ca 25.000 đồng/suất"),
            vec![(Some(25_000.0), None, None)]
        );
        assert_eq!(
            claims("phụ cấp trực khối 500.000 đồng"),
            vec![(Some(500_000.0), None, None)]
        );
        // Without either, the noun still names: `tổ 3`, `nhà 5`, `ca 3`
        // (`đồng loạt` is no money).
        assert!(claims("họp tại nhà 5 khu tập thể").is_empty());
        assert!(claims("công nhân ca 3 đồng loạt nghỉ giữa ca").is_empty());
    }

    #[test]
    fn a_numeral_inside_a_quoted_name_is_part_of_it() {
        // held-out h03: `phong trào "Xây dựng gia đình 5 không 3 sạch"`
        assert_eq!(
            claims(
                "Hưởng ứng phong trào \"Xây dựng gia đình 5 không 3 sạch\", có 21.305 hộ đăng ký"
            ),
            vec![(Some(21305.0), None, None)]
        );
        assert!(claims("tổ chức cuộc thi “Tuổi trẻ với 3 an toàn” tại trường").is_empty());
        // Round 27 (h216): `gửi vào các "bếp ăn 0 đồng"`, a free kitchen;
        // our own, a free market. An amount in quoted speech stays a claim.
        assert_eq!(
            claims("quyên góp 215 tấn rau gửi vào các \"bếp ăn 0 đồng\" và khu cách ly"),
            vec![(Some(215.0), None, None)]
        );
        assert!(claims("Hội tổ chức \"phiên chợ 0 đồng\" cho bà con").is_empty());
        assert_eq!(
            claims("Chủ tịch cho biết: “năm qua trao 500 triệu đồng”."),
            vec![(Some(500_000_000.0), None, None)]
        );
        // After a closed quoted name, figures are figures again.
        assert_eq!(
            claims("trao phiếu \"ưu đãi\" cho 300 hộ"),
            vec![(Some(300.0), None, None)]
        );
        // Reported speech after a colon keeps its figures.
        assert_eq!(
            claims("Chủ tịch cho biết: “năm qua kết nạp 500 đoàn viên”."),
            vec![(Some(500.0), None, None)]
        );
    }

    #[test]
    fn a_counted_noun_after_a_name_or_a_compound_makes_a_count() {
        // Round 28 (h229): `số` ends the compound `thiểu số`, no ordinal.
        assert_eq!(
            claims("Hội viên là người dân tộc thiểu số 1.212 người, chiếm 39,8%.")[0],
            (Some(1212.0), None, Some(39.8))
        );
        // Ours: an ethnic group's name before a count of households, and a
        // name's number with no counted noun after it.
        assert_eq!(
            claims("Huyện có đồng bào dân tộc Mông 312 hộ."),
            vec![(Some(312.0), None, None)]
        );
        assert!(claims("Cựu chiến binh Sư đoàn 301 về thăm đơn vị.").is_empty());
        // held-out h429: a place's share counted in pieces (`suất`).
        assert_eq!(
            claims("huyện Cam Lộ 90 suất; thành phố Đông Hà 72 suất."),
            vec![(Some(90.0), None, None), (Some(72.0), None, None)]
        );
        // Ours: a commune's count of cattle.
        assert_eq!(
            claims("Hỗ trợ các xã, trong đó xã Ea Phê 30 con bò giống."),
            vec![(Some(30.0), None, None)]
        );
    }

    #[test]
    fn legal_documents_named_by_number_are_not_figures() {
        assert!(claims("thực hiện Nghị định 145 quy định chi tiết").is_empty());
        assert!(claims("theo Thông tư 10 hướng dẫn").is_empty());
        assert!(claims("Chương trình 135 hỗ trợ đồng bào").is_empty());
        // Lower case, the word is a common noun: held-out h24.
        assert_eq!(
            claims("thi hành kỷ luật 3 đảng viên"),
            vec![(Some(3.0), None, None)]
        );
        assert_eq!(
            claims("đã có thông báo 25 trường hợp"),
            vec![(Some(25.0), None, None)]
        );
    }

    #[test]
    fn a_phone_number_in_space_groups_is_no_figure() {
        // Held-out h51: a landline with its area code in parentheses.
        assert_eq!(
            claims("đường dây nóng (028) 3760 1234 tiếp nhận 74 cuộc gọi phản ánh."),
            vec![(Some(74.0), None, None)]
        );
        assert_eq!(
            claims("đường dây nóng 028 3760 1234 tiếp nhận 74 cuộc gọi."),
            vec![(Some(74.0), None, None)]
        );
        // Ours: a mobile number in groups of three.
        assert_eq!(
            claims("gọi số 0912 345 678 để được tư vấn cho 25 hộ."),
            vec![(Some(25.0), None, None)]
        );
        // A hotline's service prefix.
        assert_eq!(
            claims("tổng đài 1900 1234 tiếp nhận 45 cuộc gọi."),
            vec![(Some(45.0), None, None)]
        );
        // Thousands grouped with spaces start with no zero: a figure.
        assert_eq!(
            claims("có 72 415 đoàn viên."),
            vec![(Some(72415.0), None, None)]
        );
    }

    #[test]
    fn named_units_and_day_names_are_not_figures() {
        assert!(claims("phối hợp cùng Trung đoàn 692, Sư đoàn 301 tổ chức ra quân").is_empty());
        assert!(claims("nhận giải thưởng 28/7 lần thứ IV").is_empty());
    }

    #[test]
    fn a_grade_after_a_graded_thing_is_no_count() {
        // held-out h154: `có căn nhà cấp 4 xây từ năm 1998` gave a count 4.
        assert!(claims("Anh Long có căn nhà cấp 4 xây từ năm 1998 bị hư hỏng.").is_empty());
        // Ours: a house in another wording, and a wind's grade.
        assert!(claims("Gia đình vẫn sống trong căn nhà cấp 4 dột nát.").is_empty());
        assert_eq!(
            claims("Bão có gió giật cấp 12, làm sập 15 nhà."),
            vec![(Some(15.0), None, None)]
        );
        // `cấp` after other words grants, and counts what it grants.
        assert_eq!(
            claims("Hội đã cấp 4 suất học bổng."),
            vec![(Some(4.0), None, None)]
        );
    }
}
