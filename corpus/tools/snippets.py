"""Helpers shared by the hand-annotation scripts of the annotated sets (corpus/added, corpus/blind,
corpus/blind2): spans given as exact snippets (plus which occurrence, or an anchor before them) become
character offsets into the text decoded from UTF-8, and each set's gold files are written in the
devset format (corpus/devset/README.md). The helpers are the devset's annotate_a.py helpers.

A set's script registers its annotations with `gold = GoldSet()` / `gold(doc_id, ...)` and calls
`main(gold, source_of, TEXTS, GOLD_DIR)`. A snippet that occurs more than once without `nth` or
`after` is an error: the first occurrence is not always the one meant (blind b01 had that bug).
"""
import hashlib, json, os, sys


class S:
    """A span: exact text, nth occurrence (0-based) or the first occurrence after `after`."""

    def __init__(self, text, nth=None, after=None):
        self.text, self.nth, self.after = text, nth, after

    def locate(self, src):
        if self.after is not None:
            a = src.find(self.after)
            if a < 0:
                raise SystemExit(f"anchor not found: {self.after!r}")
            i = src.find(self.text, a)
        else:
            nth = self.nth
            if nth is None:
                if src.count(self.text) > 1:
                    raise SystemExit(f"ambiguous span (occurs {src.count(self.text)} times, give nth): {self.text!r}")
                nth = 0
            i = -1
            for _ in range(nth + 1):
                i = src.find(self.text, i + 1)
                if i < 0:
                    break
        if i < 0:
            raise SystemExit(f"span not found: {self.text!r} nth={self.nth} after={self.after!r}")
        return {"text": self.text, "start": i, "end": i + len(self.text)}


def sp(x):
    return x if isinstance(x, S) else S(x)


def DL(span, end, start=None, hedge=None, doc=0, year_level=False, note=None):
    return ("deadline", sp(span), dict(end_date=end, start_date=start, hedge=hedge, document=doc,
                                       year_level=year_level, note=note))


def Q(span, cmp, value, unit, max=None, per=None, doc=0, threshold=False, strict=False, alt=None, hedge=None, note=None):
    return ("quota", sp(span), dict(comparator=cmp, value=value, max=max, unit=unit, per=per, document=doc,
                                    threshold=threshold, strict=strict, comparator_alt=alt or [], hedge=hedge, note=note))


def N(span, why):
    return ("neutral", sp(span), dict(why=why))


def DN(span, role, standard=True, doc=0):
    return ("docnum", sp(span), dict(role=role, standard=standard, document=doc))


def T(title, role="cited", doc=0):
    """All occurrences of an outer 《title》 (given without or with the brackets)."""
    t = title if title.startswith("《") else f"《{title}》"
    return ("title", t, dict(role=role, document=doc))


def SL(name, numeral, optional=False, expansion=None, expansion_in_text=False, note=None):
    return ("slogan", name, dict(numeral=numeral, optional=optional, expansion=expansion,
                                 expansion_in_text=expansion_in_text, note=note))


def DOC(kind, forwarding, doc_number, title, issuer, issuer_in_header, date, recipients, **extra):
    d = dict(kind=kind, forwarding=forwarding, doc_number=doc_number, title=title, issuer=issuer,
             issuer_in_header=issuer_in_header, date=date, recipients=recipients)
    d.update(extra)
    return d


class GoldSet:
    """The annotations of one set: `gold(doc_id, level, meta_date, docs, items, note)` adds one text."""

    def __init__(self):
        self.entries = {}

    def __call__(self, doc_id, level, meta_date, docs, items, note=None):
        self.entries[doc_id] = (level, meta_date, docs, items, note)


def build_one(doc_id, entry, source_of, texts):
    level, meta_date, docs, items, note = entry
    raw = open(os.path.join(texts, doc_id + ".txt"), "rb").read()
    src = raw.decode("utf-8")
    out = {"id": doc_id, "file": doc_id + ".txt",
           "source": {**source_of(doc_id), "sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw),
                      "chars": len(src)},
           "level": level, "meta_date": meta_date, "note": note,
           "documents": [dict(index=i, **d) for i, d in enumerate(docs)],
           "deadlines": [], "neutral": [], "quotas": [],
           "citations": {"doc_numbers": [], "titles": []}, "slogans": []}
    seen = set()
    for kind, s, attrs in items:
        if kind in ("deadline", "quota", "neutral", "docnum"):
            loc = s.locate(src)
            key = (kind, loc["start"], loc["end"])
            if key in seen:
                raise SystemExit(f"{doc_id}: duplicate {kind} span {loc}")
            seen.add(key)
            rec = {**loc, **attrs}
            {"deadline": out["deadlines"], "quota": out["quotas"], "neutral": out["neutral"],
             "docnum": out["citations"]["doc_numbers"]}[kind].append(rec)
        elif kind == "title":
            i = src.find(s)
            if i < 0:
                raise SystemExit(f"{doc_id}: title not found {s!r}")
            occ = []
            while i >= 0:
                occ.append({"start": i, "end": i + len(s)})
                i = src.find(s, i + 1)
            out["citations"]["titles"].append({"text": s, **attrs, "occurrences": occ})
        elif kind == "slogan":
            occ, i = [], src.find(s)
            while i >= 0:
                occ.append({"start": i, "end": i + len(s)})
                i = src.find(s, i + 1)
            if not occ and not attrs["optional"]:
                raise SystemExit(f"{doc_id}: slogan not found {s!r}")
            out["slogans"].append({"name": s, **attrs, "occurrences": occ})
    for key in ("deadlines", "quotas", "neutral"):
        out[key].sort(key=lambda x: x["start"])
        for x in out[key]:
            assert src[x["start"]:x["end"]] == x["text"], (doc_id, x)
    # a deadline/quota must not overlap a neutral span (the scorer would treat it ambiguously)
    for key in ("deadlines", "quotas"):
        for x in out[key]:
            for n in out["neutral"]:
                if max(x["start"], n["start"]) < min(x["end"], n["end"]):
                    raise SystemExit(f"{doc_id}: {key} {x['text']!r} overlaps neutral {n['text']!r}")
    for x in out["citations"]["doc_numbers"]:
        assert src[x["start"]:x["end"]] == x["text"]
    return out


def main(gold_set, source_of, texts, gold_dir):
    """Write `gold_dir/<id>.json` for every entry of `gold_set` (or the ids on the command line)."""
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    os.makedirs(gold_dir, exist_ok=True)
    for doc_id, entry in gold_set.entries.items():
        if only and doc_id not in only:
            continue
        g = build_one(doc_id, entry, source_of, texts)
        for d in g["documents"]:
            d.setdefault("embedded", [])
            d.setdefault("note", None)
        with open(os.path.join(gold_dir, doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(doc_id, "docs", len(g["documents"]), "deadlines", len(g["deadlines"]), "neutral", len(g["neutral"]),
              "quotas", len(g["quotas"]), "docnums", len(g["citations"]["doc_numbers"]),
              "titles", len(g["citations"]["titles"]),
              "slogans", sum(1 for s in g["slogans"] if not s["optional"]))
