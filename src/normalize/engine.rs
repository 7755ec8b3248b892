//! The single pass that builds the matching view.
//!
//! Source chars are folded one at a time ([`fold_char`]) and fed to an output
//! buffer of [`Unit`]s, each remembering the source bytes it came from. Every
//! rule that needs context is a *reduction on the output tail*: when a char
//! arrives, the buffer's last unit is settled against it (spaces dropped,
//! punctuation made full-width, range dashes unified), and when a char
//! completes a pattern (`>` a tag, `;` an entity, a closing bracket a year,
//! `\n` a line) the pattern is rewritten in place. Because every rule judges
//! the *output* it has built, running the pass on its own output finds
//! nothing left to do, which is what makes normalisation idempotent.

use super::fold::{
    Fold, fold_char, full_width_of, is_cjk, is_han, is_range_dash, is_year_close, is_year_open,
};
use super::joins::{LineFacts, may_join, should_join_facts};
use super::markup::{MAX_ENTITY_CHARS, MAX_TAG_CHARS, TagKind, entity, tag_kind};
use super::noise::{MAX_NOISE_CHARS, NoiseMatcher};
use super::{OffsetMapBuilder, Rules};
use crate::Span;

/// How far back, in units of the current line, a `)` looks for its `(`.
const MAX_PAREN_UNITS: usize = 200;
/// Most newlines a page break leaves between the halves of a sentence (one
/// blank line); two blank lines separate sections. Each noise line dropped
/// in between (a page number) allows two more.
const MAX_JOIN_GAP: usize = 2;
/// How many chars of a noise line a warning quotes.
const PREVIEW_CHARS: usize = 16;

/// One char of the matching view and the source bytes it stands for.
#[derive(Clone, Copy, Debug)]
struct Unit {
    ch: char,
    start: u32,
    end: u32,
}

impl Unit {
    fn new(ch: char, start: usize, end: usize) -> Unit {
        Unit { ch, start: to_u32(start), end: to_u32(end) }
    }
}

fn to_u32(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

/// A kept line of the view before the current one: one source line and the
/// lines joined to it. Its units stay in `out`, so its text and
/// [`LineFacts`] are read back only when a line could join it.
#[derive(Clone, Copy, Debug)]
struct PrevLine {
    /// Index in `out` of its first unit.
    start: usize,
    /// Index in `out` one past the first physical line of it (later lines
    /// joined to it follow up to `end`).
    first_end: usize,
    /// Index in `out` one past its last unit (newline units follow).
    end: usize,
    /// Noise lines dropped after it.
    noise_after: usize,
}

/// What the engine hands back.
pub(crate) struct Output {
    pub(crate) text: String,
    pub(crate) map: super::OffsetMap,
    pub(crate) noise: Vec<Span>,
    pub(crate) warnings: Vec<String>,
}

pub(crate) struct Engine<'a> {
    source: &'a str,
    rules: &'a Rules,
    noise: &'a NoiseMatcher,
    out: Vec<Unit>,
    /// Index in `out` where the current line starts.
    line_start: usize,
    /// The kept lines before the current one that a later line may still
    /// join, the last one nearest: the last always, and the ones before it
    /// back to the last one too long to be noise (a noise line dropped
    /// after it opens it again).
    kept: Vec<PrevLine>,
    /// Units produced by a reduction, processed before the next source char.
    inbox: Vec<Unit>,
    /// Indices of units whose decision may have changed.
    work: Vec<usize>,
    /// The char after the tail while the tail is being settled:
    /// `None` outside settling, `Some(None)` at the end of the text.
    pending: Option<Option<char>>,
    scratch: String,
    /// The text of the line being ended, reused from line to line.
    line_buf: String,
    /// The text of the line before it, read back for the join test.
    prev_buf: String,
    noise_spans: Vec<Span>,
    warnings: Vec<String>,
}

