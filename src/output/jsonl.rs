//! JSON Lines output: one object per record (serde's derive on
//! [`Record`]: keys in SPEC §3 order, missing values as `null`), whole
//! numbers without a decimal part.

use std::io::Write;

use serde::Serializer;

use crate::record::{Record, TOO_LARGE};

/// Serialises a figure: whole values as integers at any size (an f64 past
/// 2^53 was written `9100000000000000.0` or `1e16`); past i128, or not a
/// number, `null` (the record's note says why).
pub fn number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *v {
        Some(v) if v.is_finite() && v.abs() < TOO_LARGE => {
            if v.fract() == 0.0 {
                s.serialize_i128(v as i128)
            } else {
                s.serialize_f64(v)
            }
        }
        _ => s.serialize_none(),
    }
}

/// Writes one record as one JSON line.
pub fn write_record<W: Write>(out: &mut W, r: &Record) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, r)?;
    out.write_all(b"\n")
}

/// One record as a JSON string (no newline), for tests and other renderers.
pub fn to_string(r: &Record) -> String {
    serde_json::to_string(r).unwrap_or_default()
}
