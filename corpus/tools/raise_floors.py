#!/usr/bin/env python3
"""Raise the F1 floors of corpus/eval_floors.json to today's figures (rounded down to 2 decimals).

Usage, from the project root: python3 corpus/tools/raise_floors.py target/release/gongwen
A floor is never lowered: a category below its floor is reported and its floor kept, so the
eval test goes on failing until the drop is fixed.
"""
import json, subprocess, math, sys
exe = sys.argv[1]
old = json.load(open('corpus/eval_floors.json'))
out = {"_note": old["_note"]}
for s in ["devset", "added", "genres", "seeds"]:
    r = json.loads(subprocess.run([exe, "eval", f"corpus/{s}", "--format", "json"], capture_output=True, text=True).stdout)
    cats = r["categories"]
    out[s] = {k: math.floor(v["f1"] * 100 + 1e-9) / 100 for k, v in cats.items()}
    for k, v in old.get(s, {}).items():
        if out[s].get(k, 1) < v:
            print(f"BELOW FLOOR {s} {k}: {out[s][k]} < {v}; the floor is kept", file=sys.stderr)
            out[s][k] = v
json.dump(out, open('corpus/eval_floors.json', 'w'), ensure_ascii=False, indent=1)
open('corpus/eval_floors.json', 'a').write('\n')
print(json.dumps(out, ensure_ascii=False))
