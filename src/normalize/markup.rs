//! Recognisers for HTML residue: tags (`<br>`, `<p class="x">`, `</p>`,
//! `<!-- … -->`) and character references (`&nbsp;`, `&lt;`, `&#20844;`).
//!
//! Both look at a candidate the engine has just completed (on `>` or `;`);
//! neither builds a regex.

/// Longest tag, in chars, that is recognised (longer `<…>` runs are text).
pub(crate) const MAX_TAG_CHARS: usize = 160;
/// Longest character reference, in chars, including `&` and `;`.
pub(crate) const MAX_ENTITY_CHARS: usize = 12;

/// What a recognised tag is replaced with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TagKind {
    /// A block element or line break: replaced by a newline.
    Block,
    /// A table cell: replaced by a space.
    Cell,
    /// An inline element or a comment: removed.
    Inline,
}

// The tag names by kind, as `tag_kind` matches them (its unit test checks
// that they agree).
#[cfg(test)]
const BLOCK_TAGS: &[&str] = &[
    "article",
    "blockquote",
    "body",
    "br",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tr",
    "ul",
];
#[cfg(test)]
const CELL_TAGS: &[&str] = &["td", "th"];
#[cfg(test)]
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "big", "code", "em", "font", "head", "i", "img", "link", "meta", "o:p", "s",
    "small", "span", "strike", "strong", "sub", "sup", "title", "tt", "u",
];

/// The kind of the tag `text` (which starts with `<` and ends with `>`), or
/// `None` when it is not a tag gongwen knows.
pub(crate) fn tag_kind(text: &str) -> Option<TagKind> {
    let inner = text.strip_prefix('<')?.strip_suffix('>')?;
    if inner.contains(['<', '>', '\n']) {
        return None;
    }
    if let Some(comment) = inner.strip_prefix("!--") {
        return comment.ends_with("--").then_some(TagKind::Inline);
    }
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let name_len = inner
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == ':'))
        .map_or(inner.len(), |(i, _)| i);
    let (name, rest) = inner.split_at(name_len);
    // After the name: nothing, a self-closing slash, or attributes after a space.
    if !(rest.is_empty() || rest == "/" || rest.starts_with([' ', '/'])) {
        return None;
    }
    kind_of_name(name)
}

/// The kind of the tag named `name` (ASCII case ignored), without
/// allocating: every known name has at most ten chars.
fn kind_of_name(name: &str) -> Option<TagKind> {
    let mut buf = [0u8; 10];
    let lower = buf.get_mut(..name.len())?;
    lower.copy_from_slice(name.as_bytes());
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"article" | b"blockquote" | b"body" | b"br" | b"center" | b"dd" | b"div" | b"dl"
        | b"dt" | b"footer" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" | b"header" | b"hr"
        | b"html" | b"li" | b"ol" | b"p" | b"pre" | b"section" | b"table" | b"tbody" | b"thead"
        | b"tr" | b"ul" => TagKind::Block,
        b"td" | b"th" => TagKind::Cell,
        b"a" | b"abbr" | b"b" | b"big" | b"code" | b"em" | b"font" | b"head" | b"i" | b"img"
        | b"link" | b"meta" | b"o:p" | b"s" | b"small" | b"span" | b"strike" | b"strong"
        | b"sub" | b"sup" | b"title" | b"tt" | b"u" => TagKind::Inline,
        _ => return None,
    })
}

const NAMED: &[(&str, char)] = &[
    ("nbsp", ' '),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", ' '),
    ("lt", '<'),
    ("gt", '>'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("hellip", '…'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("middot", '·'),
    ("bull", '•'),
    ("times", '×'),
    ("divide", '÷'),
    ("deg", '°'),
    ("yen", '¥'),
    ("copy", '©'),
    ("reg", '®'),
];

/// The char a character reference `text` (`&name;`, `&#123;`, `&#x7B;`)
/// stands for, or `None` when `text` is not one.
pub(crate) fn entity(text: &str) -> Option<char> {
    let inner = text.strip_prefix('&')?.strip_suffix(';')?;
    if let Some(num) = inner.strip_prefix('#') {
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        if digits.is_empty() || digits.len() > 7 {
            return None;
        }
        let code = u32::from_str_radix(digits, radix).ok()?;
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    NAMED.iter().find(|&&(name, _)| name == inner).map(|&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        let rows = [
            ("<br>", Some(TagKind::Block)),
            ("<br/>", Some(TagKind::Block)),
            ("<br />", Some(TagKind::Block)),
            ("<BR>", Some(TagKind::Block)),
            ("<p>", Some(TagKind::Block)),
            ("</p>", Some(TagKind::Block)),
            ("<p class=\"MsoNormal\" style=\"text-indent:2em\">", Some(TagKind::Block)),
            ("<span style=\"font-family:宋体\">", Some(TagKind::Inline)),
            ("</strong>", Some(TagKind::Inline)),
            ("<o:p>", Some(TagKind::Inline)),
            ("<td>", Some(TagKind::Cell)),
            ("<!-- 注释 -->", Some(TagKind::Inline)),
            ("<5>", None),
            ("<pp>", None),
            ("<p", None),
            ("<关于>", None),
            ("<b<i>", None),
            ("<br\n>", None),
            ("<>", None),
        ];
        for (text, want) in rows {
            assert_eq!(tag_kind(text), want, "{text}");
        }
    }

    #[test]
    fn tag_names_match_the_lists() {
        let lists = [
            (BLOCK_TAGS, TagKind::Block),
            (CELL_TAGS, TagKind::Cell),
            (INLINE_TAGS, TagKind::Inline),
        ];
        let mut known = 0;
        for (names, kind) in lists {
            for name in names {
                assert_eq!(kind_of_name(name), Some(kind), "{name}");
                assert_eq!(kind_of_name(&name.to_ascii_uppercase()), Some(kind), "{name}");
                known += 1;
            }
        }
        assert_eq!(known, 54);
        for name in ["", "x", "pp", "spa", "blockquotes", "articles", "tablet", "o:", "h7", "关于"]
        {
            assert_eq!(kind_of_name(name), None, "{name}");
        }
    }

    #[test]
    fn entities() {
        let rows = [
            ("&nbsp;", Some(' ')),
            ("&lt;", Some('<')),
            ("&amp;", Some('&')),
            ("&ldquo;", Some('“')),
            ("&#20844;", Some('公')),
            ("&#x516C;", Some('公')),
            ("&#0;", None),
            ("&#xD800;", None),
            ("&#99999999;", None),
            ("&nope;", None),
            ("&;", None),
            ("&#;", None),
            ("&lt", None),
        ];
        for (text, want) in rows {
            assert_eq!(entity(text), want, "{text}");
        }
    }
}
