//! Sentence and clause boundaries in Chinese policy text.

use crate::Span;

/// True for chars that end a sentence: 。！？ ! ? ； ; and line breaks.
#[must_use]
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n' | '…')
}

/// True for chars that end a clause inside a sentence: ，, ： : plus sentence ends.
#[must_use]
pub fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, '，' | ',' | '：' | ':')
}

/// The sentences of `text` as byte spans, each including its closing
/// punctuation (and a closing quote right after it), with leading white space
/// skipped. Empty sentences are not reported.
///
/// # Examples
///
/// ```
/// use gongwen::extract::sentence::sentences;
/// let text = "要抓紧解决。不得推诿！\n整顿工作原则上5月底结束";
/// let spans: Vec<&str> = sentences(text).map(|s| &text[s]).collect();
/// assert_eq!(spans, ["要抓紧解决。", "不得推诿！", "整顿工作原则上5月底结束"]);
/// ```
pub fn sentences(text: &str) -> impl Iterator<Item = Span> {
    split_on(text, is_sentence_end)
}

/// The clauses of `text` (split at ，：； and sentence ends) as byte spans.
pub fn clauses(text: &str) -> impl Iterator<Item = Span> {
    split_on(text, is_clause_end)
}

fn split_on(text: &str, is_end: fn(char) -> bool) -> impl Iterator<Item = Span> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = text.get(pos..)?;
            if rest.is_empty() {
                return None;
            }
            let skip = rest.len() - rest.trim_start().len();
            let start = pos + skip;
            let body = &text[start..];
            let mut end = text.len();
            let mut chars = body.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if is_end(c) {
                    let mut e = start + i + c.len_utf8();
                    // Keep a closing quote or bracket with the sentence it closes.
                    while let Some(&(j, q)) = chars.peek() {
                        if matches!(q, '”' | '’' | '"' | '）' | ')' | '】' | '」') {
                            e = start + j + q.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    end = e;
                    break;
                }
            }
            pos = end;
            let span = Span::new(start, end);
            let trimmed = text[span].trim_end_matches('\n');
            if !trimmed.trim().is_empty() {
                return Some(Span::new(start, start + trimmed.len()));
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_table() {
        let rows: &[(&str, &[&str])] = &[
            ("", &[]),
            ("\n\n", &[]),
            ("甲。乙", &["甲。", "乙"]),
            ("他说：“要实。”然后", &["他说：“要实。”", "然后"]),
            ("一\n\n二\n", &["一", "二"]),
        ];
        for (input, want) in rows {
            let got: Vec<&str> = sentences(input).map(|s| &input[s]).collect();
            assert_eq!(&got, want, "sentences({input:?})");
        }
    }

    #[test]
    fn clauses_split_on_commas() {
        let t = "要坚持开门搞活动，以开阔的胸襟；深入群众。";
        let got: Vec<&str> = clauses(t).map(|s| &t[s]).collect();
        assert_eq!(got, ["要坚持开门搞活动，", "以开阔的胸襟；", "深入群众。"]);
    }
}
