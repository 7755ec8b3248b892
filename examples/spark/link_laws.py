"""gongwen on Spark: extract tables of a statute archive with mapInArrow, then link in Spark SQL.

Reads ``../shared/corpora/laws.jsonl`` (one statute per line: ``id``, ``title``,
``date``, ``text``, …) into a Spark DataFrame, runs ``gongwen.spark.extract``
(``gongwen.process_batch`` on every partition's Arrow batches) for the
``documents`` and ``citations`` tables, and joins them in Spark SQL:

- ``cites_number``: a citation's 文号 (code, year, serial) equal to a document's own;
- ``cites_title``: a cited 《title》, normalised (《》, whitespace and punctuation
  folded away, 〈〉 nested titles unwrapped), equal to a document's title
  (its text's, else the archive's ``title`` field);
- ``reuse_candidate`` (``--minhash``): pairs of documents that share a MinHash
  band key of their character 5-gram shingles (candidates only, not aligned).

The link table is written as Parquet to ``OUT/links.parquet`` (plus the two
tables), and the timings to standard error.

    pip install ./python pyspark            # Java 17 on PATH
    python examples/spark/link_laws.py [ARCHIVE] [-o OUT] [--limit N] [--minhash]
"""

from __future__ import annotations

import argparse
import os
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_ARCHIVE = HERE.parents[1].parent / "shared" / "corpora" / "laws.jsonl"

# 《》 and 〈〉 and whitespace and punctuation folded away: the same idea as the
# library's title key, written as a Spark SQL expression.
FOLD = r"[\s《》〈〉<>「」“”‘’·・，,。.、：:；;（）()\[\]【】—–-]"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("archive", nargs="?", type=pathlib.Path, default=DEFAULT_ARCHIVE)
    ap.add_argument("-o", "--output", type=pathlib.Path, default=HERE / "out")
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--minhash", action="store_true", help="also MinHash band keys for reuse candidates")
    args = ap.parse_args()
    if not args.archive.is_file():
        print(f"{args.archive} is absent", file=sys.stderr)
        return 2

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    import gongwen.spark

    t0 = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[*]")
        .appName("gongwen-link-laws")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "256")
        .config("spark.driver.memory", "4g")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    t_start = time.perf_counter() - t0

    laws = spark.read.json(str(args.archive)).select("id", "title", "date", "text")
    if args.limit:
        laws = laws.limit(args.limit)
    laws = laws.repartition(args.partitions)

    t1 = time.perf_counter()
    tables = gongwen.spark.extract(
        laws, text_col="text", id_col="id", date_col="date", title_col="title",
        tables=("documents", "citations"),
    )
    documents = tables["documents"].cache()
    citations = tables["citations"].cache()
    n_docs, n_cits = documents.count(), citations.count()
    t_extract = time.perf_counter() - t1
    print(f"extract: {n_docs} documents, {n_cits} citations in {t_extract:.1f} s", file=sys.stderr)

    # The normalised title keys are columns (a regex in a Python string, not
    # inside SQL text); the joins are Spark SQL.
    t2 = time.perf_counter()
    documents.withColumn("title_key", F.regexp_replace("title", FOLD, "")).createOrReplaceTempView(
        "targets"
    )
    citations.where(~F.col("role").isin("own", "media")).withColumn(
        "title_key", F.regexp_replace("key", FOLD, "")
    ).createOrReplaceTempView("cited")
    links = spark.sql(
        """
        SELECT c.doc_id AS from_doc_id, c.id AS from_id, t.doc_id AS to_doc_id, t.id AS to_id,
               'cites_number' AS relation, c.text AS evidence, c.span_start, c.span_end
        FROM cited c JOIN targets t
          ON c.kind = 'doc_number'
         AND c.doc_number_code = t.doc_number_code
         AND c.doc_number_year = t.doc_number_year
         AND c.doc_number_serial = t.doc_number_serial
        WHERE c.doc_id <> t.doc_id
        UNION ALL
        SELECT c.doc_id, c.id, t.doc_id, t.id, 'cites_title', c.text, c.span_start, c.span_end
        FROM cited c JOIN targets t
          ON c.kind = 'title' AND c.title_key = t.title_key AND length(t.title_key) > 0
        WHERE c.doc_id <> t.doc_id
        """
    )
    links = links.withColumn("span_start", F.col("span_start").cast("long")).withColumn(
        "span_end", F.col("span_end").cast("long")
    )

    if args.minhash:
        links = links.unionByName(reuse_candidates(laws), allowMissingColumns=True)

    args.output.mkdir(parents=True, exist_ok=True)
    links.write.mode("overwrite").parquet(str(args.output / "links.parquet"))
    documents.write.mode("overwrite").parquet(str(args.output / "documents.parquet"))
    citations.write.mode("overwrite").parquet(str(args.output / "citations.parquet"))
    t_link = time.perf_counter() - t2

    written = spark.read.parquet(str(args.output / "links.parquet"))
    counts = {r["relation"]: r["count"] for r in written.groupBy("relation").count().collect()}
    distinct_targets = written.where("relation LIKE 'cites%'").select("to_doc_id").distinct().count()
    print(
        f"links: {counts} ({distinct_targets} distinct cited records) "
        f"joined and written in {t_link:.1f} s",
        file=sys.stderr,
    )
    print(f"spark start {t_start:.1f} s, total {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    written.orderBy("relation", "from_doc_id").show(5, truncate=40)
    spark.stop()
    return 0


def reuse_candidates(laws, shingle: int = 5, bands: int = 16, rows: int = 4):
    """Pairs of records sharing a MinHash band key (``bands`` × ``rows`` hashes of
    character ``shingle``-grams, whitespace removed): candidates for reuse, not
    aligned passages. One row per shingle, then one grouped aggregate of
    ``min(xxhash64(shingle, seed))`` per seed (Spark generates code for it)."""
    from pyspark.sql import functions as F

    text = F.regexp_replace("text", r"\s+", "")
    squeezed = laws.select("id", text.alias("t")).where(F.length("t") >= shingle)
    grams = squeezed.select(
        "id",
        F.explode(F.sequence(F.lit(1), F.length("t") - shingle + 1)).alias("i"),
        "t",
    ).select("id", F.expr(f"xxhash64(substring(t, i, {shingle}))").alias("h"))
    perms = bands * rows
    sig = grams.groupBy("id").agg(*[F.min(F.xxhash64("h", F.lit(s))).alias(f"m{s}") for s in range(perms)])
    keyed = sig.select(
        "id",
        F.posexplode(
            F.array(*[F.xxhash64(*[F.col(f"m{b * rows + r}") for r in range(rows)]) for b in range(bands)])
        ).alias("band", "key"),
    )
    a, b = keyed.alias("a"), keyed.alias("b")
    pairs = (
        a.join(b, (F.col("a.band") == F.col("b.band")) & (F.col("a.key") == F.col("b.key")))
        .where(F.col("a.id") < F.col("b.id"))
        .select(F.col("a.id").alias("from_id"), F.col("b.id").alias("to_id"))
        .distinct()
    )
    return pairs.select(
        F.concat("from_id", F.lit("#0")).alias("from_doc_id"),
        "from_id",
        F.concat("to_id", F.lit("#0")).alias("to_doc_id"),
        "to_id",
        F.lit("reuse_candidate").alias("relation"),
    )


if __name__ == "__main__":
    sys.exit(main())
