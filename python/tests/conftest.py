"""Shared paths for the tests: the repository's seeds and the shared corpora."""

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "docs"
CORPORA = pathlib.Path(os.environ.get("GONGWEN_CORPORA", ROOT.parent / "shared" / "corpora"))


def seed(prefix: str) -> pathlib.Path:
    """The seed text whose name starts with `prefix` (`004`)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def corpus(name: str) -> pathlib.Path:
    """A file of the shared corpora, or a skip that names it."""
    path = CORPORA / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (set GONGWEN_CORPORA to the folder of the shared corpora)")
    return path


def cli() -> pathlib.Path:
    """The gongwen binary `cargo test` or `cargo build` left in target/, or a skip."""
    for profile in ("debug", "release"):
        exe = ROOT / "target" / profile / "gongwen"
        if exe.is_file():
            return exe
    pytest.skip("no target/debug/gongwen or target/release/gongwen: run `cargo build` first")
