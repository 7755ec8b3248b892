//! Compact JSON for output lines (what `gongwen extract` writes): the bytes
//! serde_json's compact serializer writes, with U+0085, U+2028 and U+2029
//! escaped as well (see [`LineJson`]), written by one scan per string.
//!
//! ```
//! use gongwen::corpus::json::LineJson;
//! use serde::Serialize;
//! let mut out = Vec::new();
//! "两行\u{2028}文本".serialize(&mut LineJson::new(&mut out))?;
//! assert_eq!(String::from_utf8(out).unwrap(), "\"两行\\u2028文本\"");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! serde_json's `Formatter` can rewrite the runs of a string it hands over,
//! but it finds those runs by a byte loop of its own that no formatter can
//! replace; on the extract output (half of it string bytes, most of them
//! CJK) that loop and a second scan for the line breaks took 7% of a run.
//! Here one table-driven scan finds every byte that needs a look (a C0
//! control, `"`, `\`, and the lead bytes `C2` and `E2` of the three line
//! breaks) and copies the runs between them whole. Numbers are still
//! written by serde_json (itoa, ryu), so they cannot differ.

use std::io::Write;

use serde::ser::{self, Serialize};
use serde_json::Error;

/// A serializer writing compact JSON to `out`. Strings (values and keys)
/// escape what serde_json escapes, `"`, `\` and the C0 controls (`\b`,
/// `\t`, `\n`, `\f`, `\r`, else `\u00xx`), and also U+0085, U+2028 and
/// U+2029 (`\u0085`, `\u2028`, `\u2029`): JavaScript's and Python's
/// `splitlines` break lines there, so a JSON line holding them raw would
/// be split.
pub struct LineJson<W> {
    out: W,
}

impl<W: Write> LineJson<W> {
    /// A serializer writing to `out`.
    pub fn new(out: W) -> Self {
        LineJson { out }
    }

    fn raw(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.out.write_all(bytes).map_err(Error::io)
    }

    fn string(&mut self, s: &str) -> Result<(), Error> {
        write_escaped(&mut self.out, s).map_err(Error::io)
    }

    /// A number, written by serde_json itself.
    fn number<T: Serialize>(&mut self, v: T) -> Result<(), Error> {
        serde_json::to_writer(&mut self.out, &v)
    }
}

/// What a byte asks of the escaping scan: `0` nothing, `LEAD` a look at
/// the next bytes (a line break's lead byte), else the letter of its
/// escape (`u` for `\u00xx`).
const LEAD: u8 = 1;
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t[0xC2] = LEAD;
    t[0xE2] = LEAD;
    t
};

/// The first byte at or after `from` whose [`ESCAPE`] entry is not 0. Eight
/// bytes at a time while none of them is (their entries or-ed together, no
/// branch per byte), then byte by byte.
#[inline]
fn next_to_look_at(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut skipped = 0;
    for chunk in rest.chunks_exact(8) {
        if chunk.iter().fold(0, |any, &b| any | ESCAPE[usize::from(b)]) != 0 {
            break;
        }
        skipped += 8;
    }
    Some(from + skipped + rest.get(skipped..)?.iter().position(|&b| ESCAPE[usize::from(b)] != 0)?)
}

/// `s` as a JSON string, quotes included.
pub fn write_escaped<W: ?Sized + Write>(out: &mut W, s: &str) -> std::io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.write_all(b"\"")?;
    // `run` starts the bytes not yet written; `at` is where the scan stands.
    let mut run = 0;
    let mut at = 0;
    while let Some(k) = next_to_look_at(bytes, at) {
        at = k;
        let Some(&byte) = bytes.get(at) else { break };
        let escape: &[u8] = match ESCAPE[usize::from(byte)] {
            LEAD => match bytes.get(at..at + 3) {
                Some([0xC2, 0x85, ..]) => b"\\u0085",
                Some([0xE2, 0x80, 0xA8]) => b"\\u2028",
                Some([0xE2, 0x80, 0xA9]) => b"\\u2029",
                // `C2 85` as the last two bytes.
                None if bytes.get(at..) == Some(&[0xC2, 0x85][..]) => b"\\u0085",
                _ => {
                    at += 1;
                    continue;
                }
            },
            b'u' => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xF)],
            ],
            letter => &[b'\\', letter],
        };
        out.write_all(bytes.get(run..at).unwrap_or_default())?;
        out.write_all(escape)?;
        // The escaped char's length: 2 for U+0085, 3 for U+2028/9, else 1.
        at += match byte {
            0xC2 => 2,
            0xE2 => 3,
            _ => 1,
        };
        run = at;
    }
    out.write_all(bytes.get(run..).unwrap_or_default())?;
    out.write_all(b"\"")
}

