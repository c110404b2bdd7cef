"""CID 84 PET Unit.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1030.
Includes CID 85.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 84
NAME: Final[str] = "PET Unit"
KEYWORD: Final[str | None] = "PETUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1030"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = (85,)
EXTERNAL_SCHEME: Final[str | None] = None

Counts: Final[Code] = Code("UCUM", "{counts}", "Counts", (84, 7181))
"""Counts (UCUM {counts})."""

CountsPerSecond: Final[Code] = Code("UCUM", "{counts}/s", "Counts per second", (84, 7181))
"""Counts per second (UCUM {counts}/s)."""

ProportionalToCounts: Final[Code] = Code("UCUM", "{propcounts}", "Proportional to counts", (84,))
"""Proportional to counts (UCUM {propcounts})."""

ProportionalToCountsPerSecond: Final[Code] = Code(
    "UCUM", "{propcounts}/s", "Proportional to counts per second", (84,)
)
"""Proportional to counts per second (UCUM {propcounts}/s)."""

Centimeter2: Final[Code] = Code("UCUM", "cm2", "Centimeter**2", (84, 7461))
"""Centimeter**2 (UCUM cm2)."""

Centimeter2Milliliter: Final[Code] = Code("UCUM", "cm2/ml", "Centimeter**2/milliliter", (84,))
"""Centimeter**2/milliliter (UCUM cm2/ml)."""

Percent: Final[Code] = Code("UCUM", "%", "Percent", (84, 301, 4244))
"""Percent (UCUM %)."""

BecquerelsMilliliter: Final[Code] = Code("UCUM", "Bq/ml", "Becquerels/milliliter", (84,))
"""Becquerels/milliliter (UCUM Bq/ml)."""

MilligramsMinuteMilliliter: Final[Code] = Code(
    "UCUM", "mg/min/ml", "Milligrams/minute/milliliter", (84,)
)
"""Milligrams/minute/milliliter (UCUM mg/min/ml)."""

MicromoleMinuteMilliliter: Final[Code] = Code(
    "UCUM", "umol/min/ml", "Micromole/minute/milliliter", (84,)
)
"""Micromole/minute/milliliter (UCUM umol/min/ml)."""

MilliliterMinuteGram: Final[Code] = Code("UCUM", "ml/min/g", "Milliliter/minute/gram", (84,))
"""Milliliter/minute/gram (UCUM ml/min/g)."""

MilliliterGram: Final[Code] = Code("UCUM", "ml/g", "Milliliter/gram", (84,))
"""Milliliter/gram (UCUM ml/g)."""

Centimeter: Final[Code] = Code("UCUM", "/cm", "/Centimeter", (84,))
"""/Centimeter (UCUM /cm)."""

MicromoleMilliliter: Final[Code] = Code("UCUM", "umol/ml", "Micromole/milliliter", (84,))
"""Micromole/milliliter (UCUM umol/ml)."""

StandardizedUptakeValueBodyWeight: Final[Code] = Code(
    "UCUM", "g/ml{SUVbw}", "Standardized Uptake Value body weight", (85,)
)
"""Standardized Uptake Value body weight (UCUM g/ml{SUVbw}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJames: Final[Code] = Code(
    "UCUM", "g/ml{SUVlbm}", "Standardized Uptake Value lean body mass (James)", (85,)
)
"""Standardized Uptake Value lean body mass (James) (UCUM g/ml{SUVlbm}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJames128Multiplier: Final[Code] = Code(
    "UCUM",
    "g/ml{SUVlbm(James128)}",
    "Standardized Uptake Value lean body mass (James 128 multiplier)",
    (85,),
)
"""Standardized Uptake Value lean body mass (James 128 multiplier) (UCUM g/ml{SUVlbm(James128)}). Included from CID 85."""

StandardizedUptakeValueLeanBodyMassJanma: Final[Code] = Code(
    "UCUM", "g/ml{SUVlbm(Janma)}", "Standardized Uptake Value lean body mass (Janma)", (85,)
)
"""Standardized Uptake Value lean body mass (Janma) (UCUM g/ml{SUVlbm(Janma)}). Included from CID 85."""

StandardizedUptakeValueBodySurfaceArea: Final[Code] = Code(
    "UCUM", "cm2/ml{SUVbsa}", "Standardized Uptake Value body surface area", (85,)
)
"""Standardized Uptake Value body surface area (UCUM cm2/ml{SUVbsa}). Included from CID 85."""

StandardizedUptakeValueIdealBodyWeight: Final[Code] = Code(
    "UCUM", "g/ml{SUVibw}", "Standardized Uptake Value ideal body weight", (85,)
)
"""Standardized Uptake Value ideal body weight (UCUM g/ml{SUVibw}). Included from CID 85."""

MEMBERS: Final[tuple[Code, ...]] = (
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
