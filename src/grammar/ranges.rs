//! Ranges: `từ 2.000 đến 2.500`, `4-5 triệu đồng`, and the year spans of
//! terms written the same way (`2023 - 2028`). SPEC §1 does not require
//! them; none is emitted.

use crate::segment::{TokKind, Token};

/// A range whose first part ends at token `j`: where to resume after its
/// second numeral.
pub(super) fn range_end(toks: &[Token], j: usize) -> Option<usize> {
    let sep = toks.get(j)?;
    let dash = matches!(sep.punct(), Some('-' | '–'));
    // `từ 2.000 đến 2.500`, and without `từ` (`phát triển mới 3.000 đến
    // 5.000 đoàn viên`): a figure, `đến`/`tới`, a figure.
    let to = matches!(sep.norm, "đến" | "tới");
    ((dash || to) && toks.get(j + 1).is_some_and(|n| n.kind == TokKind::Num)).then_some(j + 2)
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;

    #[test]
    fn ranges_are_not_required_and_not_emitted() {
        assert!(claims("Mức hỗ trợ từ 2 đến 5 triệu đồng/người.").is_empty());
        assert!(claims("hỗ trợ 4-5 triệu đồng mỗi người").is_empty());
        // d07: `phát triển mới 3.000 đến 5.000 đoàn viên`
        assert!(claims("phát triển mới 3.000 đến 5.000 đoàn viên").is_empty());
        assert!(claims("mỗi lớp 30 tới 40 học viên").is_empty());
    }
}
