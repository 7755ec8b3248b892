//! Matching predictions against gold, and the tallies.
//!
//! The rules are those of the development set's reference scorer
//! (`corpus/devset/tools/score.py`), reproduced exactly so that both give the
//! same numbers; see the README section "Evaluating on annotated documents".

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use serde_json::{Value, json};
use unicode_normalization::UnicodeNormalization;

use crate::analyze::{Analysis, DocumentReport};
use crate::eval::gold::{GoldDocument, GoldFile};
use crate::extract::citation::CitationKind;
use crate::extract::time::TimeKind;
use crate::{CharIndex, Span};

/// A scored category, in report order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Category {
    /// Header fields per gold document; each field is one unit.
    Structure,
    /// Per file: the number of logical documents is the gold's.
    DocCount,
    /// Dated deadlines: end date equal and span overlap.
    Deadlines,
    /// Quotas: value (and max) equal and span overlap.
    Quotas,
    /// Standard 文号 as a set per file.
    CitationsDocno,
    /// Outer 《titles》 as a set per file.
    CitationsTitle,
    /// Distinct slogan names per file.
    Slogans,
    /// Directives: modality equal and span overlap (files with `directives[]`).
    Directives,
    /// Statistics: value equal and span overlap (files with `statistics[]`).
    Statistics,
}

impl Category {
    /// Every category, in report order.
    pub const ALL: [Category; 9] = [
        Category::Structure,
        Category::DocCount,
        Category::Deadlines,
        Category::Quotas,
        Category::CitationsDocno,
        Category::CitationsTitle,
        Category::Slogans,
        Category::Directives,
        Category::Statistics,
    ];

    /// The name used in reports and floor files (`citations_docno`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Structure => "structure",
            Category::DocCount => "doc_count",
            Category::Deadlines => "deadlines",
            Category::Quotas => "quotas",
            Category::CitationsDocno => "citations_docno",
            Category::CitationsTitle => "citations_title",
            Category::Slogans => "slogans",
            Category::Directives => "directives",
            Category::Statistics => "statistics",
        }
    }

    /// The category named `name`, if any.
    #[must_use]
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

/// A structure field, in report order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// 发文字号, compared normalised (white space, year brackets).
    DocNumber,
    /// Title, white space ignored; a predicted `关于…` tail of the gold title counts.
    Title,
    /// 成文日期.
    Date,
    /// 文种.
    Kind,
    /// Forwards or issues another document.
    Forwarding,
    /// 主送机关 as a sorted list.
    Recipients,
    /// 发文机关, scored only where a 发文机关标志 is printed.
    Issuer,
}

impl Field {
    /// The name used in reports.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Field::DocNumber => "doc_number",
            Field::Title => "title",
            Field::Date => "date",
            Field::Kind => "kind",
            Field::Forwarding => "forwarding",
            Field::Recipients => "recipients",
            Field::Issuer => "issuer",
        }
    }
}

/// True positives, predictions and gold items of one category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Predictions matched to a gold item.
    pub tp: usize,
    /// Predictions counted.
    pub pred: usize,
    /// Gold items.
    pub gold: usize,
}

impl Tally {
    fn add(&mut self, tp: usize, pred: usize, gold: usize) {
        self.tp += tp;
        self.pred += pred;
        self.gold += gold;
    }

    /// `tp / pred`; 1 with nothing predicted and nothing to find, else 0 with nothing predicted.
    #[must_use]
    #[allow(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
    pub fn precision(&self) -> f64 {
        if self.pred > 0 {
            self.tp as f64 / self.pred as f64
        } else if self.gold == 0 {
            1.0
        } else {
            0.0
        }
    }

    /// `tp / gold`; 1 with nothing to find.
    #[must_use]
    #[allow(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
    pub fn recall(&self) -> f64 {
        if self.gold > 0 { self.tp as f64 / self.gold as f64 } else { 1.0 }
    }

    /// Harmonic mean of precision and recall (0 when both are 0).
    #[must_use]
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
    }
}

/// Right and total of one structure field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FieldTally {
    /// Fields right.
    pub ok: usize,
    /// Fields scored.
    pub total: usize,
}

