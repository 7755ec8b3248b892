#!/usr/bin/env python3
"""Raise the F1 floors of corpus/eval_floors.json to today's figures (rounded down to 2 decimals).

Usage, from the project root: python3 corpus/tools/raise_floors.py target/release/gongwen
A floor is never lowered: a category below its floor is reported and its floor kept, so the
eval test goes on failing until the drop is fixed.
"""
import json, subprocess, math, sys
exe = sys.argv[1]
def f1(v):
    """Exact F1 from the counts (the printed f1 is rounded)."""
    tp, pred, gold = v["tp"], v["pred"], v["gold"]
    p = tp / pred if pred else (1.0 if gold == 0 else 0.0)
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


old = json.load(open('corpus/eval_floors.json'))
out = {"_note": old["_note"]}
for s in ["devset", "added", "genres", "seeds", "blind", "blind2", "blind3", "blind4", "blind5"]:
    r = json.loads(subprocess.run([exe, "eval", f"corpus/{s}", "--format", "json"], capture_output=True, text=True).stdout)
    cats = r["categories"]
    out[s] = {k: math.floor(f1(v) * 100) / 100 for k, v in cats.items()}
    for k, v in old.get(s, {}).items():
        if out[s].get(k, 1) < v:
            print(f"BELOW FLOOR {s} {k}: {out[s][k]} < {v}; the floor is kept", file=sys.stderr)
            out[s][k] = v
json.dump(out, open('corpus/eval_floors.json', 'w'), ensure_ascii=False, indent=1)
open('corpus/eval_floors.json', 'a').write('\n')
print(json.dumps(out, ensure_ascii=False))
