"""CID 3667 Framingham Score.

Extensible, version 20030327, UID 1.2.840.10008.6.1.183.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3667
NAME: _Final[str] = "Framingham Score"
KEYWORD: _Final[str | None] = "FraminghamScore"
UID: _Final[str | None] = "1.2.840.10008.6.1.183"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V10YearCHDRisk: _Final[_Code] = _Code("DCM", "122230", "10 Year CHD Risk", (3667,))
"""10 Year CHD Risk (DCM 122230)."""

ComparativeAverage10YearCHDRisk: _Final[_Code] = _Code(
    "DCM", "122231", "Comparative Average10 Year CHD Risk", (3667,)
)
"""Comparative Average10 Year CHD Risk (DCM 122231)."""

ComparativeLow10YearCHDRisk: _Final[_Code] = _Code(
    "DCM", "122232", "Comparative Low10 Year CHD Risk", (3667,)
)
"""Comparative Low10 Year CHD Risk (DCM 122232)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_10YearCHDRisk: _Final[_Code] = V10YearCHDRisk

MEMBERS: _Final[tuple[_Code, ...]] = (
    V10YearCHDRisk,
    ComparativeAverage10YearCHDRisk,
    ComparativeLow10YearCHDRisk,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
