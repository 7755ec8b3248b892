#!/usr/bin/env python3
"""Peer timing: JioNLP's time and money extraction over the gongwen seeds.

Installs nothing by itself. Set up once with:

    python3 -m venv .venv && .venv/bin/pip install jionlp

then run from the repository root:

    .venv/bin/python benches/peers/jionlp.py [corpus/docs]

It calls ``jionlp.ner.extract_time`` and ``jionlp.ner.extract_money`` (default
parsing on) on every seed
text (each file as one string, the way gongwen reads it), repeats the whole
pass until at least one second has elapsed, and prints throughput in MB/s of
UTF-8 input. Exceptions raised by JioNLP on a text are counted, not fatal.
"""

import pathlib
import platform
import sys
import time


def main() -> int:
    # This file is itself called jionlp.py: keep its folder off the import
    # path so that `import jionlp` finds the installed package.
    here = pathlib.Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if pathlib.Path(p or ".").resolve() != here]
    sys.modules.pop("jionlp", None)
    try:
        import jionlp
    except ImportError:
        print("jionlp is not installed: pip install jionlp", file=sys.stderr)
        return 2
    # The extractors live in jionlp.ner (jio.ner.extract_time in its docs).
    ner = jionlp.ner
    extract_time = getattr(jionlp, "extract_time", None) or ner.extract_time
    extract_money = getattr(jionlp, "extract_money", None) or ner.extract_money
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "corpus/docs")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        print(f"no .txt files in {folder}", file=sys.stderr)
        return 2
    size = sum(len(t.encode("utf-8")) for t in texts)

    def one_pass() -> tuple[int, int, int]:
        times = money = errors = 0
        for t in texts:
            try:
                times += len(extract_time(t))
            except Exception:  # JioNLP raises on some inputs (尽快, 月初, …)
                errors += 1
            try:
                money += len(extract_money(t))
            except Exception:
                errors += 1
        return times, money, errors

    counts = one_pass()  # warm-up: dictionaries load lazily
    passes = 0
    start = time.perf_counter()
    while True:
        one_pass()
        passes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= 1.0:
            break
    mb = size * passes / 1e6
    print(f"jionlp {getattr(jionlp, '__version__', '?')} on {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.machine()}")
    print(f"{len(texts)} files, {size} bytes, {passes} passes in {elapsed:.2f} s: "
          f"{mb / elapsed:.3f} MB/s")
    print(f"per pass: {counts[0]} times, {counts[1]} money expressions, {counts[2]} exceptions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
