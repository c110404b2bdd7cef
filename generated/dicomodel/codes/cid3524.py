"""CID 3524 Blood Gas Pressure.

Extensible, version 20030327, UID 1.2.840.10008.6.1.138.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3524
NAME: Final[str] = "Blood Gas Pressure"
KEYWORD: Final[str | None] = "BloodGasPressure"
UID: Final[str | None] = "1.2.840.10008.6.1.138"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BloodCarbonDioxidePartialPressure: Final[Code] = Code(
    "LN", "11557-6", "Blood Carbon dioxide partial pressure", (3524,)
)
"""Blood Carbon dioxide partial pressure (LN 11557-6)."""

ArterialBloodCarbonDioxidePartialPressure: Final[Code] = Code(
    "LN", "2019-8", "Arterial Blood Carbon dioxide partial pressure", (3524,)
)
"""Arterial Blood Carbon dioxide partial pressure (LN 2019-8)."""

VenousBloodCarbonDioxidePartialPressure: Final[Code] = Code(
    "LN", "2021-4", "Venous Blood Carbon dioxide partial pressure", (3524,)
)
"""Venous Blood Carbon dioxide partial pressure (LN 2021-4)."""

BloodOxygenPartialPressure: Final[Code] = Code(
    "LN", "11556-8", "Blood Oxygen partial pressure", (3524,)
)
"""Blood Oxygen partial pressure (LN 11556-8)."""

ArterialOxygenPartialPressure: Final[Code] = Code(
    "LN", "2703-7", "Arterial Oxygen partial pressure", (3524,)
)
"""Arterial Oxygen partial pressure (LN 2703-7)."""

VenousOxygenPartialPressure: Final[Code] = Code(
    "LN", "2705-2", "Venous Oxygen partial pressure", (3524,)
)
"""Venous Oxygen partial pressure (LN 2705-2)."""

OxygenPartialPressureAt50PercentSaturationP50: Final[Code] = Code(
    "LN", "19217-9", "Oxygen partial pressure at 50% saturation (P50)", (3524,)
)
"""Oxygen partial pressure at 50% saturation (P50) (LN 19217-9)."""

ArterialOxygenPartialPressureAt50PercentSaturation: Final[Code] = Code(
    "LN", "19214-6", "Arterial Oxygen partial pressure at 50% saturation", (3524,)
)
"""Arterial Oxygen partial pressure at 50% saturation (LN 19214-6)."""

VenousOxygenPartialPressureAt50PercentSaturation: Final[Code] = Code(
    "LN", "19216-1", "Venous Oxygen partial pressure at 50% saturation", (3524,)
)
"""Venous Oxygen partial pressure at 50% saturation (LN 19216-1)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BloodCarbonDioxidePartialPressure,
    ArterialBloodCarbonDioxidePartialPressure,
    VenousBloodCarbonDioxidePartialPressure,
    BloodOxygenPartialPressure,
    ArterialOxygenPartialPressure,
    VenousOxygenPartialPressure,
    OxygenPartialPressureAt50PercentSaturationP50,
    ArterialOxygenPartialPressureAt50PercentSaturation,
    VenousOxygenPartialPressureAt50PercentSaturation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
