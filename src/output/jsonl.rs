//! JSON Lines output: one object per record, keys in SPEC §3 order,
//! missing values as `null`, whole numbers without a decimal part.

use std::io::Write;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::record::Record;

/// A number that serialises as an integer when it is whole.
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        // Whole values as integers at any size (an f64 past 2^53 was
        // written `9100000000000000.0` or `1e16`); past i128, nothing
        // (the record's note says why).
        if !v.is_finite() || v.abs() >= crate::record::TOO_LARGE {
            s.serialize_none()
        } else if v.fract() == 0.0 {
            s.serialize_i128(v as i128)
        } else {
            s.serialize_f64(v)
        }
    }
}

struct Row<'a>(&'a Record);

impl Serialize for Row<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let num = |v: Option<f64>| v.map(Num);
        let mut st = s.serialize_struct("Record", 19)?;
        st.serialize_field("doc", &r.doc)?;
        st.serialize_field("line", &r.line)?;
        st.serialize_field("start", &r.start)?;
        st.serialize_field("end", &r.end)?;
        st.serialize_field("unit", &r.unit)?;
        st.serialize_field("year", &r.year)?;
        st.serialize_field("metric", &r.metric)?;
        st.serialize_field("subject", &r.subject)?;
        st.serialize_field("achieved", &num(r.achieved))?;
        st.serialize_field("target", &num(r.target))?;
        st.serialize_field("percent", &num(r.percent))?;
        st.serialize_field("computed_percent", &num(r.computed_percent))?;
        st.serialize_field("qualifier", &r.qualifier)?;
        st.serialize_field("kind", &r.kind)?;
        st.serialize_field("measure", &r.measure)?;
        st.serialize_field("basis", &r.basis)?;
        st.serialize_field("check", &r.check)?;
        st.serialize_field("note", &r.note)?;
        st.serialize_field("quote", &r.quote)?;
        st.end()
    }
}

/// Writes one record as one JSON line.
pub fn write_record<W: Write>(out: &mut W, r: &Record) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, &Row(r))?;
    out.write_all(b"\n")
}

/// One record as a JSON string (no newline), for tests and other renderers.
pub fn to_string(r: &Record) -> String {
    serde_json::to_string(&Row(r)).unwrap_or_default()
}
