"""CID 3667 Framingham Score.

Extensible, version 20030327, UID 1.2.840.10008.6.1.183.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3667
NAME: Final[str] = "Framingham Score"
KEYWORD: Final[str | None] = "FraminghamScore"
UID: Final[str | None] = "1.2.840.10008.6.1.183"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_10YearCHDRisk: Final[Code] = Code("DCM", "122230", "10 Year CHD Risk", (3667,))
"""10 Year CHD Risk (DCM 122230)."""

ComparativeAverage10YearCHDRisk: Final[Code] = Code(
    "DCM", "122231", "Comparative Average10 Year CHD Risk", (3667,)
)
"""Comparative Average10 Year CHD Risk (DCM 122231)."""

ComparativeLow10YearCHDRisk: Final[Code] = Code(
    "DCM", "122232", "Comparative Low10 Year CHD Risk", (3667,)
)
"""Comparative Low10 Year CHD Risk (DCM 122232)."""

MEMBERS: Final[tuple[Code, ...]] = (
    _10YearCHDRisk,
    ComparativeAverage10YearCHDRisk,
    ComparativeLow10YearCHDRisk,
)
"""The resolved membership: own members, then those of the included groups, in order."""
