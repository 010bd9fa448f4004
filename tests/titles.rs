//! A report's title printed in capitals names both the year it reviews
//! and the plans after it (`TỔNG KẾT CÔNG TÁC HỘI NĂM 2021, PHƯƠNG HƯỚNG
//! NHIỆM VỤ NĂM 2022`): it is the report's title, not a section naming
//! plans, so the results after it stay results of the year reviewed, as
//! they are under the same title in small letters. Wrapped over two lines
//! (`… NĂM 2021` ⏎ `VÀ PHƯƠNG HƯỚNG …`), the line opening with `VÀ` goes
//! on from the one before (`open_line_starts.tsv`) and the title is read
//! whole.
//!
//! The title is every line under the report's type (`BÁO CÁO`) up to the
//! blank line, in small letters or in capitals: no section heading (its
//! plan words open no plan section) and no section's year (its last year,
//! the plans', dates no section after it); its first year is the year
//! the report reviews when the next is the year after.

use chitieu::record::Kind;
use chitieu::{Document, Options, Record};

/// The (achieved, kind, year) of the records of `text`.
fn achieved_kind_year(text: &str) -> Vec<(Option<f64>, Kind, Option<i32>)> {
    let records: Vec<Record> = chitieu::extract(&Document::new("r.txt", text), &Options::default());
    records
        .into_iter()
        .map(|r| (r.achieved, r.kind, r.year))
        .collect()
}

fn kinds(title: &str) -> Vec<(Option<f64>, Kind, Option<i32>)> {
    let text = format!(
        "HỘI CCB TỈNH BẾN TRE          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         HỘI CCB HUYỆN GIỒNG TRÔM             Độc lập - Tự do - Hạnh phúc\n\n\
         BÁO CÁO\n{title}\n\n1. Tình hình tổ chức\n\
         Toàn huyện có 12 cơ sở Hội với 2.315 hội viên. Có 2.020/2.315 hội viên xếp loại tốt, đạt 87,3%.\n"
    );
    achieved_kind_year(&text)
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

/// The (achieved, kind, year) of a budget report under letterhead lines
/// of its own, with `title` under `BÁO CÁO` (as held-out h140 and h206):
/// two sections of results, the second naming no year, and the estimate
/// for the year after.
fn budget(title: &str) -> Vec<(Option<f64>, Kind, Option<i32>)> {
    let text = format!(
        "UỶ BAN NHÂN DÂN                          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         HUYỆN TUY AN                                   Độc lập - Tự do - Hạnh phúc\n\
         Số: 312/BC-UBND                           Tuy An, ngày 10 tháng 12 năm 2014\n\n\
         \x20                               BÁO CÁO\n{title}\n\n\
         1. Thu ngân sách\n\
         Tổng thu ngân sách trên địa bàn năm 2014 ước thực hiện 86.540 triệu đồng.\n\n\
         2. Chi ngân sách\n\
         Tổng chi ngân sách huyện ước thực hiện 412 tỷ 360 triệu đồng, đạt 104,7% dự toán.\n\n\
         3. Dự toán năm 2015\n\
         Chi ngân sách huyện 398.450 triệu đồng.\n"
    );
    achieved_kind_year(&text)
}

#[test]
fn a_budget_title_naming_next_year_s_estimate_dates_no_section() {
    // h140: the title's last year is the estimate's; the section `2. Chi
    // ngân sách` names no year and is of the year reviewed.
    let small = budget(
        "        Tình hình thực hiện dự toán ngân sách nhà nước năm 2014\n\
         \x20                       và dự toán năm 2015",
    );
    assert_eq!(
        small,
        [
            (Some(86_540e6), Kind::Actual, Some(2014)),
            (Some(412_360e6), Kind::Actual, Some(2014)),
            (Some(398_450e6), Kind::Plan, Some(2015)),
        ]
    );
    let caps = budget(
        "        TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2014\n\
         \x20                       VÀ DỰ TOÁN NĂM 2015",
    );
    assert_eq!(caps, small);
    // Ours: the year's final accounts and the next year's allocation.
    let own = budget(
        "      Quyết toán thu, chi ngân sách địa phương năm 2014\n\
         \x20             và phân bổ ngân sách năm 2015",
    );
    assert_eq!(own, small);
}

#[test]
fn a_title_in_capitals_naming_the_year_s_estimate_keeps_its_results() {
    // h206's title in capitals: `VÀ DỰ KIẾN KHẢ NĂNG THỰC HIỆN CẢ NĂM`.
    let small = budget(
        "    Tình hình thực hiện thu, chi ngân sách nhà nước 9 tháng đầu năm 2014\n\
         \x20                 và dự kiến khả năng thực hiện cả năm",
    );
    assert_eq!(small.len(), 3, "{small:?}");
    assert!(
        small[..2].iter().all(|(_, k, _)| *k == Kind::Actual),
        "{small:?}"
    );
    let caps = budget(
        "    TÌNH HÌNH THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC 9 THÁNG ĐẦU NĂM 2014\n\
         \x20                 VÀ DỰ KIẾN KHẢ NĂNG THỰC HIỆN CẢ NĂM",
    );
    assert_eq!(caps, small);
    // Ours: the tasks for the rest of the year, after a comma.
    let caps = budget(
        "TÌNH HÌNH THU, CHI NGÂN SÁCH 9 THÁNG NĂM 2014,\n\
         NHIỆM VỤ, GIẢI PHÁP 3 THÁNG CUỐI NĂM",
    );
    assert_eq!(caps, small);
}