/// One miss, false finding or wrong value, with its context.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Miss {
    /// The gold file's `id`.
    pub doc: String,
    /// What went wrong (`missed`, `false positive`, `wrong date`, `doc 0 title`, …).
    pub what: String,
    /// The text around the span, the span itself in `[ ]`, newlines as `⏎`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// What gongwen gave, as in its JSON output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub got: Option<Value>,
    /// What the gold says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold: Option<Value>,
    /// The kind of a false deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Value>,
}

impl Miss {
    fn new(doc: &str, what: impl Into<String>) -> Miss {
        Miss {
            doc: doc.to_string(),
            what: what.into(),
            text: None,
            got: None,
            gold: None,
            kind: None,
        }
    }
    fn text(mut self, text: String) -> Miss {
        self.text = Some(text);
        self
    }
    fn got(mut self, got: Value) -> Miss {
        self.got = Some(got);
        self
    }
    fn gold(mut self, gold: Value) -> Miss {
        self.gold = Some(gold);
        self
    }
    fn kind(mut self, kind: Value) -> Miss {
        self.kind = Some(kind);
        self
    }
}

/// Tallies and errors, for one file or summed over a set.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scorecard {
    /// Per category; a category appears once some file scored it.
    pub tallies: BTreeMap<Category, Tally>,
    /// Per structure field.
    pub fields: BTreeMap<Field, FieldTally>,
    /// Matched quotas whose comparator is accepted.
    pub cmp_ok: usize,
    /// Matched quotas whose unit is the gold's.
    pub unit_ok: usize,
    /// Misses and false findings per category, in file and text order.
    pub errors: BTreeMap<Category, Vec<Miss>>,
    /// Predictions ignored because they overlap only a neutral span.
    pub ignored_neutral: Vec<Miss>,
}

impl Scorecard {
    fn add(&mut self, cat: Category, tp: usize, pred: usize, gold: usize) {
        self.tallies.entry(cat).or_default().add(tp, pred, gold);
    }

    fn err(&mut self, cat: Category, miss: Miss) {
        self.errors.entry(cat).or_default().push(miss);
    }

    fn field(&mut self, field: Field, ok: bool) {
        let f = self.fields.entry(field).or_default();
        f.ok += usize::from(ok);
        f.total += 1;
    }

    /// Add `other`'s tallies and append its errors.
    pub fn merge(&mut self, other: Scorecard) {
        for (cat, t) in other.tallies {
            self.add(cat, t.tp, t.pred, t.gold);
        }
        for (field, f) in other.fields {
            let mine = self.fields.entry(field).or_default();
            mine.ok += f.ok;
            mine.total += f.total;
        }
        self.cmp_ok += other.cmp_ok;
        self.unit_ok += other.unit_ok;
        for (cat, mut errs) in other.errors {
            self.errors.entry(cat).or_default().append(&mut errs);
        }
        self.ignored_neutral.extend(other.ignored_neutral);
    }
}

/// A text with char offsets, for converting spans and showing context.
struct Chars<'t> {
    text: &'t str,
    index: CharIndex,
}

type CharSpan = (usize, usize);

impl<'t> Chars<'t> {
    fn new(text: &'t str) -> Chars<'t> {
        Chars { text, index: CharIndex::new(text) }
    }

    fn of(&self, span: Span) -> Option<CharSpan> {
        self.index.char_span(span).map(|s| (s.start, s.end))
    }

    fn slice(&self, start: usize, end: usize) -> &'t str {
        let n = self.index.char_len();
        let byte = |c: usize| self.index.byte_offset(c.min(n)).unwrap_or(self.text.len());
        let (s, e) = (byte(start), byte(end.max(start)));
        self.text.get(s..e).unwrap_or_default()
    }

    /// Twelve chars either side, the span in brackets.
    fn ctx(&self, span: Option<CharSpan>) -> String {
        const K: usize = 12;
        let Some((a, b)) = span else { return String::new() };
        let s = format!(
            "{}[{}]{}",
            self.slice(a.saturating_sub(K), a),
            self.slice(a, b),
            self.slice(b, b + K)
        );
        s.replace('\n', "⏎").replace('\r', "")
    }
}

fn overlap(a: Option<CharSpan>, b: CharSpan) -> bool {
    a.is_some_and(|a| a.0.max(b.0) < a.1.min(b.1))
}

/// White space as Python's `\s` sees it (Unicode white space plus U+001C..U+001F).
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `s` without white space.
pub(crate) fn ws(s: &str) -> String {
    s.chars().filter(|&c| !is_space(c)).collect()
}

