//! Context-free character folding and the character classes the other rules use.

/// What one source char becomes in the matching view, before any rule that
/// looks at its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// The char is dropped (zero-width chars, stray BOM, control chars).
    Drop,
    /// The char is replaced by (or kept as) this char.
    Char(char),
}

/// Full-width punctuation that is already the preferred form: it is kept
/// full-width instead of being folded to ASCII.
const KEEP_FULL_WIDTH: [char; 7] = ['，', '：', '；', '（', '）', '？', '！'];

/// Fold one char: full-width ASCII to ASCII (except the punctuation in
/// [`KEEP_FULL_WIDTH`]), every space-like char to `' '`, line separators to
/// `'\n'`, and invisible chars dropped. `'\r'` folds to `'\n'`; the caller
/// merges `"\r\n"` into one newline.
pub(crate) fn fold_char(c: char, width: bool) -> Fold {
    if ('\u{3001}'..='\u{9FFF}').contains(&c) {
        return Fold::Char(c); // CJK punctuation and ideographs, most of the text
    }
    match c {
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Fold::Char('\n'),
        '\t' | '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => {
            Fold::Char(' ')
        }
        '\u{3000}' if width => Fold::Char(' '),
        // Zero-width and bidi marks, soft hyphen, word joiner, BOM anywhere.
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' => Fold::Drop,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Fold::Drop,
        c if c.is_control() => Fold::Drop,
        '\u{FF01}'..='\u{FF5E}' if width && !KEEP_FULL_WIDTH.contains(&c) => {
            // The block mirrors ASCII 0x21..=0x7E at a fixed distance.
            char::from_u32(u32::from(c) - 0xFEE0).map_or(Fold::Char(c), Fold::Char)
        }
        _ => Fold::Char(c),
    }
}

/// A Chinese ideograph (CJK unified ideographs, extensions, compatibility
/// ideographs, and `〇`).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3007}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}')
}

/// A char that makes its neighbourhood "Chinese": ideographs, CJK
/// punctuation (`、。〈〉《》「」【】〔〕`…), the full-width punctuation kept by
/// the fold, and the curly double quotes Chinese text uses.
pub(crate) fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(c,
            '\u{3001}'..='\u{303F}'
            | '\u{3040}'..='\u{30FF}'
            | '\u{FE30}'..='\u{FE4F}'
            | '\u{FE50}'..='\u{FE6F}'
            | '\u{FF01}'..='\u{FF65}'
            | '“'
            | '”')
}

/// Half-width punctuation that becomes full-width next to Chinese text.
pub(crate) fn full_width_of(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        ':' => '：',
        ';' => '；',
        '(' => '（',
        ')' => '）',
        '?' => '？',
        '!' => '！',
        _ => return None,
    })
}

/// Dash and tilde variants that mean a range between two numbers.
pub(crate) fn is_range_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '~' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{301C}' | '\u{FF0D}' | '\u{FF5E}'
    )
}

/// Opening brackets that may stand around a year in a document number.
pub(crate) fn is_year_open(c: char) -> bool {
    matches!(c, '[' | '【' | '(' | '（' | '﹝' | '〔' | '［')
}

/// Closing brackets that may stand around a year in a document number.
pub(crate) fn is_year_close(c: char) -> bool {
    matches!(c, ']' | '】' | ')' | '）' | '﹞' | '〕' | '］')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_table() {
        let rows = [
            ('Ａ', Fold::Char('A')),
            ('ｚ', Fold::Char('z')),
            ('１', Fold::Char('1')),
            ('［', Fold::Char('[')),
            ('～', Fold::Char('~')),
            ('－', Fold::Char('-')),
            ('．', Fold::Char('.')),
            ('，', Fold::Char('，')),
            ('（', Fold::Char('（')),
            ('！', Fold::Char('！')),
            ('\u{3000}', Fold::Char(' ')),
            ('\u{A0}', Fold::Char(' ')),
            ('\t', Fold::Char(' ')),
            ('\r', Fold::Char('\n')),
            ('\u{2029}', Fold::Char('\n')),
            ('\u{200B}', Fold::Drop),
            ('\u{FEFF}', Fold::Drop),
            ('\u{0}', Fold::Drop),
            ('①', Fold::Char('①')),
            ('⑴', Fold::Char('⑴')),
            ('〔', Fold::Char('〔')),
            ('公', Fold::Char('公')),
        ];
        for (c, want) in rows {
            assert_eq!(fold_char(c, true), want, "{c:?}");
        }
        assert_eq!(fold_char('Ａ', false), Fold::Char('Ａ'));
    }

    #[test]
    fn classes() {
        assert!(is_han('公') && is_han('〇') && !is_han('，') && !is_han('a'));
        assert!(is_cjk('，') && is_cjk('、') && is_cjk('《') && is_cjk('“') && is_cjk('文'));
        assert!(!is_cjk(',') && !is_cjk('1') && !is_cjk('a') && !is_cjk('—'));
        assert_eq!(full_width_of(','), Some('，'));
        assert_eq!(full_width_of('.'), None);
        assert!(is_range_dash('—') && is_range_dash('~') && !is_range_dash('='));
    }
}
