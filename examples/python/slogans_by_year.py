"""Numbered slogans (提法) in 新闻联播 transcripts, by year: a PNG line chart.

Reads ``../shared/corpora/xwlb.jsonl`` (one broadcast day per line: ``id``,
``date``, ``text``), runs ``gongwen.extract`` on the texts (the analysis runs in
Rust on every core), joins the ``slogans`` table with each day's date, and plots
how often the most frequent slogans occur per 100 broadcast days of each year.

    pip install ./python matplotlib polars
    python examples/python/slogans_by_year.py [ARCHIVE] [-o slogans_by_year.png] [--top 8]
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import polars as pl  # noqa: E402
from matplotlib import font_manager  # noqa: E402

import gongwen  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_ARCHIVE = HERE.parents[1].parent / "shared" / "corpora" / "xwlb.jsonl"


def cjk_font() -> str | None:
    """A font that has Chinese glyphs (Noto/Source Han/WenQuanYi/…), if one is installed."""
    names = [f.name for f in font_manager.fontManager.ttflist]
    for keys in (("Sans CJK", "Han Sans", "WenQuanYi", "SimHei"), ("CJK", "Han Serif")):
        for name in names:
            if any(k in name for k in keys):
                return name
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("archive", nargs="?", type=pathlib.Path, default=DEFAULT_ARCHIVE)
    ap.add_argument("-o", "--output", type=pathlib.Path, default=HERE / "slogans_by_year.png")
    ap.add_argument("--top", type=int, default=8, help="how many slogans to plot")
    args = ap.parse_args()
    if not args.archive.is_file():
        print(f"{args.archive} is absent", file=sys.stderr)
        return 2

    days = pl.read_ndjson(args.archive).select("id", "date", "text")
    started = time.perf_counter()
    tables = gongwen.extract(
        days.select("id", "date", "text").to_dicts(),
        tables=["documents", "slogans"],
        backend="polars",
    )
    seconds = time.perf_counter() - started
    slogans = tables["slogans"]
    print(
        f"{days.height} days, {tables['documents'].height} documents, "
        f"{slogans.height} slogan occurrences in {seconds:.1f} s",
        file=sys.stderr,
    )

    dated = days.select("id", pl.col("date").str.slice(0, 4).cast(pl.Int32).alias("year"))
    per_year = dated.group_by("year").len("days")
    counts = (
        slogans.join(dated, on="id")
        .group_by("year", "name")
        .len("occurrences")
        .join(per_year, on="year")
        .with_columns((pl.col("occurrences") * 100 / pl.col("days")).alias("per_100_days"))
    )
    top = (
        slogans.group_by("name").len("n").sort("n", descending=True).head(args.top)["name"].to_list()
    )

    font = cjk_font()
    if font:
        plt.rcParams["font.family"] = font
    else:
        print("no CJK font found: slogan names may show as boxes (install fonts-noto-cjk)", file=sys.stderr)
    fig, ax = plt.subplots(figsize=(10, 6), dpi=120)
    years = sorted(per_year["year"].to_list())
    for name in top:
        series = counts.filter(pl.col("name") == name).sort("year")
        by_year = dict(zip(series["year"].to_list(), series["per_100_days"].to_list()))
        ax.plot(years, [by_year.get(y, 0.0) for y in years], marker="o", label=name)
    ax.set_xticks(years)
    ax.set_xticklabels([f"{y}\n({n} days)" for y, n in zip(years, per_year.sort("year")["days"].to_list())])
    ax.set_ylabel("occurrences per 100 broadcast days")
    ax.set_title(f"Numbered slogans in 新闻联播 transcripts, {years[0]}–{years[-1]} (top {len(top)})")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
