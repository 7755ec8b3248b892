//! Decoding raw bytes (UTF-8, UTF-16, GB18030/GBK, Big5) into text.
//!
//! [`decode`] turns the bytes of one file into a UTF-8 [`String`] and says
//! which [`Encoding`] it used. All spans gongwen reports are byte offsets into
//! that decoded text (the BOM, if any, is not part of it).
//!
//! # How the encoding is chosen
//!
//! 1. **A byte-order mark decides.** `EF BB BF` is UTF-8, `FF FE` UTF-16LE,
//!    `FE FF` UTF-16BE. The mark is stripped from the text.
//! 2. **UTF-16 without a mark** is recognised when the input has an even
//!    length, holds NUL bytes, all of them at odd offsets (UTF-16LE) or all at
//!    even offsets (UTF-16BE), and decodes without a single error.
//! 3. **Binary input is refused** (error [`DecodeError::Binary`]): any NUL
//!    byte (outside UTF-16), or more than one suspicious control character
//!    per [`BINARY_CONTROL_RATIO`] bytes. Tab, line feed, vertical tab, form
//!    feed, carriage return, `SUB` (`0x1A`, a DOS end-of-file mark) and `ESC`
//!    count as text. A few stray controls are kept and named in a warning.
//! 4. **UTF-8** is chosen when the bytes are valid UTF-8, or *mostly* valid:
//!    at least [`GOOD_PER_BAD`] correctly encoded non-ASCII characters per
//!    malformed sequence, or a single malformed sequence that is a character
//!    cut off at the very end of the input. Malformed sequences become
//!    U+FFFD and a warning names their byte offsets. Text in GBK read as
//!    UTF-8 has far fewer valid characters than malformed sequences (a valid
//!    multi-byte UTF-8 sequence arises in GBK text only by chance: the four
//!    seed documents in GBK give about 0.3 valid characters per malformed
//!    sequence, in Big5 about 0.1), so it fails this test by a wide margin.
//!    Very short GBK texts can be valid UTF-8 by chance (`通知` in GBK is
//!    `CD A8 D6 AA`, two valid UTF-8 characters) and are then read as UTF-8:
//!    no rule can tell them apart.
//! 5. **Damaged UTF-8 is not guessed at.** When UTF-8 is not mostly valid but
//!    still shows at least [`UTF8_EVIDENCE`] valid non-ASCII characters per
//!    malformed sequence, far more than chance, the input is UTF-8 damaged
//!    beyond repair and decoding fails ([`DecodeError::Undecodable`]) rather
//!    than producing GB18030 mojibake.
//! 6. **Otherwise the detector decides.** [`chardetng`] guesses the legacy
//!    encoding (told that the text is from `.cn`, which favours the Chinese
//!    encodings). A guess of GBK or GB18030 is decoded as **GB18030**, the
//!    superset of GBK and GB2312, so GBK files are reported as `GB18030`; a
//!    guess of Big5 is decoded as Big5. Any other guess (Shift_JIS,
//!    windows-1252, …) fails with [`DecodeError::Undecodable`]: gongwen reads
//!    Chinese texts and would rather refuse than return mojibake. The decode
//!    must pass the same "mostly valid" test as UTF-8 in step 4.
//! 7. **Empty input** (no bytes, or only white space after decoding) is
//!    refused with [`DecodeError::Empty`].
//!
//! Decoding never panics, whatever the bytes.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::{Error, ErrorKind};

/// A decode is accepted when it has at least this many correctly decoded
/// non-ASCII characters (every character, for UTF-16) per malformed
/// sequence (see the [module docs](self), step 4).
pub const GOOD_PER_BAD: usize = 10;

/// Input that is not mostly valid UTF-8 but has at least this many valid
/// non-ASCII UTF-8 characters per malformed sequence is taken to be damaged
/// UTF-8 and is not handed to the detector (see the [module docs](self), step 5).
pub const UTF8_EVIDENCE: usize = 2;

