"""CID 3425 Intervention Parameter.

Extensible, version 20030327, UID 1.2.840.10008.6.1.87.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3425
NAME: Final[str] = "Intervention Parameter"
KEYWORD: Final[str | None] = "InterventionParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.87"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AngioplastyInflationPressure: Final[Code] = Code(
    "SCT", "371851006", "Angioplasty Inflation pressure", (3425,)
)
"""Angioplasty Inflation pressure (SCT 371851006)."""

AngioplastyInflationDuration: Final[Code] = Code(
    "SCT", "371852004", "Angioplasty Inflation duration", (3425,)
)
"""Angioplasty Inflation duration (SCT 371852004)."""

RotationalAtherectomySpeed: Final[Code] = Code(
    "SCT", "371854003", "Rotational Atherectomy Speed", (3425,)
)
"""Rotational Atherectomy Speed (SCT 371854003)."""

DeliveredRadiationDose: Final[Code] = Code("SCT", "371892002", "Delivered Radiation Dose", (3425,))
"""Delivered Radiation Dose (SCT 371892002)."""

AblationPower: Final[Code] = Code("SCT", "386131004", "Ablation power", (3425,))
"""Ablation power (SCT 386131004)."""

AblationFrequency: Final[Code] = Code("SCT", "386132006", "Ablation frequency", (3425,))
"""Ablation frequency (SCT 386132006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AngioplastyInflationPressure,
    AngioplastyInflationDuration,
    RotationalAtherectomySpeed,
    DeliveredRadiationDose,
    AblationPower,
    AblationFrequency,
)
"""The resolved membership: own members, then those of the included groups, in order."""
