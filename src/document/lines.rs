//! Lines of the decoded source with a light, span-keeping cleanup.
//!
//! The structure parser works line by line on the source itself. Each line's
//! `content` span drops what only dresses the text: surrounding blanks
//! (including U+3000 and `\r`), Markdown heading marks (`## `) and a bold
//! wrapper (`**…**`). Nothing is rewritten, so every span slices the source.

use crate::Span;

/// One source line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// The whole line, without its line break.
    pub raw: Span,
    /// The line after cleanup; empty for blank lines.
    pub content: Span,
    /// True when the line was a Markdown heading (`#`).
    pub heading: bool,
}

impl Line {
    /// The cleaned text of the line.
    pub fn text(self, source: &str) -> &str {
        self.content.get(source).unwrap_or("")
    }

    pub fn is_blank(self) -> bool {
        self.content.is_empty()
    }
}

fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{2060}')
}

/// Trim blank chars from both ends of `span` inside `source`.
pub(crate) fn trim_span(source: &str, span: Span) -> Span {
    let Some(text) = span.get(source) else { return span };
    let lead = text.len() - text.trim_start_matches(is_blank_char).len();
    let trimmed = text.trim_matches(is_blank_char);
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// Split `source` into lines and clean each one.
pub(crate) fn lines(source: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize| {
        // `end` is where the line's `\n` (or the text) ends; a `\r` before it goes too.
        let end = if source.as_bytes().get(start..end).is_some_and(|b| b.ends_with(b"\r")) {
            end - 1
        } else {
            end
        };
        let raw = Span::new(start, end);
        let (content, heading) = clean(source, raw);
        out.push(Line { raw, content, heading });
    };
    // A vector search for the newlines (issue 10: `split_inclusive` stops at
    // every byte 0A with a slower search).
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', source.as_bytes()) {
        push(start, nl);
        start = nl + 1;
    }
    if start < source.len() {
        push(start, source.len());
    }
    out
}

fn clean(source: &str, raw: Span) -> (Span, bool) {
    let mut span = trim_span(source, raw);
    let mut heading = false;
    let text = span.get(source).unwrap_or("");
    let hashes = text.len() - text.trim_start_matches('#').len();
    if hashes > 0 && hashes <= 6 {
        heading = true;
        span = trim_span(source, Span::new(span.start + hashes, span.end));
    }
    let text = span.get(source).unwrap_or("");
    if let Some(rest) = text.strip_prefix("**") {
        if let Some(inner) = rest.strip_suffix("**") {
            span = trim_span(source, Span::new(span.start + 2, span.start + 2 + inner.len()));
        } else if !rest.contains("**") {
            span = trim_span(source, Span::new(span.start + 2, span.end));
        }
    }
    (span, heading)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_markdown_and_blanks() {
        let source = "# 中共湖南省委办公厅发电\r\n\n**二、坚持高标准**\n中共湖南省委办公厅  \n\u{3000}\u{3000}正文";
        let got: Vec<(&str, bool)> =
            lines(source).iter().map(|l| (l.text(source), l.heading)).collect();
        assert_eq!(
            got,
            [
                ("中共湖南省委办公厅发电", true),
                ("", false),
                ("二、坚持高标准", false),
                ("中共湖南省委办公厅", false),
                ("正文", false),
            ]
        );
        for l in lines(source) {
            assert!(l.content.get(source).is_some() && l.raw.contains(l.content));
        }
    }

    #[test]
    fn raw_lines_equal_split_inclusive() {
        // Pseudo-random texts of line breaks and a few chars.
        let alphabet = ['\n', '\r', 'a', '中', ' ', '#', '*'];
        let mut next = crate::test_rng::xorshift(0x5851_F42D_4C95_7F2Du64);
        for _ in 0..20_000 {
            let len = (next() % 12) as usize;
            let text: String =
                (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            let mut want = Vec::new();
            let mut start = 0;
            for piece in text.split_inclusive('\n') {
                let body = piece.strip_suffix('\n').unwrap_or(piece);
                let body = body.strip_suffix('\r').unwrap_or(body);
                want.push(Span::new(start, start + body.len()));
                start += piece.len();
            }
            let got: Vec<Span> = lines(&text).iter().map(|l| l.raw).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn bold_prefix_inside_line_is_kept_apart() {
        let source = "**一、把学习作为红线。**《讲话》强调";
        let l = lines(source)[0];
        assert_eq!(l.text(source), "**一、把学习作为红线。**《讲话》强调");
    }
}
