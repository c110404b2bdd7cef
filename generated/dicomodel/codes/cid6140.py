"""CID 6140 Calculation Method.

Extensible, version 20070625, UID 1.2.840.10008.6.1.460.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6140
NAME: _Final[str] = "Calculation Method"
KEYWORD: _Final[str | None] = "CalculationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.460"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070625"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Estimated: _Final[_Code] = _Code("SCT", "414135002", "Estimated", (3627, 3745, 6140, 10009))
"""Estimated (SCT 414135002)."""

UnspecifiedMethodOfCalculation: _Final[_Code] = _Code(
    "DCM", "112187", "Unspecified method of calculation", (6140,)
)
"""Unspecified method of calculation (DCM 112187)."""

AgatstonScoringMethod: _Final[_Code] = _Code("DCM", "112055", "Agatston scoring method", (6140,))
"""Agatston scoring method (DCM 112055)."""

VolumeScoringMethod: _Final[_Code] = _Code("DCM", "112056", "Volume scoring method", (6140,))
"""Volume scoring method (DCM 112056)."""

MassScoringMethod: _Final[_Code] = _Code("DCM", "112057", "Mass scoring method", (6140,))
"""Mass scoring method (DCM 112057)."""

TwoDimensionalMethod: _Final[_Code] = _Code("DCM", "112188", "Two-dimensional method", (6140,))
"""Two-dimensional method (DCM 112188)."""

ThreeDimensionalMethod: _Final[_Code] = _Code("DCM", "112189", "Three-dimensional method", (6140,))
"""Three-dimensional method (DCM 112189)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Estimated,
    UnspecifiedMethodOfCalculation,
    AgatstonScoringMethod,
    VolumeScoringMethod,
    MassScoringMethod,
    TwoDimensionalMethod,
    ThreeDimensionalMethod,
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
