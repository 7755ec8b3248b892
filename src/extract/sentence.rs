//! Sentence and clause boundaries in Chinese policy text.

use crate::Span;
use crate::extract::lead_bytes::LeadBytes;

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
    split_on(text, is_sentence_end, &SENTENCE_LEADS)
}

/// The clauses of `text` (split at ，：； and sentence ends) as byte spans.
pub fn clauses(text: &str) -> impl Iterator<Item = Span> {
    split_on(text, is_clause_end, &CLAUSE_LEADS)
}

/// The lead bytes of the chars that end a sentence ([`is_sentence_end`]):
/// the scan for the next end reads chars only there (`\n ! ? ;`, and the
/// lead bytes of `…` `。` and the full-width forms).
const SENTENCE_LEADS: LeadBytes =
    LeadBytes::of(&['。', '！', '？', '!', '?', '；', ';', '\n', '…']);
/// The same for [`is_clause_end`].
const CLAUSE_LEADS: LeadBytes =
    LeadBytes::of(&['。', '！', '？', '!', '?', '；', ';', '\n', '…', '，', ',', '：', ':']);

fn split_on(
    text: &str,
    is_end: fn(char) -> bool,
    leads: &'static LeadBytes,
) -> impl Iterator<Item = Span> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = text.get(pos..)?;
            if rest.is_empty() {
                return None;
            }
            let skip = rest.len() - rest.trim_start().len();
            let start = pos + skip;
            let mut end = text.len();
            // Jump between the bytes an end char can start with; read a
            // char only there (a lead byte, so a char boundary).
            let bytes = text.as_bytes();
            let mut at = start;
            while let Some(k) = leads.next_in(bytes, at) {
                at = k;
                let Some(c) = text.get(at..).and_then(|r| r.chars().next()) else { break };
                at += c.len_utf8();
                if is_end(c) {
                    let mut e = at;
                    // Keep a closing quote or bracket with the sentence it closes.
                    for q in text.get(at..).unwrap_or("").chars() {
                        if matches!(q, '”' | '’' | '"' | '）' | ')' | '】' | '」') {
                            e += q.len_utf8();
                        } else {
                            break;
                        }
                    }
                    end = e;
                    break;
                }
            }
            pos = end;
            let trimmed = text.get(start..end).unwrap_or("").trim_end_matches('\n');
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

    /// The char-by-char splitter that [`split_on`] replaced, kept to check it.
    fn split_on_by_chars(text: &str, is_end: fn(char) -> bool) -> impl Iterator<Item = Span> {
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
                let trimmed = text[Span::new(start, end)].trim_end_matches('\n');
                if !trimmed.trim().is_empty() {
                    return Some(Span::new(start, start + trimmed.len()));
                }
            }
        })
    }

    #[test]
    fn end_char_leads_cover_every_end_char() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            assert!(!is_sentence_end(c) || SENTENCE_LEADS.contains(lead), "{c:?}");
            assert!(!is_clause_end(c) || CLAUSE_LEADS.contains(lead), "{c:?}");
        }
    }

    #[test]
    fn byte_scan_agrees_with_the_char_scan() {
        let pieces = [
            "。", "！", "？", "!", "?", "；", ";", "\n", "…", "，", ",", "：", ":", "”", "’", "\"",
            "）", ")", "】", "」", "字", "、", "“", "—", "（", " ", "\u{3000}", "a", "😀", "é",
        ];
        let mut next = crate::test_rng::xorshift(0x5E47_E9CE);
        for _ in 0..40_000 {
            let len = next() % 16;
            let text: String = (0..len)
                .map(|_| {
                    let k = usize::try_from(next() % pieces.len() as u64).expect("small");
                    pieces.get(k).copied().unwrap_or("")
                })
                .collect();
            let got: Vec<Span> = sentences(&text).collect();
            let want: Vec<Span> = split_on_by_chars(&text, is_sentence_end).collect();
            assert_eq!(got, want, "{text:?}");
            let got: Vec<Span> = clauses(&text).collect();
            let want: Vec<Span> = split_on_by_chars(&text, is_clause_end).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
