"""CID 84 PET Unit.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1030.
Includes CID 85.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 84
NAME: _Final[str] = "PET Unit"
KEYWORD: _Final[str | None] = "PETUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1030"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = (85,)
EXTERNAL_SCHEME: _Final[str | None] = None

Counts: _Final[_Code] = _Code("UCUM", "{counts}", "Counts", (84, 7181))
"""Counts (UCUM {counts})."""

CountsPerSecond: _Final[_Code] = _Code("UCUM", "{counts}/s", "Counts per second", (84, 7181))
"""Counts per second (UCUM {counts}/s)."""

ProportionalToCounts: _Final[_Code] = _Code("UCUM", "{propcounts}", "Proportional to counts", (84,))
"""Proportional to counts (UCUM {propcounts})."""

ProportionalToCountsPerSecond: _Final[_Code] = _Code(
    "UCUM", "{propcounts}/s", "Proportional to counts per second", (84,)
)
"""Proportional to counts per second (UCUM {propcounts}/s)."""

Centimeter2: _Final[_Code] = _Code("UCUM", "cm2", "Centimeter**2", (84, 7461))
"""Centimeter**2 (UCUM cm2)."""

Centimeter2Milliliter: _Final[_Code] = _Code("UCUM", "cm2/ml", "Centimeter**2/milliliter", (84,))
"""Centimeter**2/milliliter (UCUM cm2/ml)."""

Percent: _Final[_Code] = _Code("UCUM", "%", "Percent", (84, 301, 4244))
"""Percent (UCUM %)."""

BecquerelsMilliliter: _Final[_Code] = _Code("UCUM", "Bq/ml", "Becquerels/milliliter", (84,))
"""Becquerels/milliliter (UCUM Bq/ml)."""

MilligramsMinuteMilliliter: _Final[_Code] = _Code(
    "UCUM", "mg/min/ml", "Milligrams/minute/milliliter", (84,)
)
"""Milligrams/minute/milliliter (UCUM mg/min/ml)."""

MicromoleMinuteMilliliter: _Final[_Code] = _Code(
    "UCUM", "umol/min/ml", "Micromole/minute/milliliter", (84,)
)
"""Micromole/minute/milliliter (UCUM umol/min/ml)."""

MilliliterMinuteGram: _Final[_Code] = _Code("UCUM", "ml/min/g", "Milliliter/minute/gram", (84,))
"""Milliliter/minute/gram (UCUM ml/min/g)."""

MilliliterGram: _Final[_Code] = _Code("UCUM", "ml/g", "Milliliter/gram", (84,))
"""Milliliter/gram (UCUM ml/g)."""

Centimeter: _Final[_Code] = _Code("UCUM", "/cm", "/Centimeter", (84,))
"""/Centimeter (UCUM /cm)."""

MicromoleMilliliter: _Final[_Code] = _Code("UCUM", "umol/ml", "Micromole/milliliter", (84,))
"""Micromole/milliliter (UCUM umol/ml)."""

StandardizedUptakeValueBodyWeight: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVbw}", "Standardized Uptake Value body weight", (85,)
)
"""Standardized Uptake Value body weight (UCUM g/ml{SUVbw}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJames: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVlbm}", "Standardized Uptake Value lean body mass (James)", (85,)
)
"""Standardized Uptake Value lean body mass (James) (UCUM g/ml{SUVlbm}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_Code] = _Code(
    "UCUM",
    "g/ml{SUVlbm(James128)}",
    "Standardized Uptake Value lean body mass (James 128 multiplier)",
    (85,),
)
"""Standardized Uptake Value lean body mass (James 128 multiplier) (UCUM g/ml{SUVlbm(James128)}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJanma: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVlbm(Janma)}", "Standardized Uptake Value lean body mass (Janma)", (85,)
)
"""Standardized Uptake Value lean body mass (Janma) (UCUM g/ml{SUVlbm(Janma)}). Included from CID 85."""

StandardizedUptakeValueBodySurfaceArea: _Final[_Code] = _Code(
    "UCUM", "cm2/ml{SUVbsa}", "Standardized Uptake Value body surface area", (85,)
)
"""Standardized Uptake Value body surface area (UCUM cm2/ml{SUVbsa}). Included from CID 85."""

StandardizedUptakeValueIdealBodyWeight: _Final[_Code] = _Code(
    "UCUM", "g/ml{SUVibw}", "Standardized Uptake Value ideal body weight", (85,)
)
"""Standardized Uptake Value ideal body weight (UCUM g/ml{SUVibw}). Included from CID 85."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Counts,
    CountsPerSecond,
    ProportionalToCounts,
    ProportionalToCountsPerSecond,
    Centimeter2,
    Centimeter2Milliliter,
    Percent,
    BecquerelsMilliliter,
    MilligramsMinuteMilliliter,
    MicromoleMinuteMilliliter,
    MilliliterMinuteGram,
    MilliliterGram,
    Centimeter,
    MicromoleMilliliter,
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