/// Input is binary when more than one byte (or UTF-16 code unit) in this many
/// is a suspicious control character (see the [module docs](self), step 3).
pub const BINARY_CONTROL_RATIO: usize = 50;

/// How many offsets a warning lists before it says how many there are in all.
const MAX_LISTED_OFFSETS: usize = 10;

/// BOM-less UTF-16 needs at least this many NUL bytes (ASCII characters) as evidence.
const MIN_UTF16_NULS: usize = 8;

/// How many bytes the encoding detector looks at.
const DETECTOR_PREFIX: usize = 1 << 20;

/// A text encoding gongwen can decode.
///
/// Serialises to the names of the output contract: `UTF-8`, `UTF-16LE`,
/// `UTF-16BE`, `GB18030`, `Big5`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    #[serde(rename = "UTF-8")]
    Utf8,
    /// UTF-16, little-endian.
    #[serde(rename = "UTF-16LE")]
    Utf16Le,
    /// UTF-16, big-endian.
    #[serde(rename = "UTF-16BE")]
    Utf16Be,
    /// GB18030, which also covers GBK and GB2312 (they are its subsets, so
    /// GBK files are decoded and reported as GB18030).
    #[serde(rename = "GB18030")]
    Gb18030,
    /// Big5 (traditional Chinese), with the HKSCS extensions of the WHATWG
    /// Encoding Standard.
    #[serde(rename = "Big5")]
    Big5,
}

impl Encoding {
    /// The name used in gongwen's output (`"UTF-8"`, `"GB18030"`, …).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
            Encoding::Big5 => "Big5",
        }
    }

    fn codec(self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 => encoding_rs::UTF_8,
            Encoding::Utf16Le => encoding_rs::UTF_16LE,
            Encoding::Utf16Be => encoding_rs::UTF_16BE,
            Encoding::Gb18030 => encoding_rs::GB18030,
            Encoding::Big5 => encoding_rs::BIG5,
        }
    }

    fn is_utf16(self) -> bool {
        matches!(self, Encoding::Utf16Le | Encoding::Utf16Be)
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text decoded from one input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text, without the byte-order mark. Spans point into it.
    pub text: String,
    /// The encoding the text was decoded from.
    pub encoding: Encoding,
    /// True when the input began with a byte-order mark.
    pub bom: bool,
    /// Byte offsets *into the input* (counting the byte-order mark) of each
    /// malformed sequence that was replaced with U+FFFD, in order.
    pub replaced: Vec<usize>,
    /// What was odd but survivable, for the output's `warnings`.
    pub warnings: Vec<String>,
}

/// Why bytes could not be decoded. Turn it into a crate [`Error`] that names
/// the input with [`DecodeError::into_error`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// No bytes, or only white space.
    Empty,
    /// The input looks binary.
    Binary {
        /// Byte offset of the first byte (NUL or control) that marks it binary.
        offset: usize,
    },
    /// No supported encoding decodes the input cleanly enough.
    Undecodable {
        /// Why, in a short lower-case phrase.
        reason: String,
    },
}

