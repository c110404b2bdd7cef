"""Enumerated Values and Defined Terms misspelled in PS3.3 2024c.

Each fix names the table and the attribute's tag, the value as published, the value
the build uses instead, and why.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ValueFix:
    """In table ``table``, attribute ``tag``: the value ``published`` is ``replacement``."""

    table: str
    tag: str
    published: str
    replacement: str
    reason: str

    def describe(self) -> str:
        """One line for the build report."""
        return (
            f"override: PS3.3 {self.table} {self.tag} value {self.published!r} read as "
            f"{self.replacement!r}: {self.reason}"
        )


VALUE_FIXES: tuple[ValueFix, ...] = (
    ValueFix(
        table="table_C.8.17.16-1",
        tag="(0028,0004)",
        published="MONOCHOME2",
        replacement="MONOCHROME2",
        reason="PS3.3 2024c Table C.8.17.16-1 (Ophthalmic Optical Coherence Tomography "
        "B-scan Volume Analysis Image Module): the Enumerated Value is misspelled; "
        "MONOCHROME2 is the Photometric Interpretation of PS3.3 C.7.6.3.1.2",
    ),
)

_BY_ROW = {(fix.table, fix.tag, fix.published): fix for fix in VALUE_FIXES}


def value_fix(table: str, tag: str, value: str) -> ValueFix | None:
    """The fix of this value of this row, or ``None``."""
    return _BY_ROW.get((table, tag, value))
