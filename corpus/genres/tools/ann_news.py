"""News annotations (n01-n15): excerpts of xwlb.jsonl records."""
from annotate import S, DL, Q, N, W, ST, D, DN, T, SL, DOC, gold, STATUTE

STATUTE["value"] = False
