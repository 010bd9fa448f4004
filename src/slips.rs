//! Single slips: which one-keystroke error in a claim's stated figures would
//! make them add up. The grammar put in the record where each figure is
//! written and its numeral as written (`2134`, `1800`, `128,56`, and the
//! `gần` before a percent); this module tries every figure with one digit
//! changed or two neighbouring digits swapped, and keeps the variants that
//! pass the same check as [`crate::check`]. For `2134/1800 (đạt 128,56%)`
//! both `118,56%` and `2314/1800` fit: the slip may be in either figure, so
//! both are named. Rendering the hint is left to the output layer.

use crate::check::agrees;
use crate::number;
pub use crate::record::Role;
use crate::record::{self, Qualifier, Record};

/// One figure of a claim as it stands in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Which figure it is.
    pub role: Role,
    /// The numeral as written (`2134`, `1.800`, `128,56`, `3,1`).
    pub written: String,
    /// Character offset of the numeral's first digit in the document text.
    pub start: usize,
    /// Character offset just past the figure (past the `%` of a percent).
    pub end: usize,
    /// The record's value for it (scale words applied: `3,1 tỷ` → 3.1e9).
    pub value: f64,
    /// The record's value over the numeral's (1, or 1e9 for `3,1 tỷ`);
    /// `None` when the value is no one numeral scaled (`1 tỷ 618 triệu`):
    /// such a figure is shown by its value and never varied.
    pub scale: Option<f64>,
    /// Digits after the decimal mark, as written.
    pub decimals: u32,
}

/// The figures a claim states, as the record gives them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stated {
    /// The value reached, if stated.
    pub achieved: Option<Figure>,
    /// The whole or plan, if stated.
    pub target: Option<Figure>,
    /// The percent, if stated.
    pub percent: Option<Figure>,
    /// What the word before or after the percent makes of it (`gần 40%`).
    pub percent_qualifier: Qualifier,
    /// That word as written (`gần`, `trở lên`), for messages.
    pub qualifier_word: Option<String>,
    /// Whether that word follows the percent (`75% trở lên`).
    pub qualifier_after: bool,
}

/// How a figure was slipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SlipKind {
    /// One digit changed (`128,56` for `118,56`).
    Digit,
    /// Two neighbouring digits swapped (`2134` for `2314`).
    Swap,
}

impl SlipKind {
    /// A few words for messages.
    pub fn describe(self) -> &'static str {
        match self {
            SlipKind::Digit => "one digit changed",
            SlipKind::Swap => "two neighbouring digits swapped",
        }
    }
}

/// One slip that would make the claim add up.
#[derive(Debug, Clone, PartialEq)]
pub struct Slip {
    /// The figure the slip is in.
    pub role: Role,
    /// What kind of slip.
    pub kind: SlipKind,
    /// The claim's figures with the slip undone (`written` and `value` of
    /// the slipped figure replaced).
    pub fixed: Stated,
}

/// The slips' view of a record's figure of `role` worth `value`.
fn figure(
    role: Role,
    f: Option<&record::Figure>,
    value: Option<f64>,
    decimals: u32,
) -> Option<Figure> {
    let (f, value) = (f?, value?);
    Some(Figure {
        role,
        written: f.written.clone(),
        start: f.start,
        end: f.end,
        value,
        scale: f.exp.map(|e| 10f64.powi(e as i32)),
        decimals,
    })
}

impl Stated {
    /// The figures of `r`, where the grammar found them written. A value
    /// the record holds without its place (a record made by hand) stays
    /// `None`.
    pub fn of(r: &Record) -> Stated {
        let f = &r.figures;
        Stated {
            achieved: figure(Role::Achieved, f.achieved.as_ref(), r.achieved, 0),
            target: figure(Role::Target, f.target.as_ref(), r.target, 0),
            percent: figure(
                Role::Percent,
                f.percent.as_ref(),
                r.percent,
                r.percent_decimals,
            ),
            percent_qualifier: r.percent_qualifier,
            qualifier_word: f.hedge.as_ref().map(|h| h.words.clone()),
            qualifier_after: f.hedge.as_ref().is_some_and(|h| h.after),
        }
    }

    /// Whether the figures add up by the rules of SPEC §3: `None` when they
    /// are not enough to tell (no achieved or no percent found).
    pub fn adds_up(&self) -> Option<bool> {
        let a = self.achieved.as_ref()?.value;
        let p = self.percent.as_ref()?;
        let t = self.target.as_ref().map(|t| t.value);
        Some(fits(a, t, p.value, p.decimals, self.percent_qualifier))
    }

    /// The figure of `role`, if found.
    pub fn get(&self, role: Role) -> Option<&Figure> {
        match role {
            Role::Achieved => self.achieved.as_ref(),
            Role::Target => self.target.as_ref(),
            Role::Percent => self.percent.as_ref(),
        }
    }

    fn get_mut(&mut self, role: Role) -> Option<&mut Figure> {
        match role {
            Role::Achieved => self.achieved.as_mut(),
            Role::Target => self.target.as_mut(),
            Role::Percent => self.percent.as_mut(),
        }
    }
}

