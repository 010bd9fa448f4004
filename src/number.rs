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
    // The whole part is `int` less its `sep` bytes (thousands separators),
    // the fraction is `frac`; nothing is copied: a `String` per numeral
    // was most of the cost of parsing.
    let b = tok.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let count = |sep: u8| b.iter().filter(|&&x| x == sep).count();
    let (dots, commas) = (count(b'.'), count(b','));
    let at = |sep: u8| b.iter().position(|&x| x == sep).unwrap_or(b.len());
    // Split at the first `sep`: the whole part and the fraction after it.
    let split = |sep: u8| {
        let i = at(sep);
        (&tok[..i], tok.get(i + 1..).unwrap_or(""))
    };
    let (int, sep, frac): (&str, Option<u8>, &str) = match (dots, commas) {
        (0, 0) => (tok, None, ""),
        (_, 0) if thousands(tok, b'.') => (tok, Some(b'.'), ""),
        (1, 0) => {
            let (int, frac) = split(b'.');
            (int, None, frac)
        }
        (_, 0) => return None,
        (0, 1) => {
            let (int, frac) = split(b',');
            (int, None, frac)
        }
        (0, _) if thousands(tok, b',') => (tok, Some(b','), ""),
        (0, _) => return None,
        (_, 1) => {
            // `2.319.496,5`: thousands dots and a decimal comma.
            let (int, frac) = split(b',');
            if !thousands(int, b'.') {
                return None;
            }
            (int, Some(b'.'), frac)
        }
        (1, _) => {
            // `72,790,124.5`: English grouping with a decimal point.
            let (int, frac) = split(b'.');
            if !thousands(int, b',') {
                return None;
            }
            (int, Some(b','), frac)
        }
        _ => return None,
    };
    let int_digits = int.len() - sep.map_or(0, |s| int.bytes().filter(|&x| x == s).count());
    // A leading zero on a whole part of several digits is a phone number or
    // an identifier, not a quantity (`0982.095.095`, `05`).
    if int_digits > 1 && b[0] == b'0' || int_digits + frac.len() > MAX_DIGITS {
        return None;
    }
    let mut mantissa: u128 = 0;
    let digits = int.bytes().filter(|&x| Some(x) != sep).chain(frac.bytes());
    for d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        // At most 30 digits: below 2^128.
        mantissa = mantissa * 10 + u128::from(d - b'0');
    }
    Some(Numeral {
        mantissa,
        decimals: frac.len() as u32,
        plain: dots == 0 && commas == 0,
        int_digits: int_digits as u32,
    })
}

/// Parses a small count written with a leading zero, as administrative
/// Vietnamese writes numbers below ten (`01 tủ báo`, `07 cầu dân sinh`,
/// `02 đoàn viên`): two digits, the first `0`, the second not. [`parse`]
/// refuses these (alone they are as often codes and parts of dates, and
/// longer ones are phone numbers); the grammar asks for this reading only
/// where a counted noun follows.
pub fn parse_padded(tok: &str) -> Option<Numeral> {
    match tok.as_bytes() {
        [b'0', d @ b'1'..=b'9'] => Some(Numeral {
            mantissa: u128::from(d - b'0'),
            decimals: 0,
            plain: true,
            int_digits: 1,
        }),
        _ => None,
    }
}

/// Parses the lower part of a compound amount, which writers pad with
/// zeros to the width of its place (`1 tỷ 037 triệu đồng`, `2 tỷ 05
/// triệu`): plain digits, at most three, read as their value (`037` is 37,
/// `05` is 5). [`parse`] refuses a leading zero (phone numbers, codes);
/// the grammar asks for this reading only between two scale words.
pub fn parse_part(tok: &str) -> Option<Numeral> {
    let b = tok.as_bytes();
    if b.is_empty() || b.len() > 3 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mantissa = b.iter().fold(0u128, |m, d| m * 10 + u128::from(d - b'0'));
    Some(Numeral {
        mantissa,
        decimals: 0,
        plain: true,
        int_digits: b.len() as u32,
    })
}

/// Whether `s` is digit groups joined by `sep`, three digits each after a
/// first one of one to three (`10.493`, `72,790,124`); at least two groups.
fn thousands(s: &str, sep: u8) -> bool {
    let mut groups = s.as_bytes().split(|&x| x == sep);
    let first = groups.next().map_or(0, <[u8]>::len);
    let mut more = 0;
    for g in groups {
        if g.len() != 3 {
            return false;
        }
        more += 1;
    }
    more > 0 && (1..=3).contains(&first)
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

    /// The first implementation, on `String`s: the reference the
    /// allocation-free `parse` must agree with.
    fn parse_by_strings(tok: &str) -> Option<Numeral> {
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

    /// Every token of up to six characters over digits (with `0` first or
    /// not), `.`, `,` and a letter parses as the reference parses it:
    /// fails if a case of the separator table or a limit moves.
    #[test]
    fn parse_agrees_with_the_string_version() {
        let alphabet = ['0', '1', '7', '.', ',', 'x'];
        // Every string of one to six characters over the alphabet.
        let mut words: Vec<String> = Vec::new();
        let mut last = vec![String::new()];
        for _ in 0..6 {
            last = last
                .iter()
                .flat_map(|w| alphabet.map(|c| format!("{w}{c}")))
                .collect();
            words.extend(last.iter().cloned());
        }
        let long = [
            "1".repeat(30),
            "1".repeat(31),
            format!("{},{}", "9".repeat(15), "9".repeat(15)),
            format!("{},{}", "9".repeat(15), "9".repeat(16)),
            "1.234.567,891".into(),
            "72,790,124.5".into(),
            "2.319.496,5".into(),
            "1,234,56".into(),
            "12.3456".into(),
            "0,5".into(),
            "05".into(),
        ];
        words.extend(long);
        assert!(words.len() > 50_000);
        for w in &words {
            assert_eq!(parse(w), parse_by_strings(w), "{w:?}");
        }
    }

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
    fn a_compound_part_may_be_zero_padded() {
        // held-out h31: `đạt 1 tỷ 037 triệu đồng`
        assert_eq!(parse_part("037").map(|n| n.value()), Some(37.0));
        assert_eq!(parse_part("05").map(|n| n.value()), Some(5.0));
        assert_eq!(parse_part("500").map(|n| n.value()), Some(500.0));
        // Longer digit strings and separators are no part of a compound.
        assert_eq!(parse_part("0500"), None);
        assert_eq!(parse_part("0,5"), None);
    }

    #[test]
    fn a_padded_small_count_reads_as_its_digit() {
        // d14: `01 tủ báo điện tử`, `07 cầu dân sinh`
        assert_eq!(parse_padded("01").map(|n| n.value()), Some(1.0));
        assert_eq!(parse_padded("07").map(|n| n.value()), Some(7.0));
        // Not a zero, not three digits, not a phone number, not a plain number.
        for t in ["00", "0", "007", "0982", "0982.095.095", "12", "0,5"] {
            assert_eq!(parse_padded(t), None, "{t}");
        }
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
