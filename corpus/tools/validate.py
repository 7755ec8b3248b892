"""Check every gold file of an annotated set in the development set's format against its text
(no gongwen needed). One checker for corpus/added and corpus/blind (corpus/genres has its own,
for its extra statistics/directives fields).

  python3 corpus/tools/validate.py corpus/added        # or --gold-dir D --data-dir D

Checks: required keys (as in shared/devset gold), sha256/bytes/chars of the text, every span's
text == text[start:end] in characters (deadlines, neutral, quotas, doc_numbers, title and slogan
occurrences), end_date/start_date format, quota comparators, document indexes, no deadline/quota
overlapping a neutral span. Prints one line per file and exits non-zero on any error.
"""
import argparse, datetime, hashlib, json, os, sys

TOP = ["id", "file", "source", "level", "meta_date", "note", "documents", "deadlines", "neutral", "quotas",
       "citations", "slogans"]
SRC = ["repo", "commit", "path", "record", "sha256", "bytes", "chars"]
DOC = ["index", "kind", "forwarding", "doc_number", "title", "issuer", "issuer_in_header", "date", "recipients"]
DL = ["text", "start", "end", "end_date", "start_date", "hedge", "document", "year_level", "note"]
NE = ["text", "start", "end", "why"]
QU = ["text", "start", "end", "comparator", "value", "max", "unit", "per", "document", "threshold", "strict",
      "comparator_alt", "hedge", "note"]
DN = ["text", "start", "end", "role", "standard", "document"]
TI = ["text", "role", "document", "occurrences"]
SLK = ["name", "numeral", "optional", "expansion", "expansion_in_text", "note", "occurrences"]
KINDS = {"notice", "letter", "reply", "opinion", "unknown", "decision", "report", "request", "circular"}
CMPS = {"=", ">=", "<=", ">", "<", "~", "range"}


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
    if g["id"] + ".txt" != g["file"]:
        errs.append("id/file mismatch")
    ndocs = len(g["documents"])
    for i, d in enumerate(g["documents"]):
        need(d, DOC, f"documents[{i}]")
        if d.get("index") != i:
            errs.append(f"documents[{i}] index {d.get('index')}")
        if d.get("kind") not in KINDS:
            errs.append(f"documents[{i}] kind {d.get('kind')!r}")
        for k in ("date",):
            if d.get(k):
                datetime.date.fromisoformat(d[k])

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
                try:
                    datetime.date.fromisoformat(x[k])
                except ValueError:
                    errs.append(f"deadlines[{i}] {k} {x[k]!r}")
        if not x.get("end_date"):
            errs.append(f"deadlines[{i}] without end_date")
    for i, x in enumerate(g["neutral"]):
        need(x, NE, f"neutral[{i}]"); span(x, f"neutral[{i}]")
    for i, x in enumerate(g["quotas"]):
        need(x, QU, f"quotas[{i}]"); span(x, f"quotas[{i}]"); docidx(x, f"quotas[{i}]")
        if x.get("comparator") not in CMPS:
            errs.append(f"quotas[{i}] comparator {x.get('comparator')!r}")
        if not isinstance(x.get("value"), (int, float)):
            errs.append(f"quotas[{i}] value {x.get('value')!r}")
        if x.get("comparator") == "range" and x.get("max") is None:
            errs.append(f"quotas[{i}] range without max")
    for key in ("deadlines", "quotas"):
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
        for o in t["occurrences"]:
            span({**o, "text": t["text"]}, f"titles[{i}] occurrence")
    for i, sl in enumerate(g["slogans"]):
        need(sl, SLK, f"slogans[{i}]")
        exp = sl.get("expansion")
        if exp is not None and not (isinstance(exp, list) and all(isinstance(x, str) for x in exp)):
            errs.append(f"slogans[{i}] expansion is not null or a list of strings")
        if not sl["optional"] and not sl["occurrences"]:
            errs.append(f"slogans[{i}] required but not in text")
        for o in sl["occurrences"]:
            span({**o, "text": sl["name"]}, f"slogans[{i}] occurrence")
    return g, errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", nargs="?", help="a set folder holding gold/ and texts/")
    ap.add_argument("--gold-dir")
    ap.add_argument("--data-dir")
    a = ap.parse_args()
    bad = 0
    tot = dict(files=0, documents=0, deadlines=0, neutral=0, quotas=0, doc_numbers=0, titles=0, slogans=0)
    if not (a.set_dir or (a.gold_dir and a.data_dir)):
        ap.error("give a set folder, or --gold-dir and --data-dir")
    a.gold_dir = a.gold_dir or os.path.join(a.set_dir, "gold")
    a.data_dir = a.data_dir or os.path.join(a.set_dir, "texts")
    for f in sorted(os.listdir(a.gold_dir)):
        if not f.endswith(".json"):
            continue
        g, errs = check(os.path.join(a.gold_dir, f), a.data_dir)
        tot["files"] += 1
        tot["documents"] += len(g["documents"])
        for k in ("deadlines", "neutral", "quotas"):
            tot[k] += len(g[k])
        tot["doc_numbers"] += sum(1 for x in g["citations"]["doc_numbers"] if x.get("standard", True))
        tot["titles"] += len(g["citations"]["titles"])
        tot["slogans"] += sum(1 for s in g["slogans"] if not s["optional"])
        print(f, "OK" if not errs else "FAIL")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    texts = {x for x in os.listdir(a.data_dir) if x.endswith(".txt")}
    golds = {x[:-5] + ".txt" for x in os.listdir(a.gold_dir) if x.endswith(".json")}
    for x in sorted(texts - golds):
        print("text without gold:", x); bad += 1
    print("totals:", json.dumps(tot))
    print(f"{tot['files'] - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
