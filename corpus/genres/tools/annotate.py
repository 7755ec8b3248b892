"""Hand annotations of corpus/genres/texts (statutes s01-s14, news days n01-n15), written by reading each
text before any gongwen output was seen (gongwen was neither built nor run for this set).

  python3 tools/annotate.py [ID ...]     writes gold/<id>.json (exact snippets -> character offsets)

Every span is given by its exact text (plus which occurrence, or an anchor before it); the script finds its
character offsets and fails loudly if a text is not found or is ambiguous without nth/after. Format: the
shared devset's (deadlines, neutral, quotas, citations, slogans) plus `statistics[]` and `directives[]`;
conventions in ../README.md. The annotations themselves live in ann_statutes.py and ann_news.py.
"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "..", "texts")
GOLD_DIR = os.path.join(HERE, "..", "gold")
sys.path.insert(0, HERE)
import build  # noqa: E402

sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from snippets import DL, DN, S, SL, T, sp  # noqa: E402,F401  (shared with the other sets)


def Q(span, cmp, value, unit, max=None, per=None, subject=None, doc=0, threshold=False, strict=False, alt=None,
      hedge=None, note=None):
    return ("quota", sp(span), dict(comparator=cmp, value=value, max=max, unit=unit, per=per, subject=subject,
                                    document=doc, threshold=threshold, strict=strict, comparator_alt=alt or [],
                                    hedge=hedge, note=note))


def FINE(span, lo, hi, unit="元", strict=False, note=None):
    """Penalty: a range (lo-hi) or, with lo None, a cap (以下); with hi None, a fixed amount."""
    if lo is not None and hi is not None:
        return Q(span, "range", lo, unit, max=hi, subject="罚款", note=note)
    if lo is None:
        return Q(span, "<=", hi, unit, subject="罚款", note=note)
    return Q(span, "=", lo, unit, subject="罚款", note=note)


NEUTRAL_KINDS = {"window", "recurring", "vague", "past", "anniversary", "start", "duration", "meeting",
                 "reference", "period", "time"}


def N(span, kind, why=None, duration=None, event=None):
    assert kind in NEUTRAL_KINDS, kind
    return ("neutral", sp(span), dict(kind=kind, why=why or kind, duration=duration, event=event))


def W(span, duration, event=None, why=None):
    """A window counted from an event (a rule, never a dated deadline)."""
    return N(span, "window", why or "window counted from an event", duration=duration, event=event)


def ST(span, value, unit, approx=False, doc=0, note=None):
    return ("statistic", sp(span), dict(value=value, unit=unit, approx=approx, document=doc, note=note))


CUE_MODALITY = {"应当": "must", "必须": "must", "须": "must", "不得": "prohibit", "禁止": "prohibit",
                "严禁": "prohibit", "不准": "prohibit", "可以": "may", "可": "may", "鼓励": "encourage",
                "提倡": "encourage", "支持": "encourage", "要": "should", "需要": "should", "要求": "should",
                "务必": "must", "负责": "must", "建议": "should"}
STATUTE = {"value": True}


def D(span, cue=None, modality=None, doc=0, note=None):
    """A directive: `span` is the cue-bearing clause; cue defaults to the first lexicon cue in it (longest first).
    Modality from the cue by the conventions (README); 应 alone is `must` in statutes, `should` in news."""
    s = sp(span)
    if cue is None:
        # multi-character cues first (by position); single characters (应, 可, 须, 要) only when none is present,
        # so that 要 in 必要/需要 or 可 in 可以 is never picked by accident
        multi = [(s.text.find(c), c) for c in CUE_MODALITY if len(c) > 1 and c != "需要" and c in s.text]
        single = [(s.text.find(c), c) for c in ["应", "可", "须", "要"] if c in s.text]
        cue = min(multi)[1] if multi else min(single)[1]
    if modality is None:
        modality = CUE_MODALITY.get(cue) or ("must" if STATUTE["value"] else "should")
    return ("directive", s, dict(modality=modality, cue=cue, document=doc, note=note))


def DOC(kind, title=None, date=None, issuer=None, doc_number=None, recipients=None, meta_title=None,
        meta_date=None, note=None, **extra):
    d = dict(kind=kind, forwarding=False, doc_number=doc_number, title=title, issuer=issuer, issuer_in_header=False,
             date=date, recipients=recipients or [], embedded=[], note=note,
             meta={"title": meta_title, "date": meta_date, "from_meta": True} if (meta_title or meta_date) else None)
    d.update(extra)
    return d


GOLD = {}


def gold(doc_id, genre, level, docs, items, note=None):
    GOLD[doc_id] = (genre, level, docs, items, note)


def build_one(doc_id):
    genre, level, docs, items, note = GOLD[doc_id]
    raw = open(os.path.join(TEXTS, doc_id + ".txt"), "rb").read()
    src = raw.decode("utf-8")
    source = build.source_of(build.corpora_dir(None), doc_id)
    out = {"id": doc_id, "file": doc_id + ".txt",
           "source": {**source, "sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw), "chars": len(src)},
           "genre": genre, "level": level, "meta_date": source["meta"].get("date"), "note": note,
           "documents": [dict(index=i, **d) for i, d in enumerate(docs)],
           "deadlines": [], "neutral": [], "quotas": [], "statistics": [], "directives": [],
           "citations": {"doc_numbers": [], "titles": []}, "slogans": []}
    seen = set()
    dest = {"deadline": out["deadlines"], "quota": out["quotas"], "neutral": out["neutral"],
            "statistic": out["statistics"], "directive": out["directives"], "docnum": out["citations"]["doc_numbers"]}
    for kind, s, attrs in items:
        if kind in dest:
            loc = s.locate(src)
            key = (kind, loc["start"], loc["end"], attrs.get("cue"))
            if key in seen:
                raise SystemExit(f"{doc_id}: duplicate {kind} span {loc}")
            seen.add(key)
            if kind == "directive" and attrs["cue"] not in loc["text"]:
                raise SystemExit(f"{doc_id}: cue {attrs['cue']!r} not in {loc['text']!r}")
            dest[kind].append({**loc, **attrs})
        elif kind in ("title", "slogan"):
            occ, i = [], src.find(s)
            while i >= 0:
                occ.append({"start": i, "end": i + len(s)})
                i = src.find(s, i + 1)
            if not occ and not (kind == "slogan" and attrs["optional"]):
                raise SystemExit(f"{doc_id}: {kind} not found {s!r}")
            if kind == "title":
                out["citations"]["titles"].append({"text": s, **attrs, "occurrences": occ})
            else:
                out["slogans"].append({"name": s, **attrs, "occurrences": occ})
    for key in ("deadlines", "quotas", "neutral", "statistics", "directives"):
        out[key].sort(key=lambda x: (x["start"], x["end"]))
    for key in ("deadlines", "quotas", "statistics"):
        for x in out[key]:
            for n in out["neutral"]:
                if max(x["start"], n["start"]) < min(x["end"], n["end"]):
                    raise SystemExit(f"{doc_id}: {key} {x['text']!r} overlaps neutral {n['text']!r}")
    return out


def main():
    import ann_statutes, ann_news  # noqa: F401  (fill GOLD)
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    os.makedirs(GOLD_DIR, exist_ok=True)
    for doc_id in GOLD:
        if only and doc_id not in only:
            continue
        g = build_one(doc_id)
        with open(os.path.join(GOLD_DIR, doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(doc_id, {k: len(g[k]) for k in ("deadlines", "neutral", "quotas", "statistics", "directives")},
              "docnums", len(g["citations"]["doc_numbers"]), "titles", len(g["citations"]["titles"]))


if __name__ == "__main__":
    import annotate  # the annotation modules fill annotate.GOLD, not __main__.GOLD
    annotate.main()
