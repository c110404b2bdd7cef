"""CID 3667 Framingham Score.

Extensible, version 20030327, UID 1.2.840.10008.6.1.183.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 3667
NAME: _Final[str] = "Framingham Score"
KEYWORD: _Final[str | None] = "FraminghamScore"
UID: _Final[str | None] = "1.2.840.10008.6.1.183"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_10YearCHDRisk: _Final[_Code] = _Code("DCM", "122230", "10 Year CHD Risk", (3667,))
"""10 Year CHD Risk (DCM 122230)."""

ComparativeAverage10YearCHDRisk: _Final[_Code] = _Code(
    "DCM", "122231", "Comparative Average10 Year CHD Risk", (3667,)
)
"""Comparative Average10 Year CHD Risk (DCM 122231)."""

ComparativeLow10YearCHDRisk: _Final[_Code] = _Code(
    "DCM", "122232", "Comparative Low10 Year CHD Risk", (3667,)
)
"""Comparative Low10 Year CHD Risk (DCM 122232)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    _10YearCHDRisk,
    ComparativeAverage10YearCHDRisk,
    ComparativeLow10YearCHDRisk,
)
"""The resolved membership: own members, then those of the included groups, in order."""
