//! The CSV of each bundled article, as insta snapshots (one per fixture,
//! named after it). A snapshot is accepted only after reading every row
//! against the article; any change to the extraction shows here as a diff.

mod common;

use common::stdout_of;

/// The CSV `chitieu extract` writes for one fixture.
fn csv_of(name: &str) -> String {
    stdout_of(&["extract", &format!("fixtures/{name}.txt")])
}

#[test]
fn bac_tu_liem_2022() {
    insta::assert_snapshot!("bac-tu-liem-2022", csv_of("bac-tu-liem-2022"));
}

#[test]
fn ha_noi_2023() {
    insta::assert_snapshot!("ha-noi-2023", csv_of("ha-noi-2023"));
}

#[test]
fn phu_xuyen_plan() {
    insta::assert_snapshot!("phu-xuyen-plan", csv_of("phu-xuyen-plan"));
}

#[test]
fn soc_son_2020() {
    insta::assert_snapshot!("soc-son-2020", csv_of("soc-son-2020"));
}

#[test]
fn thanh_xuan_2016() {
    insta::assert_snapshot!("thanh-xuan-2016", csv_of("thanh-xuan-2016"));
}