impl DecodeError {
    /// The crate error for this failure on the input at `path`
    /// (`empty`, `binary` or `decode`).
    #[must_use]
    pub fn into_error(self, path: impl Into<PathBuf>) -> Error {
        let path = path.into();
        Error::new(match self {
            DecodeError::Empty => ErrorKind::Empty { path },
            DecodeError::Binary { offset } => ErrorKind::Binary { path, offset },
            DecodeError::Undecodable { reason } => ErrorKind::Decode { path, reason },
        })
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("input is empty"),
            DecodeError::Binary { offset } => {
                write!(f, "input looks binary (byte offset {offset})")
            }
            DecodeError::Undecodable { reason } => write!(f, "cannot decode input: {reason}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decode the bytes of one input (see the [module docs](self) for the rules).
///
/// # Examples
///
/// ```
/// use gongwen::corpus::decode::{decode, Encoding};
/// // 关于 in GBK
/// let d = decode(b"\xb9\xd8\xd3\xda\xc8\xcf\xd5\xe6\xd1\xa7\xcf\xb0\xb5\xc4\xcd\xa8\xd6\xaa")?;
/// assert_eq!(d.text, "关于认真学习的通知");
/// assert_eq!(d.encoding, Encoding::Gb18030);
///
/// let d = decode("\u{feff}通知".as_bytes())?;
/// assert_eq!((d.text.as_str(), d.encoding, d.bom), ("通知", Encoding::Utf8, true));
/// # Ok::<(), gongwen::corpus::decode::DecodeError>(())
/// ```
///
/// # Errors
///
/// [`DecodeError::Empty`], [`DecodeError::Binary`] or
/// [`DecodeError::Undecodable`], as described in the module docs.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_inner(bytes)
}

/// The binary check of step 3 on text that arrived already decoded (a JSON
/// Lines text field, say), so that it meets the same rule as a file: a NUL,
/// or more than one suspicious control per [`BINARY_CONTROL_RATIO`] bytes,
/// makes it binary; a few stray controls give a warning. Offsets are bytes
/// into `text`.
///
/// # Examples
///
/// ```
/// use gongwen::corpus::decode::{check_text, DecodeError};
/// assert!(check_text("关于印发《通知》").unwrap().is_empty());
/// assert_eq!(check_text("ab\u{0}cd"), Err(DecodeError::Binary { offset: 2 }));
/// assert_eq!(check_text("\u{1}\u{2}\u{3}").unwrap_err(), DecodeError::Binary { offset: 0 });
/// # Ok::<(), DecodeError>(())
/// ```
///
/// # Errors
///
/// [`DecodeError::Binary`] when the text looks binary.
pub fn check_text(text: &str) -> Result<Vec<String>, DecodeError> {
    // In UTF-8 every byte below 0x80 is the ASCII char it looks like.
    check_bytes(text.as_bytes())
}

/// Like [`decode`], but takes the bytes by value so that valid UTF-8 (the
/// common case) becomes the text without a copy.
///
/// # Errors
///
/// As [`decode`].
pub fn decode_vec(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    // A mark or NULs (which could be UTF-16) take the general path.
    if bytes.starts_with(b"\xEF\xBB\xBF") || bytes.contains(&0) {
        return decode_inner(&bytes);
    }
    match String::from_utf8(bytes) {
        // The same steps as `decode` for valid UTF-8, without a copy.
        Ok(text) => {
            let warnings = check_bytes(text.as_bytes())?;
            finish(text, Encoding::Utf8, false, Vec::new(), warnings)
        }
        Err(e) => decode_inner(e.as_bytes()),
    }
}

/// The result of running one decoder over the input.
struct Run {
    text: String,
    /// Byte offsets into the input of malformed sequences.
    errors: Vec<usize>,
    /// Correctly decoded characters that count as evidence for the encoding:
    /// non-ASCII ones, or all of them for UTF-16.
    good: usize,
}

impl Run {
    /// The "mostly valid" test of step 4.
    fn acceptable(&self, input_len: usize) -> bool {
        match self.errors.as_slice() {
            [] => true,
            // A character cut off at the end (no encoding has more than 4 bytes a char).
            [only] if self.good > 0 && input_len.saturating_sub(*only) < 4 => true,
            _ => self.good >= self.errors.len().saturating_mul(GOOD_PER_BAD),
        }
    }
}

fn decode_inner(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    // 1. A byte-order mark decides.
    if let Some((codec, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let encoding = if codec == encoding_rs::UTF_16LE {
            Encoding::Utf16Le
        } else if codec == encoding_rs::UTF_16BE {
            Encoding::Utf16Be
        } else {
            Encoding::Utf8
        };
        let body = bytes.get(bom_len..).unwrap_or_default();
        let warnings = if encoding.is_utf16() {
            check_units(body, encoding, bom_len)?
        } else {
            check_bytes(body).map_err(|e| shift(e, bom_len))?
        };
        let run = run(encoding, body, bom_len);
        if !run.acceptable(bytes.len()) {
            return Err(too_damaged(encoding, &run));
        }
        return finish(run.text, encoding, true, run.errors, warnings);
    }
    // 2. UTF-16 without a mark.
    if let Some(encoding) = sniff_utf16(bytes)
        && let Ok(warnings) = check_units(bytes, encoding, 0)
    {
        let run = run(encoding, bytes, 0);
        if run.errors.is_empty() {
            return finish(run.text, encoding, false, run.errors, warnings);
        }
    }
    // 3. Binary input.
    let warnings = check_bytes(bytes)?;
    // 4. UTF-8.
    let utf8 = run(Encoding::Utf8, bytes, 0);
    if utf8.acceptable(bytes.len()) {
        return finish(utf8.text, Encoding::Utf8, false, utf8.errors, warnings);
    }
    // 5. Damaged UTF-8.
    if utf8.good >= utf8.errors.len().saturating_mul(UTF8_EVIDENCE) {
        return Err(too_damaged(Encoding::Utf8, &utf8));
    }
    // 6. The detector.
    let encoding = detect(bytes)?;
    let run = run(encoding, bytes, 0);
    if !run.acceptable(bytes.len()) {
        return Err(too_damaged(encoding, &run));
    }
    finish(run.text, encoding, false, run.errors, warnings)
}

/// Step 7 and the replacement warning.
fn finish(
    text: String,
    encoding: Encoding,
    bom: bool,
    replaced: Vec<usize>,
    mut warnings: Vec<String>,
) -> Result<Decoded, DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if !replaced.is_empty() {
        warnings.insert(
            0,
            format!("invalid {encoding} at byte {}: replaced with U+FFFD", list_offsets(&replaced)),
        );
    }
    Ok(Decoded { text, encoding, bom, replaced, warnings })
}

/// `offset 12` or `offsets 12, 40, …, 900 (25 in all)`.
fn list_offsets(offsets: &[usize]) -> String {
    let mut s = String::from(if offsets.len() == 1 { "offset " } else { "offsets " });
    for (i, o) in offsets.iter().take(MAX_LISTED_OFFSETS).enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&o.to_string());
    }
    if offsets.len() > MAX_LISTED_OFFSETS {
        s.push_str(&format!(", … ({} in all)", offsets.len()));
    }
    s
}

