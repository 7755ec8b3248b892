"""Check every gold file of corpus/genres against its text (no gongwen needed).

  python3 tools/validate.py [--gold-dir D] [--data-dir D]

Checks: keys (the devset's plus statistics[]/directives[] and the statute/news fields), sha256/bytes/chars of the
text, text == text[start:end] in characters for every span and occurrence, comparators, modality and cue (the cue
occurs in the directive's text), neutral kinds, statute kinds, document indexes, no deadline/quota/statistic
overlapping a neutral span. Prints one line per file and totals; exits non-zero on any error.
"""
import argparse, datetime, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ["id", "file", "source", "genre", "level", "meta_date", "note", "documents", "deadlines", "neutral", "quotas",
       "statistics", "directives", "citations", "slogans"]
SRC = ["repo", "commit", "path", "record", "archive", "archive_line", "archive_id", "excerpt_start", "excerpt_end",
       "whole_text", "meta", "sha256", "bytes", "chars"]
DOC = ["index", "kind", "forwarding", "doc_number", "title", "issuer", "issuer_in_header", "date", "recipients",
       "embedded", "note", "meta"]
DL = ["text", "start", "end", "end_date", "start_date", "hedge", "document", "year_level", "note"]
NE = ["text", "start", "end", "kind", "why", "duration", "event"]
QU = ["text", "start", "end", "comparator", "value", "max", "unit", "per", "subject", "document", "threshold", "strict",
      "comparator_alt", "hedge", "note"]
STK = ["text", "start", "end", "value", "unit", "approx", "document"]
DIK = ["text", "start", "end", "modality", "cue", "document"]
DN = ["text", "start", "end", "role", "standard", "document"]
TI = ["text", "role", "document", "occurrences"]
SLK = ["name", "numeral", "optional", "expansion", "expansion_in_text", "note", "occurrences"]
KINDS = {"statute": {"law", "regulation", "rules", "interpretation"}, "news": {"news"}}
CMPS = {"=", ">=", "<=", ">", "<", "~", "range"}
MODALITIES = {"must", "prohibit", "should", "encourage", "may"}
NEUTRAL_KINDS = {"window", "recurring", "vague", "past", "anniversary", "start", "duration", "meeting", "reference",
                 "period", "time"}


