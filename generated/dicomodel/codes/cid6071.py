"""CID 6071 Histologic Grading Method.

Extensible, version 20040112, UID 1.2.840.10008.6.1.400.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6071
NAME: Final[str] = "Histologic Grading Method"
KEYWORD: Final[str | None] = "HistologicGradingMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.400"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BloomRichardsonGrade: Final[Code] = Code("DCM", "111502", "Bloom-Richardson Grade", (6071,))
"""Bloom-Richardson Grade (DCM 111502)."""

NottinghamCombinedGrade: Final[Code] = Code(
    "SCT", "372276001", "Nottingham Combined Grade", (6071,)
)
"""Nottingham Combined Grade (SCT 372276001)."""

MEMBERS: Final[tuple[Code, ...]] = (BloomRichardsonGrade, NottinghamCombinedGrade)
"""The resolved membership: own members, then those of the included groups, in order."""