fn too_damaged(encoding: Encoding, run: &Run) -> DecodeError {
    DecodeError::Undecodable {
        reason: format!(
            "{} malformed {encoding} sequences (first at byte offset {}) against {} valid characters",
            run.errors.len(),
            run.errors.first().copied().unwrap_or_default(),
            run.good
        ),
    }
}

fn shift(e: DecodeError, by: usize) -> DecodeError {
    match e {
        DecodeError::Binary { offset } => DecodeError::Binary { offset: offset + by },
        other => other,
    }
}

/// Decode `input` with `encoding` (no BOM handling), recording the byte
/// offset (plus `base`) of every malformed sequence.
fn run(encoding: Encoding, input: &[u8], base: usize) -> Run {
    use encoding_rs::DecoderResult;

    let mut decoder = encoding.codec().new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder.max_utf8_buffer_length_without_replacement(input.len()).unwrap_or(input.len()),
    );
    let mut errors = Vec::new();
    let mut read = 0;
    loop {
        let rest = input.get(read..).unwrap_or_default();
        let (result, n) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                let more = decoder
                    .max_utf8_buffer_length_without_replacement(input.len().saturating_sub(read))
                    .unwrap_or(0);
                text.reserve(more.max(16));
            }
            DecoderResult::Malformed(bad, after) => {
                let start = read.saturating_sub(usize::from(bad) + usize::from(after));
                errors.push(base + start);
                text.push('\u{FFFD}');
            }
        }
    }
    let replaced = errors.len();
    let good = if encoding.is_utf16() {
        text.chars().count()
    } else {
        text.chars().filter(|c| !c.is_ascii()).count()
    }
    .saturating_sub(replaced);
    Run { text, errors, good }
}

