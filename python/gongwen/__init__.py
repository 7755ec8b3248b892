"""gongwen (公文): structured, span-exact data from Chinese party and government documents.

The analysis runs in Rust (the ``gongwen`` crate): the GIL is released while it
works and corpus runs use every core. Four entry points:

- :class:`Analyzer` — ``Analyzer().analyze(text)`` gives the records ``gongwen
  extract`` writes for one text: a list with one dict per logical document.
- :func:`extract` — files, directories, JSON Lines archives or texts in, one data
  frame per table out (documents, deadlines, quotas, statistics, slogans,
  directives, citations, warnings, errors), built in Rust and handed over as Arrow.
- :func:`link` — the links between documents (forwards, cites, implements,
  reuses, version_of), as ``gongwen link`` writes them.
- :func:`process_batch` — one ``pyarrow.RecordBatch`` of texts in, the rows of
  one table out with that table's fixed :func:`schema` (for Spark's
  ``mapInArrow``; see :mod:`gongwen.spark`).

Spans and ``span_start``/``span_end`` are UTF-8 **byte** offsets into the text,
end exclusive, as in the CLI's output: ``text.encode()[start:end].decode()``
gives the item's text back.

What an input is (:func:`extract`, :func:`link`, :func:`records`):

- a :class:`os.PathLike` (``pathlib.Path``): a file, a directory (read
  recursively, files of the ``ext`` extensions) or a ``.jsonl`` archive (give
  ``jsonl_text``);
- a ``str`` without a line break that names an existing file or directory: that
  path; any other ``str``: a text;
- a mapping with ``"text"`` and optionally ``"id"``, ``"date"``, ``"title"``,
  ``"doc_number"``, ``"issuer"``: a text with its archive values.
"""

from __future__ import annotations

import datetime as _dt
import os as _os
import warnings as _warnings
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Union

from ._gongwen import Analyzer, GongwenError, _link, _records, _tables, process_batch, schema

__all__ = [
    "Analyzer",
    "GongwenError",
    "TABLES",
    "extract",
    "link",
    "process_batch",
    "records",
    "schema",
]

#: The tables of :func:`extract`, in output order.
TABLES = (
    "documents",
    "deadlines",
    "quotas",
    "statistics",
    "slogans",
    "directives",
    "citations",
    "warnings",
    "errors",
)

Input = Union[str, "_os.PathLike[str]", Mapping[str, Any]]
DateLike = Union[str, _dt.date, None]


def _date(value: DateLike) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _opt_str(value: Any) -> Optional[str]:
    return None if value is None else str(value)


def _is_path(s: str) -> bool:
    return s != "-" and "\n" not in s and len(s) < 4096 and _os.path.exists(s)


def _inputs(paths_or_texts: Union[Input, Iterable[Input]]) -> list:
    if isinstance(paths_or_texts, (str, bytes, _os.PathLike, Mapping)):
        items = [paths_or_texts]
    else:
        items = list(paths_or_texts)
    out = []
    for item in items:
        if isinstance(item, _os.PathLike):
            out.append(("path", _os.fspath(item), None, None, None, None, None))
        elif isinstance(item, Mapping):
            if "text" not in item:
                raise ValueError("a mapping input needs a 'text' key")
            out.append(
                (
                    "text",
                    str(item["text"]),
                    _opt_str(item.get("id")),
                    _date(item.get("date")),
                    _opt_str(item.get("title")),
                    _opt_str(item.get("doc_number")),
                    _opt_str(item.get("issuer")),
                )
            )
        elif isinstance(item, str):
            kind = "path" if _is_path(item) else "text"
            out.append((kind, item, None, None, None, None, None))
        else:
            raise TypeError(
                f"an input is a path, a str or a mapping with 'text', not {type(item).__name__}"
            )
    return out


def _options(
    *,
    date: DateLike = None,
    jsonl_text: Optional[str] = None,
    jsonl_id: Optional[str] = None,
    jsonl_date: Optional[str] = None,
    jsonl_title: Optional[str] = None,
    jsonl_doc_number: Optional[str] = None,
    jsonl_issuer: Optional[str] = None,
    jsonl_keep: Iterable[str] = (),
    ext: Iterable[str] = ("txt",),
    max_size_mib: int = 64,
    threads: Optional[int] = None,
) -> dict:
    if isinstance(ext, str):
        ext = (ext,)
    return {
        "jsonl_text": jsonl_text,
        "jsonl_id": jsonl_id,
        "jsonl_date": jsonl_date,
        "jsonl_title": jsonl_title,
        "jsonl_doc_number": jsonl_doc_number,
        "jsonl_issuer": jsonl_issuer,
        "jsonl_keep": [jsonl_keep] if isinstance(jsonl_keep, str) else list(jsonl_keep),
        "ext": list(ext),
        "max_size_mib": int(max_size_mib),
        "date": _date(date),
        "threads": threads,
    }


