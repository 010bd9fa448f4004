//! Checking the arithmetic of a claim (SPEC §3 `check`).
//!
//! With achieved, target and percent stated, the percent must equal
//! 100 × achieved / target at the precision it was written with, one unit
//! of its last digit of slack. With achieved and percent only, some whole
//! target must give it (the GRIM test, inverted). A qualified percent is a
//! bound. Only percents of a target or a whole are checked, and only for
//! actual results.

use crate::claim::Claim;
use crate::record::{Basis, Check, Kind, Qualifier};

/// The outcome of checking one claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// ok, mismatch or unchecked.
    pub check: Check,
    /// 100 × achieved / target, rounded to 2 decimals, when both are known.
    pub computed_percent: Option<f64>,
    /// The arithmetic, in one line.
    pub note: Option<String>,
}

fn round_to(v: f64, decimals: u32) -> f64 {
    let f = 10f64.powi(decimals as i32);
    (v * f).round() / f
}

/// How the stated percent reads, with its qualifier: `nearly 40%`.
fn stated(p: f64, q: Qualifier) -> String {
    match q {
        Qualifier::None => format!("{p}%"),
        q => format!("{} {p}%", q.as_str().replace('_', " ")),
    }
}

/// Whether a computed percent `c` agrees with the stated `p` written with
/// `decimals` decimals and qualifier `q`.
pub fn agrees(c: f64, p: f64, decimals: u32, q: Qualifier) -> bool {
    let unit = 10f64.powi(-(decimals as i32));
    // Half a unit at the 10th decimal absorbs binary rounding noise.
    let eps = 1e-9;
    match q {
        Qualifier::None => (round_to(c, decimals) - p).abs() <= unit + eps,
        Qualifier::Over | Qualifier::AtLeast => c >= p - unit - eps,
        Qualifier::Under | Qualifier::AtMost => c <= p + unit + eps,
        Qualifier::Nearly => c >= 0.9 * p - eps && c <= p + unit + eps,
        Qualifier::Approx => (c - p).abs() <= 0.05 * p + unit + eps,
    }
}

/// Checks one claim.
pub fn check(claim: &Claim) -> Verdict {
    let (a, t, p) = (claim.achieved, claim.target, claim.percent);
    let mut note = None;
    let computed = match (a, t) {
        (Some(a), Some(t)) if t != 0.0 && (100.0 * a / t).is_finite() => {
            Some(round_to(100.0 * a / t, 2))
        }
        (Some(_), Some(_)) => {
            note = Some("the whole is 0: no percent can be computed".to_string());
            None
        }
        _ => None,
    };
    let unchecked = |note| Verdict {
        check: Check::Unchecked,
        computed_percent: computed,
        note,
    };
    let Some(p) = p else { return unchecked(note) };
    if claim.kind != Kind::Actual || !matches!(claim.basis, Basis::Target | Basis::Whole) {
        return unchecked(note);
    }
    let (d, q) = (claim.percent_decimals, claim.percent_qualifier);
    // `hơn 3.000 đoàn viên, đạt 105%`: a count given as a bound has no
    // exact value to divide; the percent cannot be checked against it. An
    // estimate (`ước thực hiện là 1.114.100 người …, đạt 100,09% kế
    // hoạch`) is approx, but its digits are the value the percent was
    // computed from: it is checked.
    let bound = !matches!(claim.qualifier, Qualifier::None | Qualifier::Approx);
    if a.is_some() && bound && claim.qualifier != q {
        return unchecked(Some(format!(
            "the count is hedged ({}): the percent is not checked",
            claim.qualifier.as_str().replace('_', " ")
        )));
    }
    match (a, t) {
        (Some(a), Some(t)) => {
            let Some(c) = (t != 0.0).then(|| 100.0 * a / t).filter(|c| c.is_finite()) else {
                return unchecked(note);
            };
            let ok = agrees(c, p, d, q);
            let arithmetic = format!("{}/{} = {:.2}%", fmt(a), fmt(t), c);
            Verdict {
                check: if ok { Check::Ok } else { Check::Mismatch },
                computed_percent: computed,
                note: Some(if ok {
                    arithmetic
                } else {
                    format!("{arithmetic}, text says {}", stated(p, q))
                }),
            }
        }
        (Some(a), None) => grim(a, p, d, q).unwrap_or_else(|| unchecked(note)),
        _ => unchecked(note),
    }
}

/// The inverted GRIM test: does some whole-number target give `p`?
/// The whole-number target nearest to 100·a/p that gives `p` (written with
/// `d` decimals, qualified by `q`), if any: the whole the GRIM test looks for.
pub fn fitting_whole(a: f64, p: f64, d: u32, q: Qualifier) -> Option<f64> {
    if a <= 0.0 || p <= 0.0 || !(100.0 * a / p).is_finite() {
        return None;
    }
    // The computed percent falls as the target grows: the whole numbers
    // next to 100·a/p are the only candidates that can fit. Nearest first,
    // so the note names the target that fits best.
    let r = (100.0 * a / p).round().max(1.0);
    [r, r - 1.0, r + 1.0, r - 2.0, r + 2.0]
        .into_iter()
        .filter(|&t| t >= 1.0)
        .find(|&t| agrees(100.0 * a / t, p, d, q))
}