impl<'a> Engine<'a> {
    pub(crate) fn new(source: &'a str, rules: &'a Rules, noise: &'a NoiseMatcher) -> Engine<'a> {
        Engine {
            source,
            rules,
            noise,
            out: Vec::with_capacity(source.len() / 2),
            line_start: 0,
            kept: Vec::new(),
            inbox: Vec::new(),
            work: Vec::new(),
            pending: None,
            scratch: String::new(),
            line_buf: String::new(),
            prev_buf: String::new(),
            noise_spans: Vec::new(),
            warnings: Vec::new(),
        }
    }

    pub(crate) fn run(mut self) -> Output {
        let source = self.source;
        let mut i = 0;
        while let Some(c) = source.get(i..).and_then(|rest| rest.chars().next()) {
            // A plain char after a plain char: no rule looks at either (see
            // `step`), so the whole run of them is pushed as it is.
            if is_plain(c) && self.out.last().is_some_and(|t| is_plain(t.ch)) {
                i = self.push_plain_run(i);
                continue;
            }
            // A simple block tag is its newline at once: see `simple_block_tag`.
            if c == '<'
                && self.rules.markup
                && let Some(end) = simple_block_tag(source, i)
            {
                self.feed(Unit::new('\n', i, end));
                i = end;
                continue;
            }
            let mut end = i + c.len_utf8();
            if c == '\r' && source.as_bytes().get(end) == Some(&b'\n') {
                end += 1;
            }
            if let Fold::Char(f) = fold_char(c, self.rules.width) {
                self.feed(Unit::new(f, i, end));
            }
            i = end;
        }
        self.finish();
        let text = self.build_text();
        Output { text: text.0, map: text.1, noise: self.noise_spans, warnings: self.warnings }
    }

    /// Push the run of plain chars that starts at source byte `i` (one at
    /// least), each folding to itself; returns the byte offset after it.
    fn push_plain_run(&mut self, mut i: usize) -> usize {
        let bytes = self.source.as_bytes();
        // Source offsets as `u32` without a check per char (see `to_u32`).
        let fits = u32::try_from(bytes.len()).is_ok();
        while let Some(&b0) = bytes.get(i) {
            let (c, w) = match b0 {
                // Most chars of a Chinese text: three bytes, decoded here.
                0xE0..=0xEF => match bytes.get(i..i + 3) {
                    Some(&[_, b1, b2]) => {
                        let v = (u32::from(b0 & 0x0F) << 12)
                            | (u32::from(b1 & 0x3F) << 6)
                            | u32::from(b2 & 0x3F);
                        match char::from_u32(v) {
                            Some(c) => (c, 3),
                            None => break,
                        }
                    }
                    _ => break,
                },
                0..=0x7F => (char::from(b0), 1),
                _ => match self.source.get(i..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (c, c.len_utf8()),
                    None => break,
                },
            };
            // The common ideographs first.
            if !(('\u{4E00}'..='\u{9FFF}').contains(&c) || is_plain(c)) {
                break;
            }
            let unit = if fits {
                Unit { ch: c, start: i as u32, end: (i + w) as u32 }
            } else {
                Unit::new(c, i, i + w)
            };
            self.out.push(unit);
            i += w;
        }
        i
    }

    /// The text of the units and its offset map. A run of units that copy
    /// consecutive source chars of one width unchanged is copied from the
    /// source in one step, as one segment of the map.
    fn build_text(&self) -> (String, super::OffsetMap) {
        let mut b = OffsetMapBuilder::with_capacity(self.out.len() * 3);
        let units = self.out.as_slice();
        let mut k = 0;
        while let Some(&u) = units.get(k) {
            let w = u.end.saturating_sub(u.start) as usize;
            if is_copy(u, w) {
                let mut j = k + 1;
                let mut end = u.end;
                while let Some(&v) = units.get(j)
                    && v.start == end
                    && v.end.saturating_sub(v.start) as usize == w
                    && is_copy(v, w)
                {
                    end = v.end;
                    j += 1;
                }
                if let Some(piece) = self.source.get(u.start as usize..end as usize) {
                    debug_assert!(
                        piece.chars().eq(units[k..j].iter().map(|v| v.ch)),
                        "units {k}..{j} are not a copy of the source"
                    );
                    b.push_copied_run(piece, u.start as usize, w);
                    k = j;
                    continue;
                }
            }
            b.push_char(u.ch, u.start as usize, u.end as usize);
            k += 1;
        }
        b.finish()
    }

    fn feed(&mut self, unit: Unit) {
        self.step(unit);
        while let Some(u) = self.inbox.pop() {
            self.step(u);
        }
    }

    fn step(&mut self, u: Unit) {
        let c = u.ch;
        // Most chars are plain text after plain text: no rule looks at
        // either, so settling and the pattern checks would change nothing.
        if is_plain(c) && self.out.last().is_some_and(|t| is_plain(t.ch)) {
            self.out.push(u);
            return;
        }
        if self.rules.markup {
            if c != '*' {
                self.close_run('*', 3);
            }
            if c != '_' {
                self.close_run('_', 2);
            }
            if c == ' ' && self.line_is_heading_marks() {
                self.out.truncate(self.line_start);
                return;
            }
        }
        self.settle(Some(c));
        match c {
            ' ' if self.rules.spaces => {
                if self.out.len() == self.line_start {
                    return; // leading white space
                }
                match self.out.last_mut() {
                    Some(last) if last.ch == ' ' => last.end = u.end,
                    _ => self.out.push(u),
                }
            }
            '\n' => self.end_line(Some(u)),
            _ => {
                self.out.push(u);
                self.after_push();
            }
        }
    }

    fn finish(&mut self) {
        if self.rules.markup {
            self.close_run('*', 3);
            self.close_run('_', 2);
        }
        self.settle(None);
        self.end_line(None);
        // The last line is complete.
        if let Some(&last) = self.kept.last()
            && self.joined_line_is_noise(last)
        {
            self.drop_joined_line(last);
        }
    }

    // ---- markdown -------------------------------------------------------

    /// Drop a run of `mark` at the tail when it is 2..=`max` long (bold marks).
    fn close_run(&mut self, mark: char, max: usize) {
        if self.out.last().is_none_or(|u| u.ch != mark) {
            return;
        }
        let line = self.out.get(self.line_start..).unwrap_or_default();
        let run = line.iter().rev().take_while(|u| u.ch == mark).count();
        if (2..=max).contains(&run) {
            self.out.truncate(self.out.len() - run);
        }
    }

    /// The current line is `#` … `######` (a heading mark before its space).
    fn line_is_heading_marks(&self) -> bool {
        let line = self.out.get(self.line_start..).unwrap_or_default();
        (1..=6).contains(&line.len()) && line.iter().all(|u| u.ch == '#')
    }

    // ---- neighbour rules ------------------------------------------------

    /// Settle the tail against the char `next` about to follow it (`None`:
    /// the end of the text).
    fn settle(&mut self, next: Option<char>) {
        if next == Some(' ') && self.out.last().is_some_and(|u| u.ch == ' ') {
            return; // spaces merge; decide when the run ends
        }
        self.pending = Some(next);
        if self.out.len() > self.line_start {
            self.work.push(self.out.len() - 1);
        }
        self.propagate();
        self.pending = None;
    }

    /// Re-decide every unit in `work` and whatever its change affects.
    fn propagate(&mut self) {
        while let Some(j) = self.work.pop() {
            if j < self.line_start || j >= self.out.len() {
                continue;
            }
            let prev = (j > self.line_start).then(|| self.out[j - 1].ch);
            let next = match self.out.get(j + 1) {
                Some(u) => Some(u.ch),
                None => match self.pending {
                    Some(n) => n,
                    None => continue, // the tail waits for its right neighbour
                },
            };
            let ch = self.out[j].ch;
            if ch == ' ' && self.rules.spaces {
                let keep = matches!((prev, next), (Some(p), Some(n))
                    if n != '\n' && !is_cjk(p) && !is_cjk(n));
                if !keep {
                    self.out.remove(j);
                    for w in &mut self.work {
                        if *w > j {
                            *w -= 1;
                        }
                    }
                    self.work.push(j);
                    if j > self.line_start {
                        self.work.push(j - 1);
                    }
                    // The removal may complete a year in brackets, `(2014 )`.
                    if self.rules.punct {
                        for k in j..(j + 5).min(self.out.len()) {
                            if is_year_close(self.out[k].ch) {
                                self.try_year(k);
                            }
                        }
                    }
                }
            } else if self.rules.punct && self.decide(j, prev, next) {
                self.touch(j);
            }
        }
    }

    /// Queue both neighbours of unit `j`, which just changed.
    fn touch(&mut self, j: usize) {
        if j > self.line_start {
            self.work.push(j - 1);
        }
        self.work.push(j + 1);
    }

    /// Apply the punctuation rules to unit `j`; true when it changed.
    fn decide(&mut self, j: usize, prev: Option<char>, next: Option<char>) -> bool {
        let ch = self.out[j].ch;
        if is_range_dash(ch) && ch != '-' {
            let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
            if digit(prev) && digit(next) {
                self.out[j].ch = '-';
                return true;
            }
            return false;
        }
        if ch == '-' {
            return false;
        }
        let Some(full) = full_width_of(ch) else { return false };
        let mut convert = prev.is_some_and(is_cjk) || next.is_some_and(is_cjk);
        if ch == ')'
            && let Some(k) = self.matching_open(j)
        {
            let content = self.out.get(k + 1..j).unwrap_or_default();
            convert = convert || self.out[k].ch == '（' || content.iter().any(|u| is_cjk(u.ch));
            if convert && self.out[k].ch == '(' {
                self.out[k].ch = '（';
                self.touch(k);
            }
        }
        if convert {
            self.out[j].ch = full;
            // A `(` made full-width takes its `)` along.
            if ch == '('
                && let Some(k) = self.matching_close(j)
            {
                self.work.push(k);
            }
        }
        convert
    }

    /// Index of the `)` or `）` that closes the `(` at `j`, if already pushed.
    fn matching_close(&self, j: usize) -> Option<usize> {
        let hi = self.out.len().min(j + MAX_PAREN_UNITS);
        let mut depth = 0usize;
        for k in j + 1..hi {
            match self.out[k].ch {
                '(' | '（' => depth += 1,
                ')' | '）' if depth == 0 => return Some(k),
                ')' | '）' => depth -= 1,
                _ => {}
            }
        }
        None
    }

    /// Index of the `(` or `（` that the `)` at `j` closes, on the same line.
    fn matching_open(&self, j: usize) -> Option<usize> {
        let lo = self.line_start.max(j.saturating_sub(MAX_PAREN_UNITS));
        let mut depth = 0usize;
        for k in (lo..j).rev() {
            match self.out[k].ch {
                ')' | '）' => depth += 1,
                '(' | '（' if depth == 0 => return Some(k),
                '(' | '（' => depth -= 1,
                _ => {}
            }
        }
        None
    }

    // ---- patterns completed by the char just pushed ----------------------

    fn after_push(&mut self) {
        let Some(&last) = self.out.last() else { return };
        match last.ch {
            '>' if self.rules.markup => self.reduce_tag(),
            ';' if self.rules.markup => self.reduce_entity(),
            c if self.rules.punct && is_year_close(c) => self.reduce_year(),
            _ => {}
        }
    }

    /// Index of the last `open` in the current line at most `max` units back.
    fn find_back(&self, open: char, max: usize) -> Option<usize> {
        let n = self.out.len();
        let lo = self.line_start.max(n.saturating_sub(max));
        (lo..n).rev().find(|&k| self.out[k].ch == open)
    }

    /// The text of `out[from..]` in the scratch buffer, and its source span.
    fn tail_text(&mut self, from: usize) -> Span {
        self.scratch.clear();
        let units = self.out.get(from..).unwrap_or_default();
        self.scratch.extend(units.iter().map(|u| u.ch));
        match (units.first(), units.last()) {
            (Some(a), Some(b)) => Span::new(a.start as usize, b.end as usize),
            _ => Span::default(),
        }
    }

    fn reduce_tag(&mut self) {
        let Some(k) = self.find_back('<', MAX_TAG_CHARS) else { return };
        let span = self.tail_text(k);
        let Some(kind) = tag_kind(&self.scratch) else { return };
        self.out.truncate(k);
        let replacement = match kind {
            TagKind::Block => '\n',
            TagKind::Cell => ' ',
            TagKind::Inline => return,
        };
        self.inbox.push(Unit::new(replacement, span.start, span.end));
    }

    fn reduce_entity(&mut self) {
        let Some(k) = self.find_back('&', MAX_ENTITY_CHARS) else { return };
        let span = self.tail_text(k);
        let Some(c) = entity(&self.scratch) else { return };
        self.out.truncate(k);
        if let Fold::Char(f) = fold_char(c, self.rules.width) {
            self.inbox.push(Unit::new(f, span.start, span.end));
        }
    }

    /// `[2014]` `【2014】` `(2014)` `（2014）` `﹝2014﹞` → `〔2014〕`, for the
    /// closer just pushed.
    fn reduce_year(&mut self) {
        if let Some(close) = self.out.len().checked_sub(1)
            && self.try_year(close)
        {
            self.propagate();
        }
    }

    /// Rewrite the year brackets closed by the unit at `close`; true when it
    /// did (the unit before the opener is then queued in `work`).
    fn try_year(&mut self, close: usize) -> bool {
        let Some(open) = close.checked_sub(5).filter(|&o| o >= self.line_start) else {
            return false;
        };
        let Some(units) = self.out.get(open..=close) else { return false };
        let mut year = 0u32;
        for u in &units[1..5] {
            match u.ch.to_digit(10) {
                Some(d) if u.ch.is_ascii_digit() => year = year * 10 + d,
                _ => return false,
            }
        }
        let brackets = is_year_open(units[0].ch) && is_year_close(units[5].ch);
        let done = units[0].ch == '〔' && units[5].ch == '〕';
        if !brackets || done || !(1900..=2099).contains(&year) {
            return false;
        }
        self.out[open].ch = '〔';
        self.out[close].ch = '〕';
        if open > self.line_start {
            self.work.push(open - 1);
        }
        true
    }

    // ---- lines ------------------------------------------------------------

    /// The current line is complete: drop it if it is noise, join it to the
    /// previous line if a page break cut them apart, then push `newline`.
    fn end_line(&mut self, newline: Option<Unit>) {
        let (start, end) = (self.line_start, self.out.len());
        if start < end {
            if self.units_are_noise(start, end) {
                self.drop_noise_line(start, end);
                return;
            }
            self.join_or_keep(start, end);
        }
        if let Some(u) = newline {
            self.out.push(u);
        }
        self.line_start = self.out.len();
    }

    /// True when the units `out[start..end]`, read as one line, are a noise
    /// line.
    fn units_are_noise(&mut self, start: usize, end: usize) -> bool {
        // One unit per char: a line of more units is too long to be noise.
        self.rules.noise
            && end - start <= MAX_NOISE_CHARS
            && self.noise.may_be_noise(self.out[start..end].iter().map(|u| u.ch))
            && {
                let mut text = std::mem::take(&mut self.line_buf);
                fill(&mut text, &self.out[start..end]);
                let noise = self.noise.is_noise_prefiltered(&text);
                self.line_buf = text;
                noise
            }
    }

    fn drop_noise_line(&mut self, start: usize, end: usize) {
        let span = Span::new(self.out[start].start as usize, self.out[end - 1].end as usize);
        self.out.truncate(start);
        if let Some(prev) = self.kept.last_mut() {
            prev.noise_after += 1;
        }
        self.note_noise(span);
    }

    /// Record the noise line at source `span`, in source order: a joined
    /// line dropped as noise takes the place of the noise lines inside it.
    fn note_noise(&mut self, span: Span) {
        let line = span.get(self.source).unwrap_or("");
        let mut preview: String = line.chars().take(PREVIEW_CHARS).collect();
        if line.chars().nth(PREVIEW_CHARS).is_some() {
            preview.push('…');
        }
        let warning = format!(
            "noise line removed from matching at bytes {}..{}: {preview}",
            span.start, span.end
        );
        let from = self.noise_spans.partition_point(|s| s.start < span.start);
        let inside = self.noise_spans[from..].iter().take_while(|s| s.end <= span.end).count();
        self.noise_spans.splice(from..from + inside, [span]);
        self.warnings.splice(from..from + inside, [warning]);
    }

    /// The line `out[start..end]` is not noise: join it to the kept line
    /// before it, or keep it as a line of its own.
    ///
    /// A kept line is judged as noise once it is complete, as a second pass
    /// would read it: a line that joins no further, made of source lines
    /// joined together, is dropped when it reads as a noise line, and the
    /// kept line before it may then take the current line. (Refusing the
    /// join instead was not stable: the line after the break could grow by
    /// later joins until the pair was too long to be noise, and a second
    /// pass then joined it.)
    fn join_or_keep(&mut self, mut start: usize, mut end: usize) {
        while let Some(&prev) = self.kept.last() {
            if self.rules.joins
                && self.out.get(prev.end..start).is_some_and(|gap| gap.iter().all(|u| u.ch == '\n'))
                && start - prev.end <= MAX_JOIN_GAP + 2 * prev.noise_after
                && self.joins(prev, start, end)
            {
                let gap_start = prev.end;
                let joined = PrevLine { end: gap_start + (end - start), noise_after: 0, ..prev };
                if let Some(last) = self.kept.last_mut() {
                    *last = joined;
                }
                self.out.drain(gap_start..start);
                return;
            }
            // `prev` is complete.
            if !self.joined_line_is_noise(prev) {
                break;
            }
            let removed = self.drop_joined_line(prev);
            start -= removed;
            end -= removed;
        }
        // Only a line short enough to be noise can be dropped and open the
        // one before it again.
        if let Some(last) = self.kept.last()
            && (!self.rules.noise || last.end - last.start > MAX_NOISE_CHARS)
        {
            let n = self.kept.len();
            self.kept.drain(..n - 1);
        }
        self.kept.push(PrevLine { start, first_end: end, end, noise_after: 0 });
    }

    /// True when the complete kept line `line`, made of joined source lines,
    /// reads as a noise line. (A single source line was judged on its own.)
    fn joined_line_is_noise(&mut self, line: PrevLine) -> bool {
        line.first_end < line.end && self.units_are_noise(line.start, line.end)
    }

    /// Drop the kept line `line`, the last of [`Engine::kept`], as a noise
    /// line together with the newline after it (as a noise line's newline
    /// is never pushed); the kept line before it is open again. Returns the
    /// number of units removed.
    fn drop_joined_line(&mut self, line: PrevLine) -> usize {
        let span =
            Span::new(self.out[line.start].start as usize, self.out[line.end - 1].end as usize);
        let newline = self.out.get(line.end).is_some_and(|u| u.ch == '\n');
        let removed = line.end - line.start + usize::from(newline);
        self.out.drain(line.start..line.start + removed);
        self.line_start = self.line_start.saturating_sub(removed);
        self.kept.pop();
        if let Some(prev) = self.kept.last_mut() {
            prev.noise_after += 1 + line.noise_after;
        }
        self.note_noise(span);
        removed
    }

    /// True when the line `out[start..end]` continues `prev`. The cheap
    /// tests on the chars at the break come first; the facts of `prev` are
    /// gathered (its first physical line, then what was joined to it, as
    /// they were seen) only when those pass.
    fn joins(&mut self, prev: PrevLine, start: usize, end: usize) -> bool {
        let (Some(last), Some(first)) =
            (self.out.get(prev.end.wrapping_sub(1)), self.out.get(start))
        else {
            return false;
        };
        if !may_join(last.ch, prev.end - prev.start, first.ch) {
            return false;
        }
        let mut text = std::mem::take(&mut self.line_buf);
        let mut before = std::mem::take(&mut self.prev_buf);
        fill(&mut text, &self.out[start..end]);
        fill(&mut before, &self.out[prev.start..prev.first_end]);
        let mut facts = LineFacts::of(&before);
        if prev.first_end < prev.end {
            fill(&mut before, &self.out[prev.first_end..prev.end]);
            facts.append(&before);
        }
        let join = should_join_facts(&facts, &text);
        self.line_buf = text;
        self.prev_buf = before;
        join
    }
}

/// `buf` holds the chars of `units`.
fn fill(buf: &mut String, units: &[Unit]) {
    buf.clear();
    buf.extend(units.iter().map(|u| u.ch));
}

/// Longest tag, in bytes, that `simple_block_tag` reads.
const MAX_SIMPLE_TAG: usize = 16;

/// The source end of the block tag at source byte `i` (`<p>`, `</p>`,
/// `<br/>`…) when it is made of ASCII letters, digits, `/` and `:` only.
///
/// No rule rewrites those chars, so fed one by one the tag reaches
/// `reduce_tag` as it stands in the source and is replaced by a newline
/// spanning it; on the way only its `<` settles the unit before it, which
/// the newline settles again with the same outcome (a rule that converts a
/// unit next to `<` converts it next to `\n` too, and a space before either
/// goes when its left side is Chinese, before `\n` in any case). So the
/// newline is fed at once. Inline and cell tags take the long way: the char
/// after them settles the unit before them.
fn simple_block_tag(source: &str, i: usize) -> Option<usize> {
    let rest = source.as_bytes().get(i..)?;
    let len = 1 + rest.iter().take(MAX_SIMPLE_TAG).position(|&b| b == b'>')?;
    let inner = rest.get(1..len - 1)?;
    if !inner.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'/' || b == b':') {
        return None;
    }
    let tag = source.get(i..i + len)?;
    (tag_kind(tag) == Some(TagKind::Block)).then_some(i + len)
}

