//! Single slips: which one-keystroke error in a claim's stated figures would
//! make them add up. A record only holds values; this module finds the
//! figures as they stand in the text (`2134`, `1800`, `128,56` and the `gần`
//! before a percent), then tries every figure with one digit changed or two
//! neighbouring digits swapped, and keeps the variants that pass the same
//! check as [`crate::check`]. For `2134/1800 (đạt 128,56%)` both `118,56%`
//! and `2314/1800` fit: the slip may be in either figure, so both are named.
//! Rendering the hint is left to the output layer.

use crate::check::agrees;
use crate::lexicon::{QUALIFIERS_AFTER, QUALIFIERS_BEFORE};
use crate::number;
use crate::record::{Qualifier, Record};

/// Which of a claim's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// The value reached.
    Achieved,
    /// The whole or plan it is measured against.
    Target,
    /// The stated percent.
    Percent,
}

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
    /// The record's value over the numeral's (1, or 1e9 for `3,1 tỷ`).
    pub scale: f64,
    /// Digits after the decimal mark, as written.
    pub decimals: u32,
}

/// The figures a claim states, found in its document's text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stated {
    /// The value reached, if stated and found.
    pub achieved: Option<Figure>,
    /// The whole or plan, if stated and found.
    pub target: Option<Figure>,
    /// The percent, if stated and found.
    pub percent: Option<Figure>,
    /// What the word before or after the percent makes of it (`gần 40%`).
    pub percent_qualifier: Qualifier,
    /// That word as written (`gần`, `trở lên`), for messages.
    pub qualifier_word: Option<String>,
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

fn close(x: f64, y: f64) -> bool {
    (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0)
}

/// A numeral token in the text: its character range and what it says.
struct Token {
    start: usize,
    end: usize,
    written: String,
    numeral: number::Numeral,
    /// Character offset past the `%` that follows, if any.
    percent_end: Option<usize>,
}

/// Numeral tokens (digits with `.`/`,` between them) of `chars[from..to]`;
/// a `%` after a token may stand past `to`.
fn tokens(chars: &[char], from: usize, to: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit());
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len()
            && (chars[j].is_ascii_digit()
                || (matches!(chars[j], '.' | ',')
                    && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit())))
        {
            j += 1;
        }
        let written: String = chars[i..j].iter().collect();
        let mut k = j;
        while k < chars.len() && chars[k] == ' ' {
            k += 1;
        }
        let percent_end = (chars.get(k) == Some(&'%')).then_some(k + 1);
        if let Some(numeral) = number::parse(&written) {
            out.push(Token {
                start: i,
                end: j,
                written,
                numeral,
                percent_end,
            });
        }
        i = j;
    }
    out
}

/// The scale (1, 1e3 … 1e12) that turns `numeral` into `value`, if any.
fn scale_of(numeral: &number::Numeral, value: f64) -> Option<f64> {
    [0u32, 3, 6, 9, 12]
        .into_iter()
        .find(|&e| close(numeral.scaled(e), value))
        .map(|e| 10f64.powi(e as i32))
}

fn figure(role: Role, t: &Token, value: f64, scale: f64) -> Figure {
    Figure {
        role,
        written: t.written.clone(),
        start: t.start,
        end: if role == Role::Percent {
            t.percent_end.unwrap_or(t.end)
        } else {
            t.end
        },
        value,
        scale,
        decimals: t.numeral.decimals,
    }
}

/// The qualifier words right before `at` or right after `after` (the end of
/// the percent), on the same line.
fn percent_qualifier(chars: &[char], at: usize, after: usize) -> Option<(Qualifier, String)> {
    let from = at.saturating_sub(16);
    let before: String = chars[from..at].iter().collect();
    let before = before.rsplit('\n').next().unwrap_or("").trim_end();
    let lower = before.to_lowercase();
    for (word, q) in QUALIFIERS_BEFORE.iter() {
        if let Some(head) = lower.strip_suffix(word) {
            if !head.chars().last().is_some_and(char::is_alphabetic) {
                let n = word.chars().count();
                let written: String = before.chars().skip(before.chars().count() - n).collect();
                return Some((*q, written));
            }
        }
    }
    let to = (after + 16).min(chars.len());
    let rest: String = chars[after.min(to)..to].iter().collect();
    let rest = rest.trim_start();
    let lower = rest.to_lowercase();
    for (word, q) in QUALIFIERS_AFTER.iter() {
        if lower.starts_with(word) {
            return Some((*q, rest.chars().take(word.chars().count()).collect()));
        }
    }
    None
}

