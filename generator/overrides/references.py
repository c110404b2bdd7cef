"""IOD module rows of PS3.3 2024c whose Reference links the wrong section.

Each fix names the IOD table and module row, the section the published row links,
the section and module table the build uses instead, and why.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReferenceFix:
    """The row ``module`` of IOD table ``table`` links ``published``; read ``section``."""

    table: str
    module: str
    published: str
    section: str
    module_table: str
    reason: str

    def describe(self) -> str:
        """One line for the build report."""
        return (
            f"override: PS3.3 {self.table} module {self.module!r} links {self.published}; "
            f"read as {self.section} ({self.module_table}): {self.reason}"
        )


REFERENCE_FIXES: tuple[ReferenceFix, ...] = (
    ReferenceFix(
        table="table_A.66.3-1",
        module="Enhanced Contrast/Bolus",
        published="sect_C.7.6.4",
        section="sect_C.7.6.4b",
        module_table="table_C.7-12b",
        reason="PS3.3 2024c Table A.66.3-1 (Intravascular OCT IOD) names the Enhanced "
        "Contrast/Bolus Module but its Reference links C.7.6.4, the Contrast/Bolus Module "
        "(Table C.7-12, whose Contrast/Bolus Agent (0018,0010) is Type 2); the Enhanced "
        "Contrast/Bolus Module is C.7.6.4b (Table C.7-12b), as every other enhanced "
        "multi-frame IOD links it",
    ),
)

_BY_ROW = {(fix.table, fix.module): fix for fix in REFERENCE_FIXES}


def reference_fix(table: str, module: str, published: str | None) -> ReferenceFix | None:
    """The fix of this row when its published reference is the one the fix names."""
    fix = _BY_ROW.get((table, module))
    return fix if fix is not None and fix.published == published else None
