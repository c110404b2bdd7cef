"""How pydicom's test corpus reads: strictly, leniently, or not at all, and why.

``python -m tests.runtime.serialize.corpus`` prints the figures and the reasons of
the strict refusals, grouped by rule and by message with the values taken out;
``test_corpus.py`` keeps them from drifting. Every file is read as a user would:
``dicomodel.read(path, force=True)`` (force: some files have no preamble).
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pydicom

from dicomodel.errors import DicomodelError, DicomValidationError, Issue, Rule
from dicomodel.serialize import read

DATA = Path(pydicom.__file__).parent / "data"
FILES = sorted(
    [*(DATA / "test_files").glob("*.dcm"), *(DATA / "charset_files").glob("*.dcm")],
    key=lambda path: path.name,
)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"(?<!Type )\b\d+(\.\d+)?\b")
_INDEX = re.compile(r"\[\d+\]")


@dataclass
class Figures:
    """Files read strictly, leniently (with issues) and refused, and the reasons."""

    strict: list[str] = field(default_factory=list)
    lenient: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    reasons: Counter[tuple[str, str]] = field(default_factory=Counter)
    """``(rule, message without values)`` -> number of files with such an issue."""
    rules: Counter[str] = field(default_factory=Counter)
    """rule -> number of files a strict read refuses with an issue of that rule."""
    issues: dict[str, tuple[Issue, ...]] = field(default_factory=dict)
    """file -> the issues of its strict refusal."""


def reason(issue: Issue) -> tuple[str, str]:
    """An issue's rule and message with its values replaced (``_``, ``N``), keyed by the
    attribute for a rule about presence (absent, Type 1 empty)."""
    message = issue.message.split(" (PS3.", 1)[0]
    message = _NUMBER.sub("N", _QUOTED.sub("_", message))
    if issue.rule in {Rule.ABSENT, Rule.TYPE1_EMPTY}:
        message = f"{issue.keyword}: {message}"
    return str(issue.rule), message


def measure(files: list[Path] = FILES) -> Figures:
    figures = Figures()
    for path in files:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                read(path, force=True)
            except DicomValidationError as error:
                figures.lenient.append(path.name)
                figures.reasons.update({reason(issue) for issue in error.issues})
                figures.rules.update({str(issue.rule) for issue in error.issues})
                figures.issues[path.name] = error.issues
                continue
            except DicomodelError as error:
                figures.refused[path.name] = str(error).splitlines()[0]
                continue
        figures.strict.append(path.name)
    return figures


def main() -> None:
    figures = measure()
    total = len(FILES)
    print(f"{total} files: {len(figures.strict)} read strictly, {len(figures.lenient)} only"
          f" leniently, {len(figures.refused)} refused")  # fmt: skip
    print("\nstrict refusals, by rule (files):")
    for rule, count in figures.rules.most_common():
        print(f"  {count:3d}  {rule}")
    print("\nstrict refusals, by reason (files):")
    for (rule, message), count in sorted(figures.reasons.items(), key=lambda kv: -kv[1]):
        print(f"  {count:3d}  [{rule}] {message}")
    print("\nrefused:")
    for name, why in sorted(figures.refused.items()):
        print(f"  {name}: {why}")


if __name__ == "__main__":
    main()
