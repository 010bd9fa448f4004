//! A report's title printed in capitals names both the year it reviews
//! and the plans after it (`TỔNG KẾT CÔNG TÁC HỘI NĂM 2021, PHƯƠNG HƯỚNG
//! NHIỆM VỤ NĂM 2022`): it is the report's title, not a section naming
//! plans, so the results after it stay results of the year reviewed, as
//! they are under the same title in small letters. Wrapped over two lines
//! (`… NĂM 2021` ⏎ `VÀ PHƯƠNG HƯỚNG …`), the line opening with `VÀ` goes
//! on from the one before (`open_line_starts.tsv`) and the title is read
//! whole.

use chitieu::record::Kind;
use chitieu::{Document, Options, Record};

fn kinds(title: &str) -> Vec<(Option<f64>, Kind, Option<i32>)> {
    let text = format!(
        "HỘI CCB TỈNH BẾN TRE          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         HỘI CCB HUYỆN GIỒNG TRÔM             Độc lập - Tự do - Hạnh phúc\n\n\
         BÁO CÁO\n{title}\n\n1. Tình hình tổ chức\n\
         Toàn huyện có 12 cơ sở Hội với 2.315 hội viên. Có 2.020/2.315 hội viên xếp loại tốt, đạt 87,3%.\n"
    );
    let records: Vec<Record> =
        chitieu::extract(&Document::new("r.txt", &text), &Options::default());
    records
        .into_iter()
        .map(|r| (r.achieved, r.kind, r.year))
        .collect()
}

#[test]
fn a_title_in_capitals_reviewing_a_year_keeps_its_results() {
    let small = kinds("Tổng kết công tác Hội năm 2021, phương hướng nhiệm vụ năm 2022");
    assert_eq!(small.len(), 3, "{small:?}");
    assert!(
        small
            .iter()
            .all(|(_, k, y)| *k == Kind::Actual && *y == Some(2021)),
        "{small:?}"
    );
    // h189's title in capitals, on one line and wrapped over two.
    for title in [
        "TỔNG KẾT CÔNG TÁC HỘI NĂM 2021, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2022",
        "TỔNG KẾT CÔNG TÁC HỘI NĂM 2021\nVÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2022",
    ] {
        assert_eq!(kinds(title), small, "{title}");
    }
}

#[test]
fn a_half_year_review_in_capitals_keeps_its_results() {
    // Our own: a half-year review and the plans for the rest of the year.
    let small = kinds("Sơ kết công tác Hội 6 tháng đầu năm 2021, phương hướng 6 tháng cuối năm");
    let caps = kinds("SƠ KẾT CÔNG TÁC HỘI 6 THÁNG ĐẦU NĂM 2021\nVÀ PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM");
    assert!(
        small.iter().all(|(_, k, _)| *k == Kind::Actual),
        "{small:?}"
    );
    assert_eq!(caps, small);
}