/// Controls that count against a text: C0 except tab, LF, VT, FF, CR, SUB and
/// ESC, plus DEL. NUL is handled apart.
fn is_suspicious_control(unit: u32) -> bool {
    matches!(unit, 0x01..=0x08 | 0x0E..=0x19 | 0x1C..=0x1F | 0x7F)
}

/// Step 3 on code units `(byte offset, unit)`: binary or a list of warnings.
fn check_controls(
    units: impl Iterator<Item = (usize, u32)>,
    count: usize,
) -> Result<Vec<String>, DecodeError> {
    let mut first = None;
    let mut controls = 0usize;
    for (offset, unit) in units {
        if unit == 0 {
            return Err(DecodeError::Binary { offset });
        }
        if is_suspicious_control(unit) {
            controls += 1;
            first.get_or_insert(offset);
        }
    }
    match first {
        None => Ok(Vec::new()),
        Some(offset) if controls.saturating_mul(BINARY_CONTROL_RATIO) > count => {
            Err(DecodeError::Binary { offset })
        }
        Some(offset) => Ok(vec![format!(
            "{controls} control character{} kept (first at byte offset {offset})",
            if controls == 1 { "" } else { "s" }
        )]),
    }
}

/// Step 3 for ASCII-compatible encodings. In UTF-8, GB18030 and Big5 every
/// byte below 0x20 is the control it looks like, never part of a character.
fn check_bytes(bytes: &[u8]) -> Result<Vec<String>, DecodeError> {
    // Text almost never holds a byte below 0x20 other than line breaks, nor
    // 0x7F: a branch-free pass over 64-byte chunks proves that first.
    let may_flag = |b: u8| (b < 0x20) & !matches!(b, b'\t' | b'\n' | b'\r') | (b == 0x7F);
    if !bytes.chunks(64).any(|c| c.iter().fold(false, |acc, &b| acc | may_flag(b))) {
        return Ok(Vec::new());
    }
    check_controls(bytes.iter().enumerate().map(|(i, &b)| (i, u32::from(b))), bytes.len())
}

/// Step 3 for UTF-16 code units (offsets shifted by `base`, the BOM length).
fn check_units(body: &[u8], encoding: Encoding, base: usize) -> Result<Vec<String>, DecodeError> {
    let units = body.chunks_exact(2).enumerate().map(|(i, pair)| {
        let pair = [pair.first().copied().unwrap_or(0), pair.get(1).copied().unwrap_or(0)];
        let unit = if encoding == Encoding::Utf16Be {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        };
        (base + 2 * i, u32::from(unit))
    });
    check_controls(units, body.len() / 2)
}

/// Step 2: UTF-16 without a byte-order mark.
fn sniff_utf16(bytes: &[u8]) -> Option<Encoding> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    match (even, odd) {
        (e, o) if e + o < MIN_UTF16_NULS => None,
        (0, _) => Some(Encoding::Utf16Le),
        (_, 0) => Some(Encoding::Utf16Be),
        _ => None,
    }
}

