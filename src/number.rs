//! Parsing Vietnamese numerals (SPEC §2): `.` groups thousands (`10.493`),
//! `,` is the decimal mark (`128,56`); a `.` not followed by exactly three
//! digits is a decimal point (`2.58`); commas grouping threes more than once
//! are thousands separators (`72,790,124`). Scale words multiply
//! (`18 nghìn`, `3,1 tỷ`, `nghìn tỷ`). Values are exact where an integer
//! can hold them: `3,1 tỷ` is 3 100 000 000, not 3 099 999 999.9999995.

/// A parsed numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    /// All digits as one integer (`128,56` → 12856).
    pub mantissa: u128,
    /// Digits after the decimal mark (`128,56` → 2).
    pub decimals: u32,
    /// Written without any separator (`2134`, `2023`).
    pub plain: bool,
    /// Number of digits before the decimal mark.
    pub int_digits: u32,
}

/// Longest digit string taken as a number; longer ones are identifiers.
const MAX_DIGITS: usize = 30;

impl Numeral {
    /// The value as a float.
    pub fn value(&self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.decimals as i32)
    }

    /// The value multiplied by 10^`exp`, exact when it is a whole number
    /// that fits in an integer (`3,1` × 10^9 = 3 100 000 000).
    pub fn scaled(&self, exp: u32) -> f64 {
        if exp >= self.decimals {
            let shift = exp - self.decimals;
            if let Some(v) = 10u128
                .checked_pow(shift)
                .and_then(|p| self.mantissa.checked_mul(p))
            {
                return v as f64;
            }
        }
        self.value() * 10f64.powi(exp as i32)
    }

    /// Whether it is a whole number.
    pub fn is_whole(&self) -> bool {
        self.decimals == 0
    }
}

/// Parses a numeral token (digits with `.`/`,` between groups). `None` when
/// the token is no number in Vietnamese usage: `1.2.3`, `0982.095.095`, or
/// more than 30 digits.
pub fn parse(tok: &str) -> Option<Numeral> {
    if tok.is_empty() || !tok.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let dots = tok.matches('.').count();
    let commas = tok.matches(',').count();
    let groups = |sep: char| -> Vec<&str> { tok.split(sep).collect() };
    let thousands = |parts: &[&str]| {
        parts.len() > 1
            && (1..=3).contains(&parts[0].len())
            && parts[1..].iter().all(|g| g.len() == 3)
    };
    let (int_part, frac_part): (String, &str) = match (dots, commas) {
        (0, 0) => (tok.to_string(), ""),
        (_, 0) => {
            let parts = groups('.');
            if thousands(&parts) {
                (parts.concat(), "")
            } else if dots == 1 {
                (parts[0].to_string(), parts[1])
            } else {
                return None;
            }
        }
        (0, _) => {
            let parts = groups(',');
            if commas > 1 {
                if thousands(&parts) {
                    (parts.concat(), "")
                } else {
                    return None;
                }
            } else {
                (parts[0].to_string(), parts[1])
            }
        }
        (_, 1) => {
            // `2.319.496,5`: thousands dots and a decimal comma.
            let (int, frac) = tok.split_once(',')?;
            let parts: Vec<&str> = int.split('.').collect();
            if !thousands(&parts) {
                return None;
            }
            (parts.concat(), frac)
        }
        (1, _) => {
            // `72,790,124.5`: English grouping with a decimal point.
            let (int, frac) = tok.split_once('.')?;
            let parts: Vec<&str> = int.split(',').collect();
            if !thousands(&parts) {
                return None;
            }
            (parts.concat(), frac)
        }
        _ => return None,
    };
    // A leading zero on a whole part of several digits is a phone number or
    // an identifier, not a quantity (`0982.095.095`, `05`).
    if int_part.len() > 1 && int_part.starts_with('0') {
        return None;
    }
    let digits = format!("{int_part}{frac_part}");
    if digits.len() > MAX_DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(Numeral {
        mantissa: digits.parse().ok()?,
        decimals: frac_part.len() as u32,
        plain: dots == 0 && commas == 0,
        int_digits: int_part.len() as u32,
    })
}

/// Writes `value` the Vietnamese way: thousands dots, decimal comma
/// (`10493` → `10.493`, `128.56` → `128,56`). Used in messages and tests.
pub fn to_vietnamese(value: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, value.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<f64> {
        parse(s).map(|n| n.value())
    }

    #[test]
    fn dots_group_thousands() {
        // `cùng 10.493 đoàn viên`, `2.319.496 tỷ đồng`
        assert_eq!(v("10.493"), Some(10493.0));
        assert_eq!(v("2.319.496"), Some(2319496.0));
        assert_eq!(v("8.563"), Some(8563.0));
    }

    #[test]
    fn comma_is_the_decimal_mark() {
        // `(đạt 128,56%)`, `hơn 3,1 tỷ đồng`
        assert_eq!(v("128,56"), Some(128.56));
        assert_eq!(parse("128,56").map(|n| n.decimals), Some(2));
        assert_eq!(v("3,1"), Some(3.1));
    }

    #[test]
    fn a_dot_before_other_than_three_digits_is_a_decimal_point() {
        // `tăng 2.58 lần`
        assert_eq!(v("2.58"), Some(2.58));
    }

    #[test]
    fn commas_grouping_threes_twice_are_thousands() {
        assert_eq!(v("72,790,124"), Some(72790124.0));
    }

    #[test]
    fn phone_numbers_and_broken_groups_are_no_numbers() {
        // hotline `0982.095.095`, `1.2.3%`
        assert_eq!(v("0982.095.095"), None);
        assert_eq!(v("1.2.3"), None);
        assert_eq!(v("1234567890123456789012345678901"), None);
    }

    #[test]
    fn scales_are_exact() {
        // `hơn 3,1 tỷ đồng` is 3 100 000 000 đồng
        assert_eq!(parse("3,1").map(|n| n.scaled(9)), Some(3_100_000_000.0));
        assert_eq!(parse("2,9").map(|n| n.scaled(9)), Some(2_900_000_000.0));
        assert_eq!(parse("18").map(|n| n.scaled(3)), Some(18_000.0));
    }

    #[test]
    fn vietnamese_writing_round_trips() {
        assert_eq!(to_vietnamese(10493.0, 0), "10.493");
        assert_eq!(to_vietnamese(128.56, 2), "128,56");
        assert_eq!(v(&to_vietnamese(2319496.0, 0)), Some(2319496.0));
    }
}
