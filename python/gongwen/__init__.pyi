"""Type stubs of the ``gongwen`` package."""

import datetime
import os
from collections.abc import Iterable, Mapping
from typing import Any, Literal, Optional, Union, overload

import pyarrow

from ._gongwen import Analyzer as Analyzer
from ._gongwen import GongwenError as GongwenError
from ._gongwen import process_batch as process_batch
from ._gongwen import schema as schema

TABLES: tuple[str, ...]

Input = Union[str, os.PathLike[str], Mapping[str, Any]]
Inputs = Union[Input, Iterable[Input]]
DateLike = Union[str, datetime.date, None]

@overload
def extract(
    paths_or_texts: Inputs,
    *,
    backend: Literal["arrow"],
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
) -> dict[str, pyarrow.Table]: ...
@overload
def extract(
    paths_or_texts: Inputs,
    *,
    backend: Literal["polars", "pandas"] = "polars",
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
) -> dict[str, Any]: ...
def records(paths_or_texts: Inputs, **options: Any) -> list[dict[str, Any]]: ...
@overload
def link(paths_or_texts: Inputs, *, backend: None = None, **options: Any) -> list[dict[str, Any]]: ...
@overload
def link(paths_or_texts: Inputs, *, backend: Literal["arrow"], **options: Any) -> pyarrow.Table: ...
@overload
def link(paths_or_texts: Inputs, *, backend: Literal["polars", "pandas"], **options: Any) -> Any: ...
