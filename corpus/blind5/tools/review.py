"""Review aid for the annotator (reads only texts/ and gold/): prints every span with 12 characters of context,
then every number and every 前/底/以上/以下/不少于/不超过/不低于/内/超过/不满 not covered by any span.

  python3 review.py ID
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
doc_id = sys.argv[1]
src = open(os.path.join(HERE, "..", "texts", doc_id + ".txt"), encoding="utf-8").read()
g = json.load(open(os.path.join(HERE, "..", "gold", doc_id + ".json"), encoding="utf-8"))
flat = lambda s: s.replace("\n", "⏎")
spans = []
for key in ("deadlines", "quotas", "neutral"):
    for x in g[key]:
        spans.append((x["start"], x["end"]))
        extra = x.get("end_date") or (x.get("comparator"), x.get("value"), x.get("max"), x.get("unit"), x.get("per")) \
            if key != "neutral" else x["why"]
        print(f"{key[:2]} {x['start']:5d} …{flat(src[max(0, x['start'] - 12):x['start']])}[{flat(x['text'])}]"
              f"{flat(src[x['end']:x['end'] + 12])}…  {extra}")
for x in g["citations"]["doc_numbers"]:
    spans.append((x["start"], x["end"]))
for t in g["citations"]["titles"]:
    for o in t["occurrences"]:
        spans.append((o["start"], o["end"]))
print("--- uncovered")
pat = re.compile(r"[0-9０-９]+(?:[.．][0-9]+)?|[一二三四五六七八九十百千两]+(?=[个年月日天项%％倍家所名人次])|前|底|以上|以下|不少于|不超过|不低于|不高于|超过|不满|低于|以内|内")
for m in pat.finditer(src):
    if any(a <= m.start() < b for a, b in spans):
        continue
    print(f"{m.start():5d} …{flat(src[max(0, m.start() - 12):m.start()])}[{m.group()}]{flat(src[m.end():m.end() + 10])}")
