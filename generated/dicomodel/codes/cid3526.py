"""CID 3526 Blood Gas Saturation.

Extensible, version 20030327, UID 1.2.840.10008.6.1.140.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3526
NAME: Final[str] = "Blood Gas Saturation"
KEYWORD: Final[str | None] = "BloodGasSaturation"
UID: Final[str | None] = "1.2.840.10008.6.1.140"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BloodCarbonDioxideSaturation: Final[Code] = Code(
    "DCM", "122187", "Blood Carbon dioxide saturation", (3526,)
)
"""Blood Carbon dioxide saturation (DCM 122187)."""

BloodOxygenSaturation: Final[Code] = Code("LN", "20564-1", "Blood Oxygen saturation", (3526,))
"""Blood Oxygen saturation (LN 20564-1)."""

ArterialOxygenSaturation: Final[Code] = Code("LN", "2708-6", "Arterial Oxygen saturation", (3526,))
"""Arterial Oxygen saturation (LN 2708-6)."""

VenousOxygenSaturation: Final[Code] = Code("LN", "2711-0", "Venous Oxygen saturation", (3526,))
"""Venous Oxygen saturation (LN 2711-0)."""

CapillaryBloodOxygenSaturation: Final[Code] = Code(
    "LN", "2709-4", "Capillary Blood Oxygen Saturation", (3526,)
)
"""Capillary Blood Oxygen Saturation (LN 2709-4)."""

CapillaryBloodOxygenSaturationByOximetry: Final[Code] = Code(
    "LN", "2710-2", "Capillary Blood Oxygen Saturation, by Oximetry", (3526,)
)
"""Capillary Blood Oxygen Saturation, by Oximetry (LN 2710-2)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BloodCarbonDioxideSaturation,
    BloodOxygenSaturation,
    ArterialOxygenSaturation,
    VenousOxygenSaturation,
    CapillaryBloodOxygenSaturation,
    CapillaryBloodOxygenSaturationByOximetry,
)
"""The resolved membership: own members, then those of the included groups, in order."""
