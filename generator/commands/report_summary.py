"""The build's report as a short grouped summary, with the whole of it in a file.

A default build reports some 540 lines (350 distinct); a screen holds a summary: lines
that differ only in their table, section, quoted name, tag or number fall in one
kind, shown once with its count and an example, most frequent first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

SHOWN_KINDS = 8
EXAMPLE_WIDTH = 110

_MASKS = (
    (re.compile(r"\b(?:table|sect|chapter|para)_[\w.:\-]+"), "<id>"),
    (re.compile(r"'[^']*'|\"[^\"]*\""), "<name>"),
    (re.compile(r"\([0-9A-Fa-fx]{4},[0-9A-Fa-fx]{4}\)"), "<tag>"),
    (re.compile(r"\b\d+(?:\.\d+)+\b"), "<uid>"),
    (re.compile(r"\([A-Z][A-Za-z0-9_\-]*, [^)]*\)"), "<code>"),
    (re.compile(r"\[[^\]]*\]"), "<list>"),
    (re.compile(r"\b\d+\b"), "<n>"),
    (re.compile(r"\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+\b"), "<keyword>"),
)
_CAPTION = re.compile(r"<id> \([^)]*\)")


def kind_of(line: str) -> str:
    """The line with what varies from one occurrence to the next masked."""
    masked = line
    for pattern, mask in _MASKS:
        masked = pattern.sub(mask, masked)
    return _CAPTION.sub("<id> (<caption>)", masked)


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of report line: how many lines, and the first of them."""

    count: int
    example: str


def group(lines: Iterable[str]) -> list[Kind]:
    """Kinds of lines, most frequent first (ties in order of first appearance)."""
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for line in lines:
        key = kind_of(line)
        counts[key] += 1
        examples.setdefault(key, line)
    order = {key: index for index, key in enumerate(examples)}
    keys = sorted(counts, key=lambda key: (-counts[key], order[key]))
    return [Kind(counts[key], examples[key]) for key in keys]


def _short(text: str) -> str:
    return text if len(text) <= EXAMPLE_WIDTH else text[: EXAMPLE_WIDTH - 1] + "…"


def summary(lines: Sequence[str], path: Path | None, shown: int = SHOWN_KINDS) -> list[str]:
    """The lines to print: a count, the most frequent kinds, and where the rest is."""
    if not lines:
        return ["report: nothing to report"]
    kinds = group(lines)
    distinct = len(set(lines))
    out = [
        f"report: {len(lines)} notes ({distinct} distinct) of {len(kinds)} kinds; most frequent:"
    ]
    for kind in kinds[:shown]:
        out.append(f"  {kind.count:>5} x {_short(kind.example)}")
    if len(kinds) > shown:
        rest = sum(kind.count for kind in kinds[shown:])
        out.append(f"  {rest:>5} x ... {len(kinds) - shown} other kinds")
    if path is not None:
        out.append(f"full report: {path}")
    return out


def write_report(lines: Sequence[str], path: Path) -> None:
    """Every line, with how often it occurred (a repeated line is written once)."""
    counts = Counter(lines)
    text = "".join(
        f"{line}\n" if counts[line] == 1 else f"{line}  [x{counts[line]}]\n" for line in counts
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
