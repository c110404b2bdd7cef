"""Template table cells of PS3.16 2024c that the parser must read differently, with the reason.

Each fix names its template, row and column (``condition`` or ``value_set``) and the
text the parser reads instead. A fix applies only while the published text is the one
it was written for; the IR keeps the published text of a condition, and each applied
fix is a line of the build report (``override: ...``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Column = Literal["condition", "value_set"]


@dataclass(frozen=True, slots=True)
class TemplateCellFix:
    """Read ``replacement`` instead of ``published`` in TID ``tid`` row ``row``."""

    tid: str
    row: str
    column: Column
    published: str
    replacement: str
    reason: str

    def report_line(self) -> str:
        """The build report's line for this fix."""
        return (
            f"override: PS3.16 TID {self.tid} row {self.row} {self.column} "
            f"{self.published!r} read as {self.replacement!r} ({self.reason})"
        )


# CID 29 Acquisition Modality, the value set of TID 1602 row 1 (Modality): its codes are
# the DCM codes whose values are the modalities the conditions quote.
_MODALITIES = {
    "CR": "Computed Radiography",
    "DX": "Digital Radiography",
    "IO": "Intra-oral Radiography",
    "MG": "Mammography",
    "PX": "Panoramic X-Ray",
    "RF": "Radiofluoroscopy",
    "RG": "Radiographic imaging",
    "CT": "Computed Tomography",
    "MR": "Magnetic Resonance",
    "PT": "Positron emission tomography",
    "XA": "X-Ray Angiography",
}
_MODALITY_REASON = (
    "PS3.16 2024c TID 1602: row 1 is Modality (121139, DCM) from DCID 29, whose codes have "
    "the quoted modalities as DCM code values"
)


def _modalities(*values: str) -> str:
    codes = " or ".join(f'({value}, DCM, "{_MODALITIES[value]}")' for value in values)
    return f"IFF Row 1 is present with a value of {codes}"


_TID_1602 = (
    (
        "13",
        '"CR", "DX", "IO", "MG, "PX", "RF", "RG" or "XA"',
        ("CR", "DX", "IO", "MG", "PX", "RF", "RG", "XA"),
    ),
    ("14", '"CT", "MR" or "PT"', ("CT", "MR", "PT")),
    ("15", '"CT"', ("CT",)),
    ("16", '"MR"', ("MR",)),
    ("17", '"PT"', ("PT",)),
)

FIXES: tuple[TemplateCellFix, ...] = (
    *(
        TemplateCellFix(
            tid="1602",
            row=row,
            column="condition",
            published=f"IFF Row 1 is present with a value of {quoted}",
            replacement=_modalities(*values),
            reason=_MODALITY_REASON + ("; the quote after MG is missing" if row == "13" else ""),
        )
        for row, quoted, values in _TID_1602
    ),
    TemplateCellFix(
        tid="4201",
        row="6",
        column="condition",
        published='IFF Row 4 value is "Clinical Finding"',
        replacement='IFF Row 4 value is (111402, DCM, "Clinical finding")',
        reason="PS3.16 2024c TID 4201: row 4 takes DCID 6051, whose code with this meaning is "
        "(111402, DCM); it is also row 6's concept name",
    ),
    *(
        TemplateCellFix(
            tid="15101",
            row=row,
            column="value_set",
            published='UNITS = DT ({counts}/s, UCUM "counts/s")',
            replacement='UNITS = DT ({counts}/s, UCUM, "counts/s")',
            reason="PS3.16 2024c TID 15101: the comma after the coding scheme designator is "
            "missing",
        )
        for row in ("10", "11")
    ),
    TemplateCellFix(
        tid="15401",
        row="2",
        column="value_set",
        published='UNITS = EV ("MeV", UCUM, "Megaelectronvolt")',
        replacement='UNITS = EV (MeV, UCUM, "Megaelectronvolt")',
        reason="PS3.16 2024c TID 15401: the code value is printed in quotes",
    ),
)

_BY_CELL = {(fix.tid, fix.row, fix.column): fix for fix in FIXES}


def cell_fix(tid: str, row: str, column: Column, text: str) -> TemplateCellFix | None:
    """The fix of this cell, when its published text is the one the fix was written for."""
    fix = _BY_CELL.get((tid, row, column))
    return fix if fix is not None and fix.published == text else None