static PAREN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(](\d{4})[）)]").expect("valid PAREN_YEAR"));
static BRACKET_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"〔\d{4}〕").expect("valid BRACKET_YEAR"));

/// A 文号 normalised: no white space, year brackets unified, `(2014)` → `〔2014〕`,
/// and a bracketed 代字 inside a joint code in full-width brackets
/// (`鲁密办(局)函` = `鲁密办（局）函`).
pub(crate) fn ndn(s: &str) -> String {
    let s: String = ws(s)
        .chars()
        .map(|c| match c {
            '﹝' | '[' | '【' | '［' => '〔',
            '﹞' | ']' | '】' | '］' => '〕',
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect();
    PAREN_YEAR.replace_all(&s, "〔$1〕").into_owned()
}

fn ndn_opt(s: Option<&str>) -> Option<String> {
    Some(ndn(s.unwrap_or_default())).filter(|s| !s.is_empty())
}

fn title_ok(pred: Option<&str>, gold: Option<&str>) -> bool {
    let (Some(pred), Some(gold)) = (pred, gold) else { return gold.is_none() && pred.is_none() };
    if pred.is_empty() {
        return false;
    }
    let (p, g) = (ws(pred), ws(gold));
    p == g || (p.starts_with("关于") && g.ends_with(&p))
}

fn issuer_ok(pred: Option<&str>, gd: &GoldDocument) -> bool {
    let organs: Vec<String> = match &gd.issuers {
        Some(list) if !list.is_empty() => list.iter().map(|x| ws(x)).collect(),
        _ => vec![ws(gd.issuer.as_deref().unwrap_or_default())],
    };
    let p = ws(pred.unwrap_or_default()).replace("文件", "").replace('、', "");
    let room: usize = organs.iter().map(|o| o.chars().count()).sum::<usize>() + 2;
    !p.is_empty() && organs.iter().all(|o| p.contains(o.as_str())) && p.chars().count() <= room
}

fn recips<'a>(list: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<String> = list
        .into_iter()
        .map(ws)
        .filter(|x| !x.is_empty())
        .map(|x| x.trim_end_matches(['：', ':']).to_string())
        .collect();
    v.sort();
    v
}

/// The serde name of a unit enum (`notice`, `must`).
fn name_of<T: Serialize>(t: &T) -> Value {
    serde_json::to_value(t).unwrap_or(Value::Null)
}

/// A number as gongwen and the gold JSON write it: integral values without `.0`.
#[allow(clippy::cast_possible_truncation, reason = "checked integral and in range")]
fn num(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 { json!(v as i64) } else { json!(v) }
}

fn close(got: f64, gold: f64) -> bool {
    (got - gold).abs() <= 1e-6 * gold.abs().max(1.0)
}

const SLOGAN_SUFFIXES: [&str; 5] = ["清单", "要求", "活动", "方案", "原则"];

fn slogan_name(s: &str) -> String {
    ws(s).nfkc().collect()
}

/// Score one analysed text against its gold file.
pub(crate) fn score_file(gold: &GoldFile, text: &str, analysis: &Analysis<'_>) -> Scorecard {
    let mut card = Scorecard::default();
    let src = Chars::new(text);
    let docs = &analysis.documents;
    structure(&mut card, gold, docs);
    deadlines(&mut card, gold, &src, docs);
    quotas(&mut card, gold, &src, docs);
    citations(&mut card, gold, docs);
    slogans(&mut card, gold, docs);
    if let Some(directives) = &gold.directives {
        let gold_items =
            directives.iter().map(|g| ((g.start, g.end), json!(g.modality))).collect::<Vec<_>>();
        let preds = docs.iter().flat_map(|d| &d.findings.directives).map(|d| {
            (src.of(d.directive.span), name_of(&d.directive.modality), |g: &Value, p: &Value| {
                g == p
            })
        });
        spans_with_value(
            &mut card,
            Category::Directives,
            &gold.id,
            &src,
            &gold_items,
            preds,
            "wrong modality",
        );
    }
    if let Some(statistics) = &gold.statistics {
        let gold_items =
            statistics.iter().map(|g| ((g.start, g.end), num(g.value))).collect::<Vec<_>>();
        let same = |g: &Value, p: &Value| match (g.as_f64(), p.as_f64()) {
            (Some(g), Some(p)) => close(p, g),
            _ => false,
        };
        let preds = docs
            .iter()
            .flat_map(|d| &d.findings.statistics)
            .map(|s| (src.of(s.span), num(s.value), same));
        spans_with_value(
            &mut card,
            Category::Statistics,
            &gold.id,
            &src,
            &gold_items,
            preds,
            "wrong value",
        );
    }
    card
}

fn structure(card: &mut Scorecard, gold: &GoldFile, docs: &[DocumentReport<'_>]) {
    let id = gold.id.as_str();
    for gd in &gold.documents {
        let mut fields = vec![
            Field::DocNumber,
            Field::Title,
            Field::Date,
            Field::Kind,
            Field::Forwarding,
            Field::Recipients,
        ];
        if gd.issuer_in_header {
            fields.push(Field::Issuer);
        }
        let Some(pd) = docs.get(gd.index).map(|r| &r.document) else {
            for &f in &fields {
                card.field(f, false);
            }
            card.add(Category::Structure, 0, fields.len(), fields.len());
            let shown =
                gd.title.clone().filter(|t| !t.is_empty()).unwrap_or_else(|| gd.kind.clone());
            card.err(
                Category::Structure,
                Miss::new(id, format!("doc {} not found", gd.index)).gold(json!(shown)),
            );
            continue;
        };
        let mut right = 0;
        for &f in &fields {
            let ok = match f {
                Field::DocNumber => {
                    ndn_opt(pd.doc_number.as_ref().map(|n| n.text))
                        == ndn_opt(gd.doc_number.as_deref())
                }
                Field::Title => title_ok(pd.title.map(|t| t.text), gd.title.as_deref()),
                Field::Date => pd.date.map(|d| d.value) == gd.date,
                Field::Kind => name_of(&pd.kind) == json!(gd.kind),
                Field::Forwarding => pd.forwarding == gd.forwarding,
                Field::Recipients => {
                    recips(pd.recipients.iter().map(|r| r.text))
                        == recips(gd.recipients.iter().map(String::as_str))
                }
                Field::Issuer => issuer_ok(pd.issuer.map(|i| i.text), gd),
            };
            card.field(f, ok);
            right += usize::from(ok);
            if !ok {
                let (got, want) = match f {
                    Field::DocNumber => {
                        (json!(pd.doc_number.as_ref().map(|n| n.text)), json!(gd.doc_number))
                    }
                    Field::Title => (json!(pd.title.map(|t| t.text)), json!(gd.title)),
                    Field::Date => (
                        json!(pd.date.map(|d| d.value.to_string())),
                        json!(gd.date.map(|d| d.to_string())),
                    ),
                    Field::Kind => (name_of(&pd.kind), json!(gd.kind)),
                    Field::Forwarding => (json!(pd.forwarding), json!(gd.forwarding)),
                    Field::Recipients => (
                        json!(pd.recipients.iter().map(|r| r.text).collect::<Vec<_>>()),
                        json!(gd.recipients),
                    ),
                    Field::Issuer => (json!(pd.issuer.map(|i| i.text)), json!(gd.issuer)),
                };
                let miss =
                    Miss::new(id, format!("doc {} {}", gd.index, f.as_str())).got(got).gold(want);
                card.err(Category::Structure, miss);
            }
        }
        card.add(Category::Structure, right, fields.len(), fields.len());
    }
    let ok = docs.len() == gold.documents.len();
    card.add(Category::DocCount, usize::from(ok), 1, 1);
    if !ok {
        let miss = Miss::new(id, "document count")
            .got(json!(docs.len()))
            .gold(json!(gold.documents.len()));
        card.err(Category::DocCount, miss);
    }
}

fn deadlines(card: &mut Scorecard, gold: &GoldFile, src: &Chars<'_>, docs: &[DocumentReport<'_>]) {
    let id = gold.id.as_str();
    let neutral: Vec<CharSpan> = gold.neutral.iter().map(|n| (n.start, n.end)).collect();
    let gdl: Vec<CharSpan> = gold.deadlines.iter().map(|g| (g.start, g.end)).collect();
    let (mut used, mut wrong) = (BTreeSet::new(), BTreeSet::new());
    let (mut tp, mut npred) = (0, 0);
    for it in docs.iter().flat_map(|d| &d.findings.deadlines) {
        if matches!(it.kind, TimeKind::Vague | TimeKind::Recurring) {
            continue;
        }
        let sp = src.of(it.span);
        let end = json!(it.end.map(|d| d.to_string()));
        let hits: Vec<usize> = (0..gdl.len()).filter(|&j| overlap(sp, gdl[j])).collect();
        if hits.is_empty() && neutral.iter().any(|&n| overlap(sp, n)) {
            let miss = Miss::new(id, "deadline").text(src.ctx(sp)).got(end).kind(name_of(&it.kind));
            card.ignored_neutral.push(miss);
            continue;
        }
        npred += 1;
        if let Some(&j) =
            hits.iter().find(|&&j| !used.contains(&j) && gold.deadlines[j].end_date == it.end)
        {
            used.insert(j);
            tp += 1;
        } else if let Some(&first) = hits.first() {
            wrong.extend(hits.iter().copied());
            let want = json!(gold.deadlines[first].end_date.map(|d| d.to_string()));
            card.err(
                Category::Deadlines,
                Miss::new(id, "wrong date").text(src.ctx(sp)).got(end).gold(want),
            );
        } else {
            let miss =
                Miss::new(id, "false positive").text(src.ctx(sp)).got(end).kind(name_of(&it.kind));
            card.err(Category::Deadlines, miss);
        }
    }
    for (j, gx) in gold.deadlines.iter().enumerate() {
        if !used.contains(&j) && !wrong.contains(&j) {
            let want = json!(gx.end_date.map(|d| d.to_string()));
            card.err(
                Category::Deadlines,
                Miss::new(id, "missed").text(src.ctx(Some(gdl[j]))).gold(want),
            );
        }
    }
    card.add(Category::Deadlines, tp, npred, gdl.len());
}

fn quotas(card: &mut Scorecard, gold: &GoldFile, src: &Chars<'_>, docs: &[DocumentReport<'_>]) {
    let id = gold.id.as_str();
    let neutral: Vec<CharSpan> = gold.neutral.iter().map(|n| (n.start, n.end)).collect();
    let gq: Vec<CharSpan> = gold.quotas.iter().map(|g| (g.start, g.end)).collect();
    let shown = |g: &crate::eval::gold::GoldQuota| {
        json!([g.comparator, g.value.map(num), g.max.map(num), g.unit])
    };
    let (mut used, mut wrong) = (BTreeSet::new(), BTreeSet::new());
    let (mut tp, mut npred) = (0, 0);
    for it in docs.iter().flat_map(|d| &d.findings.quotas) {
        let sp = src.of(it.span);
        let cmp = it.comparator.as_str();
        let hits: Vec<usize> = (0..gq.len()).filter(|&j| overlap(sp, gq[j])).collect();
        if hits.is_empty() && neutral.iter().any(|&n| overlap(sp, n)) {
            let miss =
                Miss::new(id, "quota").text(src.ctx(sp)).got(json!([cmp, num(it.value), it.unit]));
            card.ignored_neutral.push(miss);
            continue;
        }
        npred += 1;
        let value_ok = |j: usize| {
            let gx = &gold.quotas[j];
            let v = gx.value.is_some_and(|g| close(it.value, g));
            let m = match gx.max {
                None => true,
                Some(g) => it.max.is_some_and(|p| close(p, g)),
            };
            v && m
        };
        if let Some(&j) = hits.iter().find(|&&j| !used.contains(&j) && value_ok(j)) {
            used.insert(j);
            tp += 1;
            let gx = &gold.quotas[j];
            let mut alt: BTreeSet<&str> = gx.comparator_alt.iter().map(String::as_str).collect();
            alt.insert(gx.comparator.as_str());
            match gx.comparator.as_str() {
                ">=" => alt.insert("="),
                "=" => alt.insert(">="),
                _ => false,
            };
            if ws(it.unit) == ws(&gx.unit) {
                card.unit_ok += 1;
            } else {
                let miss = Miss::new(id, "unit")
                    .text(src.ctx(sp))
                    .got(json!(it.unit))
                    .gold(json!(gx.unit));
                card.err(Category::Quotas, miss);
            }
            if alt.contains(cmp) {
                card.cmp_ok += 1;
            } else {
                let miss = Miss::new(id, "comparator")
                    .text(src.ctx(sp))
                    .got(json!(cmp))
                    .gold(json!(gx.comparator));
                card.err(Category::Quotas, miss);
            }
        } else if let Some(&first) = hits.first() {
            wrong.extend(hits.iter().copied());
            let got = json!([cmp, num(it.value), it.max.map(num), it.unit]);
            let miss = Miss::new(id, "wrong value")
                .text(src.ctx(sp))
                .got(got)
                .gold(shown(&gold.quotas[first]));
            card.err(Category::Quotas, miss);
        } else {
            let miss = Miss::new(id, "false positive").text(src.ctx(sp)).got(json!([
                cmp,
                num(it.value),
                it.unit
            ]));
            card.err(Category::Quotas, miss);
        }
    }
    for (j, gx) in gold.quotas.iter().enumerate() {
        if !used.contains(&j) && !wrong.contains(&j) {
            card.err(
                Category::Quotas,
                Miss::new(id, "missed").text(src.ctx(Some(gq[j]))).gold(shown(gx)),
            );
        }
    }
    card.add(Category::Quotas, tp, npred, gq.len());
}