def extract(
    paths_or_texts: Union[Input, Iterable[Input]],
    *,
    backend: str = "polars",
    tables: Optional[Iterable[str]] = None,
    date: DateLike = None,
    jsonl_text: Optional[str] = None,
    jsonl_id: Optional[str] = None,
    jsonl_date: Optional[str] = None,
    jsonl_title: Optional[str] = None,
    jsonl_doc_number: Optional[str] = None,
    jsonl_issuer: Optional[str] = None,
    jsonl_keep: Iterable[str] = (),
    ext: Iterable[str] = ("txt",),
    max_size_mib: int = 64,
    threads: Optional[int] = None,
) -> dict:
    """Analyse the inputs and return one data frame per table.

    The tables are those of ``gongwen extract --format csv`` (see the README's
    "Tables"): ``documents`` (one row per logical document), ``deadlines``,
    ``quotas``, ``statistics``, ``slogans``, ``directives``, ``citations``,
    ``warnings`` and ``errors`` (sources that could not be read), all keyed by
    ``doc_id`` (``source#index``) and ``id``. They are built in Rust as Arrow
    record batches with the fixed :func:`schema` of each table and handed over
    without copying through JSON.

    :param paths_or_texts: one input or an iterable of them (see the module doc).
    :param backend: ``"polars"`` (``polars.DataFrame``), ``"pandas"``
        (``pandas.DataFrame``) or ``"arrow"`` (``pyarrow.Table``).
    :param tables: the tables to return (default: all of :data:`TABLES`).
    :param date: resolves relative deadlines of documents that state no date and
        whose record gives none (``--date``).
    :param jsonl_text: read ``.jsonl`` inputs as archives, the text in this field;
        ``jsonl_id``, ``jsonl_date``, ``jsonl_title``, ``jsonl_doc_number``,
        ``jsonl_issuer`` and ``jsonl_keep`` as the CLI's ``--jsonl-*`` options.
    :param ext: extensions read from directories.
    :param max_size_mib: larger files give an ``errors`` row.
    :param threads: worker threads (default: rayon's, one per core).
    """
    names = list(TABLES if tables is None else ([tables] if isinstance(tables, str) else tables))
    options = _options(
        date=date,
        jsonl_text=jsonl_text,
        jsonl_id=jsonl_id,
        jsonl_date=jsonl_date,
        jsonl_title=jsonl_title,
        jsonl_doc_number=jsonl_doc_number,
        jsonl_issuer=jsonl_issuer,
        jsonl_keep=jsonl_keep,
        ext=ext,
        max_size_mib=max_size_mib,
        threads=threads,
    )
    if backend not in ("polars", "pandas", "arrow"):
        raise ValueError(f"backend is 'polars', 'pandas' or 'arrow', not {backend!r}")
    arrow = _tables(_inputs(paths_or_texts), options, names)
    return {name: _frame(table, backend) for name, table in arrow.items()}


def _frame(table: Any, backend: str) -> Any:
    """A ``pyarrow.Table`` as the backend's data frame."""
    if backend == "polars":
        import polars

        return polars.from_arrow(table)
    if backend == "pandas":
        return table.to_pandas()
    return table


def records(paths_or_texts: Union[Input, Iterable[Input]], **options: Any) -> list[dict]:
    """The JSON records ``gongwen extract`` writes for the inputs, as dicts.

    One dict per logical document, in input order; a source that cannot be read
    gives ``{"source": ..., "error": {"kind": ..., "message": ...}}`` in its
    place. ``options`` are those of :func:`extract` except ``backend`` and
    ``tables``.
    """
    return _records(_inputs(paths_or_texts), _options(**options))


def link(
    paths_or_texts: Union[Input, Iterable[Input]], *, backend: Optional[str] = None, **options: Any
):
    """The links between the logical documents of the inputs.

    With ``backend=None``, one dict per link, as ``gongwen link`` writes it:
    ``{from, to, relation, evidence, score}``; ``from``/``to`` are ``{source,
    index, doc_number}`` (and ``id``) for documents among the inputs, or
    ``{doc_number}``/``{title}`` for documents cited but absent. With
    ``backend="polars"``, ``"pandas"`` or ``"arrow"``, the links table of
    ``gongwen link --format csv`` (``from_doc_id``, ``to_doc_id``, ``relation``,
    ``score``, evidence spans, …) as a data frame, built in Rust as Arrow.
    Sources that cannot be read are left out with a :class:`UserWarning`.
    ``options`` are those of :func:`extract` except ``tables``; ``jsonl_title``
    lets records of a statute archive link by title.
    """
    if backend not in (None, "polars", "pandas", "arrow"):
        raise ValueError(f"backend is None, 'polars', 'pandas' or 'arrow', not {backend!r}")
    links, errors = _link(_inputs(paths_or_texts), _options(**options), backend is not None)
    for message in errors:
        _warnings.warn(f"gongwen: {message}", UserWarning, stacklevel=2)
    return links if backend is None else _frame(links, backend)
