"""CID 85 SUV Unit.

Extensible, version 20161106, UID 1.2.840.10008.6.1.984.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 85
NAME: Final[str] = "SUV Unit"
KEYWORD: Final[str | None] = "SUVUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.984"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20161106"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StandardizedUptakeValueBodyWeight: Final[Code] = Code(
    "UCUM", "g/ml{SUVbw}", "Standardized Uptake Value body weight", (85,)
)
"""Standardized Uptake Value body weight (UCUM g/ml{SUVbw})."""

StandardizedUptakeValueLeanBodyMassJames: Final[Code] = Code(
    "UCUM", "g/ml{SUVlbm}", "Standardized Uptake Value lean body mass (James)", (85,)
)
"""Standardized Uptake Value lean body mass (James) (UCUM g/ml{SUVlbm})."""

StandardizedUptakeValueLeanBodyMassJames128Multiplier: Final[Code] = Code(
    "UCUM",
    "g/ml{SUVlbm(James128)}",
    "Standardized Uptake Value lean body mass (James 128 multiplier)",
    (85,),
)
"""Standardized Uptake Value lean body mass (James 128 multiplier) (UCUM g/ml{SUVlbm(James128)})."""

StandardizedUptakeValueLeanBodyMassJanma: Final[Code] = Code(
    "UCUM", "g/ml{SUVlbm(Janma)}", "Standardized Uptake Value lean body mass (Janma)", (85,)
)
"""Standardized Uptake Value lean body mass (Janma) (UCUM g/ml{SUVlbm(Janma)})."""

StandardizedUptakeValueBodySurfaceArea: Final[Code] = Code(
    "UCUM", "cm2/ml{SUVbsa}", "Standardized Uptake Value body surface area", (85,)
)
"""Standardized Uptake Value body surface area (UCUM cm2/ml{SUVbsa})."""

StandardizedUptakeValueIdealBodyWeight: Final[Code] = Code(
    "UCUM", "g/ml{SUVibw}", "Standardized Uptake Value ideal body weight", (85,)
)
"""Standardized Uptake Value ideal body weight (UCUM g/ml{SUVibw})."""

MEMBERS: Final[tuple[Code, ...]] = (
    StandardizedUptakeValueBodyWeight,
    StandardizedUptakeValueLeanBodyMassJames,
    StandardizedUptakeValueLeanBodyMassJames128Multiplier,
    StandardizedUptakeValueLeanBodyMassJanma,
    StandardizedUptakeValueBodySurfaceArea,
    StandardizedUptakeValueIdealBodyWeight,
)
"""The resolved membership: own members, then those of the included groups, in order."""