/// Step 6: ask chardetng, keep only the Chinese encodings.
fn detect(bytes: &[u8]) -> Result<Encoding, DecodeError> {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let prefix = bytes.get(..DETECTOR_PREFIX).unwrap_or(bytes);
    detector.feed(prefix, prefix.len() == bytes.len());
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    if guess == encoding_rs::GBK || guess == encoding_rs::GB18030 {
        Ok(Encoding::Gb18030)
    } else if guess == encoding_rs::BIG5 {
        Ok(Encoding::Big5)
    } else {
        Err(DecodeError::Undecodable {
            reason: format!(
                "not UTF-8, and the encoding detector guesses {}, which gongwen does not read",
                guess.name()
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(s: &str) -> Vec<u8> {
        encoding_rs::GB18030.encode(s).0.into_owned()
    }

    fn utf16(s: &str, be: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = if bom { "\u{feff}" } else { "" }.encode_utf16().chain(s.encode_utf16());
        for u in units {
            out.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
        }
        out
    }

    const TEXT: &str =
        "各市州、县市区委，省委各部委：现将有关事项通知如下。一、认真学习。二、抓好落实。";

    #[test]
    fn encodings_are_chosen_by_rule() {
        let long_gbk = gbk(&TEXT.repeat(4));
        let rows: Vec<(&str, Vec<u8>, Encoding, bool)> = vec![
            ("ascii", b"hello\n".to_vec(), Encoding::Utf8, false),
            ("utf8", TEXT.as_bytes().to_vec(), Encoding::Utf8, false),
            ("utf8 bom", [b"\xEF\xBB\xBF", TEXT.as_bytes()].concat(), Encoding::Utf8, true),
            ("utf16le bom", utf16(TEXT, false, true), Encoding::Utf16Le, true),
            ("utf16be bom", utf16(TEXT, true, true), Encoding::Utf16Be, true),
            ("utf16le no bom", utf16("Notice 通知 2014\n", false, false), Encoding::Utf16Le, false),
            ("utf16be no bom", utf16("Notice 通知 2014\n", true, false), Encoding::Utf16Be, false),
            ("gbk", gbk(TEXT), Encoding::Gb18030, false),
            ("gbk long", long_gbk, Encoding::Gb18030, false),
            ("gbk short", gbk("关于认真学习的通知"), Encoding::Gb18030, false),
            (
                "big5",
                encoding_rs::BIG5
                    .encode(&"關於認真學習貫徹的通知，各縣市政府。".repeat(3))
                    .0
                    .into_owned(),
                Encoding::Big5,
                false,
            ),
        ];
        for (name, bytes, encoding, bom) in rows {
            let d = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!((d.encoding, d.bom), (encoding, bom), "{name}");
            assert!(d.replaced.is_empty(), "{name}");
            assert!(!d.text.starts_with('\u{feff}'), "{name}");
            assert_eq!(decode_vec(bytes).as_ref(), Ok(&d), "{name}: decode_vec agrees");
        }
    }

    #[test]
    fn gbk_round_trips() {
        let d = decode(&gbk(TEXT)).expect("decodes");
        assert_eq!(d.text, TEXT);
        let d = decode(&utf16(TEXT, false, true)).expect("decodes");
        assert_eq!(d.text, TEXT);
    }

    #[test]
    fn mostly_utf8_keeps_utf8() {
        // A truncated last character: 通 is E9 80 9A; keep two bytes of it.
        let mut bytes = TEXT.as_bytes().to_vec();
        bytes.extend_from_slice(&"通".as_bytes()[..2]);
        let d = decode(&bytes).expect("decodes");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.text, format!("{TEXT}\u{FFFD}"));
        assert_eq!(d.replaced, vec![TEXT.len()]);
        assert_eq!(
            d.warnings,
            vec![format!("invalid UTF-8 at byte offset {}: replaced with U+FFFD", TEXT.len())]
        );

        // Two damaged bytes in a long text.
        let long = TEXT.repeat(3);
        let mut bytes = long.as_bytes().to_vec();
        bytes[3] = 0xFF; // inside 市 (bytes 3..6)
        bytes[60] = 0xC0;
        let d = decode(&bytes).expect("decodes");
        assert_eq!(d.encoding, Encoding::Utf8);
        // Each lone continuation byte after the damaged lead is its own
        // malformed sequence (the WHATWG rule), so 3 replacements each.
        assert_eq!(d.replaced, vec![3, 4, 5, 60, 61, 62]);
        assert_eq!(
            d.warnings[0],
            "invalid UTF-8 at byte offsets 3, 4, 5, 60, 61, 62: replaced with U+FFFD"
        );
    }

    #[test]
    fn errors_by_rule() {
        let damaged: Vec<u8> = TEXT
            .as_bytes()
            .iter()
            .enumerate()
            .map(|(i, &b)| if i % 12 == 0 { 0xFF } else { b })
            .collect();
        let rows: Vec<(&str, Vec<u8>, DecodeError)> = vec![
            ("empty", vec![], DecodeError::Empty),
            ("blank", b" \n\t\r\n".to_vec(), DecodeError::Empty),
            ("ideographic space", "\u{3000}\n".as_bytes().to_vec(), DecodeError::Empty),
            ("bom only", b"\xEF\xBB\xBF".to_vec(), DecodeError::Empty),
            ("utf16 bom only", b"\xFF\xFE".to_vec(), DecodeError::Empty),
            ("nul", b"abc\x00\x01def".to_vec(), DecodeError::Binary { offset: 3 }),
            ("nul after bom", b"\xEF\xBB\xBFab\x00".to_vec(), DecodeError::Binary { offset: 5 }),
            ("controls", b"ab\x01\x02\x03\x04cd".to_vec(), DecodeError::Binary { offset: 2 }),
            ("utf16 nul", b"\xFF\xFEa\x00\x00\x00".to_vec(), DecodeError::Binary { offset: 4 }),
        ];
        for (name, bytes, expected) in rows {
            assert_eq!(decode(&bytes), Err(expected.clone()), "{name}");
            assert_eq!(decode_vec(bytes), Err(expected), "{name}: decode_vec");
        }
        assert!(matches!(decode(&damaged), Err(DecodeError::Undecodable { .. })), "damaged UTF-8");
        // Latin-1 French: the detector says windows-1252, which is refused.
        let latin1 = b"Le pr\xe9sident a d\xe9clar\xe9 que la r\xe9forme \xe9tait n\xe9cessaire.";
        assert!(matches!(decode(latin1), Err(DecodeError::Undecodable { .. })), "latin-1");
    }

    #[test]
    fn few_controls_are_kept_with_a_warning() {
        let text = format!("{}\x07{}", TEXT, TEXT);
        let d = decode(text.as_bytes()).expect("decodes");
        assert_eq!(d.text, text);
        assert_eq!(
            d.warnings,
            vec![format!("1 control character kept (first at byte offset {})", TEXT.len())]
        );
    }

    #[test]
    fn offsets_are_listed_with_a_cap() {
        assert_eq!(list_offsets(&[7]), "offset 7");
        assert_eq!(list_offsets(&[1, 2]), "offsets 1, 2");
        let many: Vec<usize> = (0..12).collect();
        assert_eq!(list_offsets(&many), "offsets 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … (12 in all)");
    }

    #[test]
    fn errors_carry_the_path() {
        let e = DecodeError::Binary { offset: 9 }.into_error("a.txt");
        assert_eq!(
            (e.code(), e.to_string().as_str()),
            ("binary", "a.txt looks binary (byte offset 9)")
        );
        assert_eq!(DecodeError::Empty.into_error("b").code(), "empty");
        assert_eq!(
            DecodeError::Undecodable { reason: "x".into() }.into_error("c").code(),
            "decode"
        );
    }

    #[test]
    fn encoding_names() {
        for (e, name) in [
            (Encoding::Utf8, "UTF-8"),
            (Encoding::Utf16Le, "UTF-16LE"),
            (Encoding::Utf16Be, "UTF-16BE"),
            (Encoding::Gb18030, "GB18030"),
            (Encoding::Big5, "Big5"),
        ] {
            assert_eq!(e.as_str(), name);
            assert_eq!(serde_json::to_string(&e).expect("serialises"), format!("\"{name}\""));
        }
    }
}
