"""Type stubs of the extension module (the plumbing of the ``gongwen`` package)."""

from typing import Any, Optional

import pyarrow

class GongwenError(Exception):
    """An error of the gongwen library; its message is the library's."""

class Analyzer:
    """gongwen's analyser: every pattern compiled once, shared by threads."""

    def __init__(self) -> None: ...
    def analyze(
        self,
        text: str,
        date: Optional[str] = None,
        title: Optional[str] = None,
        doc_number: Optional[str] = None,
        issuer: Optional[str] = None,
        id: Optional[str] = None,
        source: str = "-",
    ) -> list[dict[str, Any]]:
        """One dict per logical document, as ``gongwen extract`` writes it."""

def process_batch(
    batch: pyarrow.RecordBatch,
    text_col: str = "text",
    id_col: Optional[str] = None,
    date_col: Optional[str] = None,
    title_col: Optional[str] = None,
    table: str = "documents",
) -> pyarrow.RecordBatch:
    """The rows of one table for the texts of ``batch``, with ``schema(table)``."""

def schema(table: str) -> pyarrow.Schema:
    """The fixed Arrow schema of a table."""

def _records(inputs: list[tuple], options: dict[str, Any]) -> list[dict[str, Any]]: ...
def _link(inputs: list[tuple], options: dict[str, Any], table: bool) -> tuple[Any, list[str]]: ...
def _tables(
    inputs: list[tuple], options: dict[str, Any], tables: list[str]
) -> dict[str, pyarrow.Table]: ...