/// A sequence or map being written; `first` until its first item.
pub struct Compound<'a, W> {
    ser: &'a mut LineJson<W>,
    first: bool,
    /// What closes it: `]`, `}`, `]}` (a tuple variant) or `}}` (a struct variant).
    close: &'static [u8],
}

impl<W: Write> Compound<'_, W> {
    fn comma(&mut self) -> Result<(), Error> {
        if self.first {
            self.first = false;
            Ok(())
        } else {
            self.ser.raw(b",")
        }
    }

    fn field<T: ?Sized + Serialize>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma()?;
        self.ser.string(key)?;
        self.ser.raw(b":")?;
        value.serialize(&mut *self.ser)
    }

    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.comma()?;
        value.serialize(&mut *self.ser)
    }

    fn close(self) -> Result<(), Error> {
        self.ser.raw(self.close)
    }
}

impl<'a, W: Write> ser::Serializer for &'a mut LineJson<W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W>;
    type SerializeTuple = Compound<'a, W>;
    type SerializeTupleStruct = Compound<'a, W>;
    type SerializeTupleVariant = Compound<'a, W>;
    type SerializeMap = Compound<'a, W>;
    type SerializeStruct = Compound<'a, W>;
    type SerializeStructVariant = Compound<'a, W>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.raw(if v { b"true" } else { b"false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.number(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq as _;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.raw(b"{")?;
        self.string(variant)?;
        self.raw(b":")?;
        value.serialize(&mut *self)?;
        self.raw(b"}")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, W>, Error> {
        self.raw(b"[")?;
        Ok(Compound { ser: self, first: true, close: b"]" })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, W>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, W>, Error> {
        self.raw(b"{")?;
        self.string(variant)?;
        self.raw(b":[")?;
        Ok(Compound { ser: self, first: true, close: b"]}" })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, W>, Error> {
        self.raw(b"{")?;
        Ok(Compound { ser: self, first: true, close: b"}" })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, W>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, W>, Error> {
        self.raw(b"{")?;
        self.string(variant)?;
        self.raw(b":{")?;
        Ok(Compound { ser: self, first: true, close: b"}}" })
    }
}

impl<W: Write> ser::SerializeSeq for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl<W: Write> ser::SerializeTuple for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl<W: Write> ser::SerializeTupleStruct for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl<W: Write> ser::SerializeTupleVariant for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl<W: Write> ser::SerializeMap for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.comma()?;
        key.serialize(KeySerializer { ser: &mut *self.ser })
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.ser.raw(b":")?;
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl<W: Write> ser::SerializeStruct for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl<W: Write> ser::SerializeStructVariant for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// A map key: a string, or what serde_json writes as one (a char, a unit
/// variant, a newtype or `Some` around a key, a bool or a number, quoted).
struct KeySerializer<'a, W> {
    ser: &'a mut LineJson<W>,
}

impl<W: Write> KeySerializer<'_, W> {
    fn quoted<T: Serialize>(self, v: T) -> Result<(), Error> {
        self.ser.raw(b"\"")?;
        self.ser.number(v)?;
        self.ser.raw(b"\"")
    }
}

fn key_must_be_a_string() -> Error {
    ser::Error::custom("key must be a string")
}

fn float_key_must_be_finite() -> Error {
    ser::Error::custom("float key must be finite (got NaN or +/-inf)")
}

impl<W: Write> ser::Serializer for KeySerializer<'_, W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.ser.string(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.ser.string(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.ser.string(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.ser.raw(if v { b"\"true\"" } else { b"\"false\"" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.quoted(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if v.is_finite() { self.quoted(v) } else { Err(float_key_must_be_finite()) }
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v.is_finite() { self.quoted(v) } else { Err(float_key_must_be_finite()) }
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
}