/// Whether `a` of `t` is `p` % (written with `d` decimals, qualified by
/// `q`); without `t`, whether some whole-number target gives it (GRIM).
pub fn fits(a: f64, t: Option<f64>, p: f64, d: u32, q: Qualifier) -> bool {
    match t {
        Some(t) => {
            let c = 100.0 * a / t;
            t != 0.0 && c.is_finite() && agrees(c, p, d, q)
        }
        None => fitting_whole(a, p, d, q).is_some(),
    }
}

pub use crate::check::fitting_whole;

/// Every numeral one slip away from `written`: each digit changed to each
/// other digit, and each pair of neighbouring, different digits swapped.
/// Separators stay where they are; variants that are no number (a leading
/// zero) are dropped.
pub fn variants(written: &str) -> Vec<(String, SlipKind)> {
    let chars: Vec<char> = written.chars().collect();
    let mut out: Vec<(String, SlipKind)> = Vec::new();
    for i in 0..chars.len() {
        if !chars[i].is_ascii_digit() {
            continue;
        }
        for d in '0'..='9' {
            if d != chars[i] {
                let mut v = chars.clone();
                v[i] = d;
                out.push((v.into_iter().collect(), SlipKind::Digit));
            }
        }
    }
    for i in 0..chars.len().saturating_sub(1) {
        let (x, y) = (chars[i], chars[i + 1]);
        if x.is_ascii_digit() && y.is_ascii_digit() && x != y {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            out.push((v.into_iter().collect(), SlipKind::Swap));
        }
    }
    out.retain(|(v, _)| number::parse(v).is_some());
    out
}