def check(path, data_dir):
    errs = []
    g = json.load(open(path, encoding="utf-8"))

    def need(obj, keys, what):
        for k in keys:
            if k not in obj:
                errs.append(f"{what}: missing key {k!r}")

    need(g, TOP, "top")
    need(g.get("source", {}), SRC, "source")
    raw = open(os.path.join(data_dir, g["file"]), "rb").read()
    text = raw.decode("utf-8")
    s = g["source"]
    if hashlib.sha256(raw).hexdigest() != s.get("sha256"):
        errs.append("sha256 mismatch")
    if len(raw) != s.get("bytes"):
        errs.append(f"bytes {len(raw)} != {s.get('bytes')}")
    if len(text) != s.get("chars"):
        errs.append(f"chars {len(text)} != {s.get('chars')}")
    if s.get("excerpt_end", 0) - s.get("excerpt_start", 0) != len(text):
        errs.append("excerpt offsets do not match the text length")
    if g["id"] + ".txt" != g["file"]:
        errs.append("id/file mismatch")
    ndocs = len(g["documents"])
    for i, d in enumerate(g["documents"]):
        need(d, DOC, f"documents[{i}]")
        if d.get("index") != i:
            errs.append(f"documents[{i}] index {d.get('index')}")
        if d.get("kind") not in KINDS.get(g.get("genre"), set()):
            errs.append(f"documents[{i}] kind {d.get('kind')!r} for genre {g.get('genre')!r}")
        if d.get("date"):
            datetime.date.fromisoformat(d["date"])

    def span(x, what):
        if not (0 <= x["start"] < x["end"] <= len(text)):
            errs.append(f"{what}: bad offsets {x['start']}..{x['end']}")
        elif "text" in x and text[x["start"]:x["end"]] != x["text"]:
            errs.append(f"{what}: text {x['text']!r} != slice {text[x['start']:x['end']]!r}")

    def docidx(x, what):
        if not (isinstance(x.get("document"), int) and 0 <= x["document"] < ndocs):
            errs.append(f"{what}: document index {x.get('document')}")

    for i, x in enumerate(g["deadlines"]):
        need(x, DL, f"deadlines[{i}]"); span(x, f"deadlines[{i}]"); docidx(x, f"deadlines[{i}]")
        for k in ("end_date", "start_date"):
            if x.get(k):
                datetime.date.fromisoformat(x[k])
        if not x.get("end_date"):
            errs.append(f"deadlines[{i}] without end_date")
    for i, x in enumerate(g["neutral"]):
        need(x, NE, f"neutral[{i}]"); span(x, f"neutral[{i}]")
        if x.get("kind") not in NEUTRAL_KINDS:
            errs.append(f"neutral[{i}] kind {x.get('kind')!r}")
        if x.get("kind") == "window" and not x.get("duration"):
            errs.append(f"neutral[{i}] window without duration")
    for i, x in enumerate(g["quotas"]):
        need(x, QU, f"quotas[{i}]"); span(x, f"quotas[{i}]"); docidx(x, f"quotas[{i}]")
        if x.get("comparator") not in CMPS:
            errs.append(f"quotas[{i}] comparator {x.get('comparator')!r}")
        if not isinstance(x.get("value"), (int, float)):
            errs.append(f"quotas[{i}] value {x.get('value')!r}")
        if x.get("comparator") == "range" and (x.get("max") is None or x["max"] <= x["value"]):
            errs.append(f"quotas[{i}] range without a max above value")
    for i, x in enumerate(g["statistics"]):
        need(x, STK, f"statistics[{i}]"); span(x, f"statistics[{i}]"); docidx(x, f"statistics[{i}]")
        if not isinstance(x.get("value"), (int, float)) or not isinstance(x.get("approx"), bool):
            errs.append(f"statistics[{i}] value/approx {x.get('value')!r}/{x.get('approx')!r}")
    for i, x in enumerate(g["directives"]):
        need(x, DIK, f"directives[{i}]"); span(x, f"directives[{i}]"); docidx(x, f"directives[{i}]")
        if x.get("modality") not in MODALITIES:
            errs.append(f"directives[{i}] modality {x.get('modality')!r}")
        if not x.get("cue") or x["cue"] not in x.get("text", ""):
            errs.append(f"directives[{i}] cue {x.get('cue')!r} not in its text")
    for key in ("deadlines", "quotas", "statistics"):
        for x in g[key]:
            for n in g["neutral"]:
                if max(x["start"], n["start"]) < min(x["end"], n["end"]):
                    errs.append(f"{key} {x['text']!r} overlaps neutral {n['text']!r}")
    c = g["citations"]
    need(c, ["doc_numbers", "titles"], "citations")
    for i, x in enumerate(c["doc_numbers"]):
        need(x, DN, f"doc_numbers[{i}]"); span(x, f"doc_numbers[{i}]"); docidx(x, f"doc_numbers[{i}]")
    for i, t in enumerate(c["titles"]):
        need(t, TI, f"titles[{i}]"); docidx(t, f"titles[{i}]")
        if not t["occurrences"]:
            errs.append(f"titles[{i}] has no occurrence")
        if not (t["text"].startswith("《") and t["text"].endswith("》")):
            errs.append(f"titles[{i}] not bracketed")
        if text.count(t["text"]) != len(t["occurrences"]):
            errs.append(f"titles[{i}] occurrences incomplete")
        for o in t["occurrences"]:
            span({**o, "text": t["text"]}, f"titles[{i}] occurrence")
    for i, sl in enumerate(g["slogans"]):
        need(sl, SLK, f"slogans[{i}]")
        if not sl["optional"] and not sl["occurrences"]:
            errs.append(f"slogans[{i}] required but not in text")
        for o in sl["occurrences"]:
            span({**o, "text": sl["name"]}, f"slogans[{i}] occurrence")
    return g, errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold-dir", default=os.path.join(HERE, "..", "gold"))
    ap.add_argument("--data-dir", default=os.path.join(HERE, "..", "texts"))
    a = ap.parse_args()
    bad = 0
    keys = ("deadlines", "neutral", "quotas", "statistics", "directives")
    tot = {"statute": {}, "news": {}}
    for f in sorted(os.listdir(a.gold_dir)):
        if not f.endswith(".json"):
            continue
        g, errs = check(os.path.join(a.gold_dir, f), a.data_dir)
        t = tot.setdefault(g.get("genre"), {})
        t["files"] = t.get("files", 0) + 1
        t["chars"] = t.get("chars", 0) + g["source"]["chars"]
        for k in keys:
            t[k] = t.get(k, 0) + len(g[k])
        for d in g["directives"]:
            t["directives_" + d["modality"]] = t.get("directives_" + d["modality"], 0) + 1
        t["titles"] = t.get("titles", 0) + len(g["citations"]["titles"])
        t["doc_numbers"] = t.get("doc_numbers", 0) + len(g["citations"]["doc_numbers"])
        t["slogans_required"] = t.get("slogans_required", 0) + sum(1 for s in g["slogans"] if not s["optional"])
        print(f, "OK" if not errs else "FAIL")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    texts = {x for x in os.listdir(a.data_dir) if x.endswith(".txt")}
    golds = {x[:-5] + ".txt" for x in os.listdir(a.gold_dir) if x.endswith(".json")}
    for x in sorted(texts - golds):
        print("text without gold:", x); bad += 1
    for genre, t in tot.items():
        print("totals", genre, json.dumps(dict(sorted(t.items())), ensure_ascii=False))
    n = sum(t.get("files", 0) for t in tot.values())
    print(f"{n - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