/// True when the unit `u`, which spans `w` source bytes, is the source char
/// it spans, copied unchanged: its char is `w` bytes long, and none of
/// those that a rule writes in place of a source char of the same length
/// (`\r`, vertical tab and form feed fold to `\n`, a tab to a space, `~`
/// between digits becomes `-`, year brackets `【】（）﹝﹞` become `〔〕`).
/// Every other rewrite changes the length: full-width ASCII folds to one
/// byte, ASCII punctuation becomes full-width, markup and entities span more
/// bytes than the char they leave. (Debug builds check each copied run.)
fn is_copy(u: Unit, w: usize) -> bool {
    let c = u32::from(u.ch);
    match w {
        1 => c < 0x80 && !matches!(u.ch, '\n' | ' ' | '-'),
        2 => (0x80..0x800).contains(&c),
        3 => (0x800..0x1_0000).contains(&c) && !matches!(u.ch, '〔' | '〕'),
        4 => c >= 0x1_0000,
        _ => false,
    }
}

/// A char that no rule rewrites and whose arrival no rule reacts to when it
/// follows another such char: ideographs, ASCII letters and digits, and the
/// CJK punctuation that is neither a closing bracket nor a dash. (A rule
/// that looks further back, a range dash or a year bracket, is settled when
/// a char that is not plain arrives.)
fn is_plain(c: char) -> bool {
    is_han(c)
        || c.is_ascii_alphanumeric()
        || matches!(c, '，' | '。' | '、' | '：' | '；' | '“' | '”' | '《' | '》' | '（')
}