impl Stated {
    /// Finds the figures of `r` in its document, given as characters (the
    /// record's offsets count characters). Figures not found stay `None`.
    pub fn locate(chars: &[char], r: &Record) -> Stated {
        let from = r.start.min(chars.len());
        let to = r.end.clamp(from, chars.len());
        let toks = tokens(chars, from, to);
        let mut used = vec![false; toks.len()];
        let mut st = Stated::default();
        if let Some(p) = r.percent {
            if let Some(i) = toks
                .iter()
                .position(|t| t.percent_end.is_some() && close(t.numeral.value(), p))
            {
                used[i] = true;
                st.percent = Some(figure(Role::Percent, &toks[i], p, 1.0));
            }
        }
        let mut take = |role: Role, value: Option<f64>| -> Option<Figure> {
            let v = value?;
            let (i, scale) = toks.iter().enumerate().find_map(|(i, t)| {
                if used[i] || t.percent_end.is_some() {
                    return None;
                }
                scale_of(&t.numeral, v).map(|s| (i, s))
            })?;
            used[i] = true;
            Some(figure(role, &toks[i], v, scale))
        };
        st.achieved = take(Role::Achieved, r.achieved);
        st.target = take(Role::Target, r.target);
        if let Some(p) = &st.percent {
            if let Some((q, w)) = percent_qualifier(chars, p.start, p.end) {
                st.percent_qualifier = q;
                st.qualifier_word = Some(w);
            }
        }
        st
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
        let Some(fig) = stated.get(role) else {
            continue;
        };
        let mut found: Vec<Slip> = variants(&fig.written)
            .into_iter()
            .filter_map(|(written, kind)| {
                let n = number::parse(&written)?;
                let value = n.value() * fig.scale;
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

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn record(text: &str, a: Option<f64>, t: Option<f64>, p: Option<f64>) -> Record {
        Record {
            start: 0,
            end: text.chars().count(),
            achieved: a,
            target: t,
            percent: p,
            ..Record::default()
        }
    }

    /// Thanh Xuân 2016: `2134/1800 đoàn viên (đạt 128,56%)`.
    const THANH_XUAN: &str = "2134/1800 đoàn viên (đạt 128,56%";

    fn thanh_xuan() -> Stated {
        let r = record(THANH_XUAN, Some(2134.0), Some(1800.0), Some(128.56));
        Stated::locate(&chars(THANH_XUAN), &r)
    }

    #[test]
    fn figures_are_found_where_they_are_written() {
        let st = thanh_xuan();
        let a = st
            .achieved
            .as_ref()
            .map(|f| (f.written.as_str(), f.start, f.end));
        let t = st
            .target
            .as_ref()
            .map(|f| (f.written.as_str(), f.start, f.end));
        let p = st
            .percent
            .as_ref()
            .map(|f| (f.written.as_str(), f.start, f.end));
        assert_eq!(a, Some(("2134", 0, 4)));
        assert_eq!(t, Some(("1800", 5, 9)));
        // The percent's range takes in its `%`, which the record's end covers.
        assert_eq!(p, Some(("128,56", 25, 32)));
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
        let text = "53/85 đơn vị ký thỏa ước, đạt 62,4%";
        let r = record(text, Some(53.0), Some(85.0), Some(62.4));
        let st = Stated::locate(&chars(text), &r);
        assert_eq!(st.adds_up(), Some(true));
        assert!(slips(&st).is_empty());
    }

    #[test]
    fn a_nearly_percent_keeps_its_bound_in_the_search() {
        // `435/1.026 … (chiếm gần 40%)`: 42,40 % is not nearly 40 %.
        let text = "435/1.026 doanh nghiệp (chiếm gần 40%";
        let r = record(text, Some(435.0), Some(1026.0), Some(40.0));
        let st = Stated::locate(&chars(text), &r);
        assert_eq!(st.percent_qualifier, Qualifier::Nearly);
        assert_eq!(st.qualifier_word.as_deref(), Some("gần"));
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
    fn a_bare_percent_is_slipped_against_every_whole_target() {
        // No whole number of which 7 is 33,8 %; 7 of 21 is 33,3 %.
        let text = "7 CĐCS, đạt 33,8%";
        let r = record(text, Some(7.0), None, Some(33.8));
        let st = Stated::locate(&chars(text), &r);
        assert_eq!(st.adds_up(), Some(false));
        let found = slips(&st);
        assert!(found
            .iter()
            .any(|s| s.fixed.percent.as_ref().map(|f| f.written.as_str()) == Some("33,3")));
    }

    #[test]
    fn scaled_figures_keep_their_scale() {
        let text = "3,1 tỷ đồng";
        let r = record(text, Some(3_100_000_000.0), None, None);
        let st = Stated::locate(&chars(text), &r);
        let a = st.achieved.as_ref().map(|f| (f.written.as_str(), f.scale));
        assert_eq!(a, Some(("3,1", 1e9)));
        // Nothing to check without a percent.
        assert_eq!(st.adds_up(), None);
        assert!(slips(&st).is_empty());
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
    fn odd_records_do_not_panic() {
        let text = "đạt 5%";
        let mut r = record(text, Some(1.0), Some(0.0), Some(5.0));
        r.start = 40;
        r.end = 2;
        let st = Stated::locate(&chars(text), &r);
        assert_eq!(st.adds_up(), None);
        assert!(slips(&st).is_empty());
    }
}