/// The single slips that would make a mismatched claim add up: percent
/// first, then achieved, then target; within a figure, changed digits
/// before swaps, smaller values first. Empty when the figures already add
/// up, or are not all found. A claim with small figures can fit many
/// variants: how many to show is the reader's choice.
pub fn slips(stated: &Stated) -> Vec<Slip> {
    if stated.adds_up() != Some(false) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for role in [Role::Percent, Role::Achieved, Role::Target] {
        let Some((fig, scale)) = stated.get(role).and_then(|f| Some((f, f.scale?))) else {
            continue;
        };
        let mut found: Vec<Slip> = variants(&fig.written)
            .into_iter()
            .filter_map(|(written, kind)| {
                let n = number::parse(&written)?;
                let value = n.value() * scale;
                if value <= 0.0 && role != Role::Achieved {
                    return None;
                }
                let mut fixed = stated.clone();
                let f = fixed.get_mut(role)?;
                f.written = written;
                f.value = value;
                f.decimals = n.decimals;
                (fixed.adds_up() == Some(true)).then_some(Slip { role, kind, fixed })
            })
            .collect();
        found.sort_by(|x, y| {
            let v = |s: &Slip| s.fixed.get(role).map_or(0.0, |f| f.value);
            x.kind.cmp(&y.kind).then(v(x).total_cmp(&v(y)))
        });
        out.extend(found);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Options};

    /// The one record of `text`, as extraction makes it, and its figures.
    fn stated(text: &str) -> (Record, Stated) {
        let mut records = crate::extract(&Document::new("t", text), &Options::default());
        assert_eq!(records.len(), 1, "{text}: {records:?}");
        let r = records.remove(0);
        let st = Stated::of(&r);
        (r, st)
    }

    /// Thanh Xuân 2016: `kết nạp được 2134/1800 đoàn viên (đạt 128,56%)`.
    const THANH_XUAN: &str = "Kết nạp được 2134/1800 đoàn viên (đạt 128,56%).";

    fn thanh_xuan() -> Stated {
        stated(THANH_XUAN).1
    }

    #[test]
    fn figures_are_where_the_grammar_read_them() {
        let st = thanh_xuan();
        let chars: Vec<char> = THANH_XUAN.chars().collect();
        let at = |role| {
            st.get(role).map(|f| {
                let shown: String = chars[f.start..f.end].iter().collect();
                (f.written.clone(), shown, f.scale)
            })
        };
        let one = |w: &str, s: &str| Some((w.to_string(), s.to_string(), Some(1.0)));
        assert_eq!(at(Role::Achieved), one("2134", "2134"));
        assert_eq!(at(Role::Target), one("1800", "1800"));
        // The percent's range takes in its `%`, which the record's end covers.
        assert_eq!(at(Role::Percent), one("128,56", "128,56%"));
        assert_eq!(st.adds_up(), Some(false));
    }

    #[test]
    fn thanh_xuan_slip_may_be_in_the_percent_or_in_the_count() {
        let found = slips(&thanh_xuan());
        let named: Vec<(Role, SlipKind, &str)> = found
            .iter()
            .filter_map(|s| {
                s.fixed
                    .get(s.role)
                    .map(|f| (s.role, s.kind, f.written.as_str()))
            })
            .collect();
        assert_eq!(
            named,
            vec![
                (Role::Percent, SlipKind::Digit, "118,56"),
                (Role::Achieved, SlipKind::Swap, "2314"),
            ]
        );
    }

    #[test]
    fn a_claim_that_adds_up_has_no_slips() {
        // Sóc Sơn 2020: `53/85 đơn vị … đạt 62,4%`
        let (_, st) = stated("Có 53/85 đơn vị ký thỏa ước, đạt 62,4%.");
        assert_eq!(st.adds_up(), Some(true));
        assert!(slips(&st).is_empty());
    }

    #[test]
    fn a_nearly_percent_keeps_its_bound_in_the_search() {
        // `435/1.026 … (chiếm gần 40%)`: 42,40 % is not nearly 40 %.
        let (_, st) = stated("Có 435/1.026 doanh nghiệp (chiếm gần 40%) ký thỏa ước.");
        assert_eq!(st.percent_qualifier, Qualifier::Nearly);
        assert_eq!(st.qualifier_word.as_deref(), Some("gần"));
        assert!(!st.qualifier_after);
        assert_eq!(st.target.as_ref().map(|f| f.value), Some(1026.0));
        assert_eq!(st.adds_up(), Some(false));
        let found = slips(&st);
        // 345/1.026 = 33,63 % is not nearly 40 % either; 435/1.126 = 38,63 % is.
        assert!(found
            .iter()
            .any(|s| s.fixed.target.as_ref().map(|f| f.written.as_str()) == Some("1.126")));
        assert!(found.iter().all(|s| s.fixed.adds_up() == Some(true)));
    }

    #[test]
    fn a_bound_written_after_the_percent_is_read_as_such() {
        // Phú Xuyên: `75% trở lên doanh nghiệp … ký kết được thỏa ước`.
        let (_, st) = stated("Có 212/498 doanh nghiệp ký thỏa ước (chiếm 40% trở lên).");
        assert_eq!(st.percent_qualifier, Qualifier::AtLeast);
        assert_eq!(st.qualifier_word.as_deref(), Some("trở lên"));
        assert!(st.qualifier_after);
        assert_eq!(st.adds_up(), Some(true));
    }

    #[test]
    fn a_bare_percent_is_slipped_against_every_whole_target() {
        // No whole number of which 7 is 33,8 %; 7 of 21 is 33,3 %.
        let (_, st) = stated("Thành lập 7 CĐCS, đạt 33,8% kế hoạch.");
        assert_eq!(st.adds_up(), Some(false));
        let found = slips(&st);
        assert!(found
            .iter()
            .any(|s| s.fixed.percent.as_ref().map(|f| f.written.as_str()) == Some("33,3")));
    }

    #[test]
    fn scaled_figures_keep_their_scale() {
        let (_, st) = stated("Công đoàn ủng hộ hơn 3,1 tỷ đồng.");
        let a = st.achieved.as_ref().map(|f| (f.written.as_str(), f.scale));
        assert_eq!(a, Some(("3,1", Some(1e9))));
        // Nothing to check without a percent.
        assert_eq!(st.adds_up(), None);
        assert!(slips(&st).is_empty());
    }

    #[test]
    fn a_compound_amount_is_shown_but_never_varied() {
        // `1 tỷ 618 triệu đồng` is no one numeral scaled: a digit changed
        // in `1` would not change the value by a power of ten of it.
        let (_, st) = stated("Công đoàn hỗ trợ 1 tỷ 618 triệu đồng, đạt 50% kế hoạch.");
        let a = st.achieved.as_ref().map(|f| (f.written.as_str(), f.scale));
        assert_eq!(a, Some(("1", None)));
        let mut st = st;
        st.percent_qualifier = Qualifier::None;
        if let Some(p) = st.percent.as_mut() {
            p.value = 33.8;
            p.written = "33,8".into();
            p.decimals = 1;
        }
        assert!(slips(&st).iter().all(|s| s.role == Role::Percent));
    }

    #[test]
    fn variants_change_one_digit_or_swap_two_neighbours() {
        let v = variants("2134");
        assert!(v.contains(&("2314".to_string(), SlipKind::Swap)));
        assert!(v.contains(&("2135".to_string(), SlipKind::Digit)));
        // A leading zero is no number; separators never move.
        assert!(!v.iter().any(|(s, _)| s.starts_with('0')));
        assert!(variants("1.800")
            .iter()
            .all(|(s, _)| s.chars().nth(1) == Some('.')));
        // 9 other digits in 4 places, less the leading zero, and 3 swaps.
        assert_eq!(v.len(), 4 * 9 - 1 + 3);
    }

    #[test]
    fn a_record_without_figures_has_no_slips() {
        // A record made by hand: values, no places.
        let r = Record {
            achieved: Some(1.0),
            target: Some(0.0),
            percent: Some(5.0),
            ..Record::default()
        };
        let st = Stated::of(&r);
        assert_eq!(st.adds_up(), None);
        assert!(slips(&st).is_empty());
    }
}