fn grim(a: f64, p: f64, d: u32, q: Qualifier) -> Option<Verdict> {
    if a <= 0.0 || p <= 0.0 || !(100.0 * a / p).is_finite() {
        return None;
    }
    let t0 = 100.0 * a / p;
    if let Some(t) = fitting_whole(a, p, d, q).as_ref() {
        return Some(Verdict {
            check: Check::Ok,
            computed_percent: None,
            note: Some(format!(
                "a whole target of {} fits: {}/{} = {:.2}%",
                fmt(*t),
                fmt(a),
                fmt(*t),
                100.0 * a / t
            )),
        });
    }
    let (t1, t2) = (t0.floor().max(1.0), t0.ceil().max(1.0));
    Some(Verdict {
        check: Check::Mismatch,
        computed_percent: None,
        note: Some(format!(
            "no whole target gives {}: {}/{} = {:.2}%, {}/{} = {:.2}%",
            stated(p, q),
            fmt(a),
            fmt(t1),
            100.0 * a / t1,
            fmt(a),
            fmt(t2),
            100.0 * a / t2
        )),
    })
}

fn fmt(v: f64) -> String {
    crate::record::format_number(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Measure;

    fn claim(a: Option<f64>, t: Option<f64>, p: f64, d: u32, q: Qualifier) -> Claim {
        Claim {
            sentence: 0,
            start: 0,
            end: 0,
            achieved: a,
            target: t,
            percent: Some(p),
            percent_decimals: d,
            qualifier: Qualifier::None,
            percent_qualifier: q,
            kind: Kind::Actual,
            measure: Measure::Count,
            basis: Basis::Target,
            subject: None,
            quote: 0..0,
            counted: None,
            figures: Default::default(),
            year: None,
        }
    }

    #[test]
    fn thanh_xuan_2134_of_1800_is_not_128_56_percent() {
        let v = check(&claim(
            Some(2134.0),
            Some(1800.0),
            128.56,
            2,
            Qualifier::None,
        ));
        assert_eq!(v.check, Check::Mismatch);
        assert_eq!(v.computed_percent, Some(118.56));
        assert_eq!(
            v.note.as_deref(),
            Some("2134/1800 = 118.56%, text says 128.56%")
        );
    }

    #[test]
    fn rounding_to_the_stated_precision_is_ok() {
        // soc-son-2020: `53/85 đơn vị … đạt 62,4%` (62.35 rounds to 62.4)
        let v = check(&claim(Some(53.0), Some(85.0), 62.4, 1, Qualifier::None));
        assert_eq!(v.check, Check::Ok);
    }

    #[test]
    fn a_whole_target_that_fits_makes_a_bare_percent_ok() {
        // bac-tu-liem-2022: `58 bản TƯLĐTT … đạt 128,9%` (58/45 = 128.89%)
        let v = check(&claim(Some(58.0), None, 128.9, 1, Qualifier::None));
        assert_eq!(v.check, Check::Ok);
        assert!(v.note.unwrap_or_default().contains("45"));
        // No whole number of CĐCS gives 7/x = 33,8 % … except none near 20.7.
        let v = check(&claim(Some(7.0), None, 33.8, 1, Qualifier::None));
        assert_eq!(v.check, Check::Mismatch);
    }

    #[test]
    fn a_nearly_percent_is_a_bound() {
        // `435/1.026 … (chiếm gần 40%)`: 42,40 % is not nearly 40 %.
        let v = check(&claim(
            Some(435.0),
            Some(1026.0),
            40.0,
            0,
            Qualifier::Nearly,
        ));
        assert_eq!(v.check, Check::Mismatch);
        let v = check(&claim(
            Some(380.0),
            Some(1000.0),
            40.0,
            0,
            Qualifier::Nearly,
        ));
        assert_eq!(v.check, Check::Ok);
        let v = check(&claim(Some(450.0), Some(1000.0), 40.0, 0, Qualifier::Over));
        assert_eq!(v.check, Check::Ok);
    }

    #[test]
    fn a_hedged_count_is_not_checked() {
        let mut c = claim(Some(3000.0), None, 105.0, 0, Qualifier::None);
        c.qualifier = Qualifier::Over;
        assert_eq!(check(&c).check, Check::Unchecked);
    }

    #[test]
    fn an_estimated_count_is_checked() {
        // d20: `ước thực hiện là 1.114.100 người …, đạt 100,09% kế hoạch`
        let mut c = claim(Some(1_114_100.0), None, 100.09, 2, Qualifier::None);
        c.qualifier = Qualifier::Approx;
        assert_eq!(check(&c).check, Check::Ok);
        let mut c = claim(Some(50.0), Some(100.0), 60.0, 0, Qualifier::None);
        c.qualifier = Qualifier::Approx;
        assert_eq!(check(&c).check, Check::Mismatch);
    }

    #[test]
    fn a_zero_whole_is_noted_not_divided() {
        let v = check(&claim(Some(1e27), Some(0.0), 50.0, 0, Qualifier::None));
        assert_eq!(v.check, Check::Unchecked);
        assert_eq!(v.computed_percent, None);
    }
}
