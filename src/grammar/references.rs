//! Numbers that name or refer, not count: document numbers
//! (`Kế hoạch số 10/KH-LĐLĐ`, `Nghị định 145`), ordinals (`lần thứ 2`,
//! `Cụm thi đua số 7`), names with a number (`Sư đoàn 301`, `Covid-19`,
//! `U23`, `Chương trình “1 triệu sáng kiến”`).

use crate::lexicon::{ORDINAL_BEFORE, QUALIFIERS_BEFORE, VAGUE_WORDS};
use crate::segment::{TokKind, Token};

use super::words::{
    is_title_case, is_upper_start, phrase_before, word, DOCUMENT_TYPE_SET, NAME_HEAD_SET,
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
    !t.space_before
        && (p.kind != TokKind::Punct
            || matches!(
                p.punct(),
                Some('-' | '–' | '/' | '.' | ',' | ':' | '_' | '#' | '+' | '&' | '@')
            ))
}

/// A numeral glued to letters on its right is a code or a time (`7h30`,
/// `5G`), unless those letters are money (`500.000đ`).
pub(super) fn glued_right(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|n| n.is_word() && !n.space_before)
        && !super::money::is_currency(toks, i + 1)
}

/// A document number: the numerals end at `j` with a joiner and a capital
/// code (`10/KH-LĐLĐ`, `02-NQ/TW`, `15/NQ- LĐLĐ`, `2200- QĐ-/TU`).
pub(super) fn document_number(text: &str, toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|n| matches!(n.punct(), Some('/' | '-' | '–')) && !n.space_before)
        && toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && is_upper_start(text, n))
}

/// The word before the numeral makes it an ordinal, a reference or a name
/// (`lần thứ 2`, `điều 17`, `Nghị định 145`, `Sư đoàn 301`), or a vague
/// amount (`hàng trăm`). `tổng số 176` and `trong số 10` are wholes.
pub(super) fn named_by_word_before(toks: &[Token], i: usize) -> bool {
    let Some(w) = word(toks, i.wrapping_sub(1)) else {
        return false;
    };
    let tong_so = w == "số" && matches!(word(toks, i.wrapping_sub(2)), Some("tổng" | "trong"));
    (ORDINAL_BEFORE.contains(&w) && !tong_so)
        || VAGUE_WORDS.contains(&w)
        || phrase_before(toks, i, &DOCUMENT_TYPE_SET).is_some()
        || phrase_before(toks, i, &NAME_HEAD_SET).is_some()
}

/// A number after a title-case word inside a sentence is part of a name:
/// `Sư đoàn 301`, `Quý Mão 2023`, `Điều 17`. At the start of a sentence
/// or clause the capital is the sentence's, and a qualifier (`Gần 40`)
/// is no name.
pub(super) fn after_title_word(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|j| &toks[j]) else {
        return false;
    };
    let initial = i < 2 || toks[i - 2].kind == TokKind::Punct && !toks[i - 2].is(',');
    p.is_word()
        && is_title_case(text, p)
        && !initial
        && !QUALIFIERS_BEFORE.iter().any(|(q, _)| p.norm == *q)
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

#[cfg(test)]
mod tests {
    use super::super::tests::claims;

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
    fn legal_documents_named_by_number_are_not_figures() {
        assert!(claims("thực hiện Nghị định 145 quy định chi tiết").is_empty());
        assert!(claims("theo Thông tư 10 hướng dẫn").is_empty());
    }

    #[test]
    fn named_units_and_day_names_are_not_figures() {
        assert!(claims("phối hợp cùng Trung đoàn 692, Sư đoàn 301 tổ chức ra quân").is_empty());
        assert!(claims("nhận giải thưởng 28/7 lần thứ IV").is_empty());
    }
}
