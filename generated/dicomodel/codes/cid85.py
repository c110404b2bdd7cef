"""CID 85 SUV Unit.

Extensible, version 20161106, UID 1.2.840.10008.6.1.984.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 85
NAME: _Final[str] = "SUV Unit"
KEYWORD: _Final[str | None] = "SUVUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.984"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20161106"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StandardizedUptakeValueBodyWeight: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVbw}", "Standardized Uptake Value body weight", (85,)
)
"""Standardized Uptake Value body weight (UCUM g/ml{SUVbw})."""

StandardizedUptakeValueLeanBodyMassJames: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVlbm}", "Standardized Uptake Value lean body mass (James)", (85,)
)
"""Standardized Uptake Value lean body mass (James) (UCUM g/ml{SUVlbm})."""

StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_Code] = _Code(
    "UCUM",
    "g/ml{SUVlbm(James128)}",
    "Standardized Uptake Value lean body mass (James 128 multiplier)",
    (85,),
)
"""Standardized Uptake Value lean body mass (James 128 multiplier) (UCUM g/ml{SUVlbm(James128)})."""

StandardizedUptakeValueLeanBodyMassJanma: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVlbm(Janma)}", "Standardized Uptake Value lean body mass (Janma)", (85,)
)
"""Standardized Uptake Value lean body mass (Janma) (UCUM g/ml{SUVlbm(Janma)})."""

StandardizedUptakeValueBodySurfaceArea: _Final[_Code] = _Code(
    "UCUM", "cm2/ml{SUVbsa}", "Standardized Uptake Value body surface area", (85,)
)
"""Standardized Uptake Value body surface area (UCUM cm2/ml{SUVbsa})."""

StandardizedUptakeValueIdealBodyWeight: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVibw}", "Standardized Uptake Value ideal body weight", (85,)
)
"""Standardized Uptake Value ideal body weight (UCUM g/ml{SUVibw})."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StandardizedUptakeValueBodyWeight,
    StandardizedUptakeValueLeanBodyMassJames,
    StandardizedUptakeValueLeanBodyMassJames128Multiplier,
    StandardizedUptakeValueLeanBodyMassJanma,
    StandardizedUptakeValueBodySurfaceArea,
    StandardizedUptakeValueIdealBodyWeight,
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
