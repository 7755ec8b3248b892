from collections.abc import Iterable
from typing import Any, Optional

import pyarrow

def arrow_schema(table: str) -> pyarrow.Schema: ...
def spark_schema(table: str) -> Any: ...
def extract(
    df: Any,
    text_col: str = "text",
    id_col: Optional[str] = None,
    date_col: Optional[str] = None,
    title_col: Optional[str] = None,
    tables: Iterable[str] = ("documents", "citations"),
) -> dict[str, Any]: ...