/// Score two sets: tallies and sorted errors.
fn sets(
    card: &mut Scorecard,
    cat: Category,
    id: &str,
    gold: &BTreeSet<String>,
    pred: &BTreeSet<String>,
) {
    card.add(cat, gold.intersection(pred).count(), pred.len(), gold.len());
    for x in pred.difference(gold) {
        card.err(cat, Miss::new(id, "false positive").got(json!(x)));
    }
    for x in gold.difference(pred) {
        card.err(cat, Miss::new(id, "missed").gold(json!(x)));
    }
}

fn citations(card: &mut Scorecard, gold: &GoldFile, docs: &[DocumentReport<'_>]) {
    let id = gold.id.as_str();
    let gset: BTreeSet<String> = gold
        .citations
        .doc_numbers
        .iter()
        .filter(|x| x.standard)
        .map(|x| ndn(x.text_normalized.as_deref().unwrap_or(&x.text)))
        .collect();
    let mut pset = BTreeSet::new();
    for d in docs {
        if let Some(n) = d.document.doc_number.as_ref().filter(|n| !n.text.is_empty()) {
            pset.insert(ndn(n.text));
        }
        for c in d.findings.citations.iter().filter(|c| c.kind == CitationKind::DocNumber) {
            match &c.doc_number {
                Some(n) if !n.code.is_empty() && n.year != 0 => {
                    pset.insert(ndn(&format!("{}〔{}〕{}号", n.code, n.year, n.serial)));
                }
                _ => {
                    pset.insert(ndn(c.text));
                }
            }
        }
    }
    pset.retain(|x| BRACKET_YEAR.is_match(x));
    sets(card, Category::CitationsDocno, id, &gset, &pset);

    let gt: BTreeSet<String> = gold.citations.titles.iter().map(|x| ws(&x.text)).collect();
    let pt: BTreeSet<String> = docs
        .iter()
        .flat_map(|d| &d.findings.citations)
        .filter(|c| c.kind == CitationKind::Title)
        .map(|c| ws(c.text))
        .collect();
    sets(card, Category::CitationsTitle, id, &gt, &pt);
}

fn slogans(card: &mut Scorecard, gold: &GoldFile, docs: &[DocumentReport<'_>]) {
    let gn: BTreeSet<String> =
        gold.slogans.iter().filter(|s| !s.optional).map(|s| slogan_name(&s.name)).collect();
    let opt: BTreeSet<String> =
        gold.slogans.iter().filter(|s| s.optional).map(|s| slogan_name(&s.name)).collect();
    let mut pn = BTreeSet::new();
    for it in docs.iter().flat_map(|d| &d.findings.slogans) {
        let n = slogan_name(&it.name);
        let base = gn.iter().chain(&opt).find(|x| {
            n != **x
                && n.strip_prefix(x.as_str()).is_some_and(|rest| SLOGAN_SUFFIXES.contains(&rest))
        });
        pn.insert(base.cloned().unwrap_or(n));
    }
    pn.retain(|n| !opt.contains(n));
    sets(card, Category::Slogans, &gold.id, &gn, &pn);
}

/// Greedy span matching with a value check (directives, statistics): a
/// prediction overlapping an unused gold item with the same value is a hit.
#[allow(clippy::too_many_arguments, reason = "one private helper for two categories")]
fn spans_with_value<F: Fn(&Value, &Value) -> bool>(
    card: &mut Scorecard,
    cat: Category,
    id: &str,
    src: &Chars<'_>,
    gold: &[(CharSpan, Value)],
    preds: impl Iterator<Item = (Option<CharSpan>, Value, F)>,
    wrong_what: &str,
) {
    let (mut used, mut wrong) = (BTreeSet::new(), BTreeSet::new());
    let (mut tp, mut npred) = (0, 0);
    for (sp, value, same) in preds {
        npred += 1;
        let hits: Vec<usize> = (0..gold.len()).filter(|&j| overlap(sp, gold[j].0)).collect();
        if let Some(&j) = hits.iter().find(|&&j| !used.contains(&j) && same(&gold[j].1, &value)) {
            used.insert(j);
            tp += 1;
        } else if let Some(&first) = hits.first() {
            wrong.extend(hits.iter().copied());
            let miss =
                Miss::new(id, wrong_what).text(src.ctx(sp)).got(value).gold(gold[first].1.clone());
            card.err(cat, miss);
        } else {
            card.err(cat, Miss::new(id, "false positive").text(src.ctx(sp)).got(value));
        }
    }
    for (j, (span, value)) in gold.iter().enumerate() {
        if !used.contains(&j) && !wrong.contains(&j) {
            card.err(cat, Miss::new(id, "missed").text(src.ctx(Some(*span))).gold(value.clone()));
        }
    }
    card.add(cat, tp, npred, gold.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisers_follow_the_reference_scorer() {
        let rows = [
            ("spaces and half-width brackets", "国办发 [2020] 45号", "国办发〔2020〕45号"),
            ("parenthesised year", "鲁政字（2021）12号", "鲁政字〔2021〕12号"),
            ("ascii parentheses", "鲁政字(2021)12号", "鲁政字〔2021〕12号"),
            ("hexagonal variants", "国发﹝2023﹞5号", "国发〔2023〕5号"),
            ("ideographic space", "国发\u{3000}〔2023〕5号", "国发〔2023〕5号"),
        ];
        for (name, input, want) in rows {
            assert_eq!(ndn(input), want, "{name}");
        }
        assert_eq!(ws("a\u{1f} b\tc"), "abc");
        assert_eq!(slogan_name("“四 风”"), "“四风”");
        assert_eq!(slogan_name("１２３"), "123");
    }

    #[test]
    fn field_rules() {
        assert!(title_ok(Some("关于做好工作的通知"), Some("国务院关于做好 工作的通知")));
        assert!(!title_ok(Some("做好工作的通知"), Some("国务院关于做好工作的通知")));
        assert!(title_ok(None, None));
        assert!(!title_ok(Some(""), Some("x")));
        assert_eq!(recips(["各市：", " ", "省直各部门:"]), ["各市", "省直各部门"]);
        let gd: GoldDocument = serde_json::from_value(json!({"index": 0, "kind": "notice",
            "forwarding": false, "doc_number": null, "title": null, "issuer": "山东省人民政府办公厅",
            "date": null, "recipients": []}))
        .expect("gold document");
        assert!(issuer_ok(Some("山东省人民政府办公厅文件"), &gd));
        assert!(!issuer_ok(Some("山东省人民政府"), &gd));
        assert!(!issuer_ok(None, &gd));
    }

    #[test]
    fn tallies() {
        let t = Tally { tp: 3, pred: 4, gold: 6 };
        assert!((t.precision() - 0.75).abs() < 1e-12);
        assert!((t.recall() - 0.5).abs() < 1e-12);
        assert!((t.f1() - 0.6).abs() < 1e-12);
        let empty = Tally::default();
        assert_eq!((empty.precision(), empty.recall(), empty.f1()), (1.0, 1.0, 1.0));
        let none_found = Tally { tp: 0, pred: 0, gold: 2 };
        assert_eq!((none_found.precision(), none_found.f1()), (0.0, 0.0));
    }

    #[test]
    fn context_is_char_based() {
        let src = Chars::new("一二三四五六七八九十甲乙丙丁\n戊己庚辛壬癸子丑寅卯");
        assert_eq!(src.ctx(Some((13, 14))), "二三四五六七八九十甲乙丙[丁]⏎戊己庚辛壬癸子丑寅卯");
        assert_eq!(src.ctx(Some((0, 1))), "[一]二三四五六七八九十甲乙丙");
        assert_eq!(src.ctx(None), "");
    }
}
