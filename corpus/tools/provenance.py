"""Check the saved texts of an annotated set against the provenance in its gold files.

One copy for every set whose tools/sources.py records where its texts came from (blind2, blind3):
each text's sha256, byte count and char count must equal `source` in gold/<id>.json; with a
`rebuild` function (id -> bytes or None), the text rebuilt from its source must equal the saved one.

  check(set_dir, ids, rebuild=None) -> number of mismatches (printed one line per text)
"""
import hashlib, json, os


def check(set_dir, ids, rebuild=None):
    bad = 0
    for doc_id in ids:
        raw = open(os.path.join(set_dir, "texts", doc_id + ".txt"), "rb").read()
        h = hashlib.sha256(raw).hexdigest()
        g = os.path.join(set_dir, "gold", doc_id + ".json")
        want = json.load(open(g, encoding="utf-8"))["source"] if os.path.exists(g) else {}
        chars = len(raw.decode("utf-8"))
        ok = want.get("sha256") == h and want.get("bytes") == len(raw) and want.get("chars") == chars
        extra = ""
        if rebuild is not None:
            rb = rebuild(doc_id)
            extra = " rebuild: " + ("n/a" if rb is None else ("same" if rb == raw else "DIFFERS"))
            bad += rb is not None and rb != raw
        bad += not ok
        print(doc_id, len(raw), "bytes", chars, "chars", h[:16], "OK" if ok else "MISMATCH", extra)
    return bad
