"""CID 12008 OB-GYN Amniotic Sac Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.557.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12008
NAME: _Final[str] = "OB-GYN Amniotic Sac Measurement"
KEYWORD: _Final[str | None] = "OBGYNAmnioticSacMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.557"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FirstQuadrantDiameter: _Final[_Code] = _Code("LN", "11624-4", "First Quadrant Diameter", (12008,))
"""First Quadrant Diameter (LN 11624-4)."""

SecondQuadrantDiameter: _Final[_Code] = _Code("LN", "11626-9", "Second Quadrant Diameter", (12008,))
"""Second Quadrant Diameter (LN 11626-9)."""

ThirdQuadrantDiameter: _Final[_Code] = _Code("LN", "11625-1", "Third Quadrant Diameter", (12008,))
"""Third Quadrant Diameter (LN 11625-1)."""

FourthQuadrantDiameter: _Final[_Code] = _Code("LN", "11623-6", "Fourth Quadrant Diameter", (12008,))
"""Fourth Quadrant Diameter (LN 11623-6)."""

Diameter: _Final[_Code] = _Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

AmnioticFluidIndex: _Final[_Code] = _Code("LN", "11627-7", "Amniotic Fluid Index", (12008,))
"""Amniotic Fluid Index (LN 11627-7)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FirstQuadrantDiameter,
    SecondQuadrantDiameter,
    ThirdQuadrantDiameter,
    FourthQuadrantDiameter,
    Diameter,
    AmnioticFluidIndex,
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
