"""CID 9535 Radiotherapy Dose Calculation Role.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1245.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9535
NAME: Final[str] = "Radiotherapy Dose Calculation Role"
KEYWORD: Final[str | None] = "RadiotherapyDoseCalculationRole"
UID: Final[str | None] = "1.2.840.10008.6.1.1245"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PlanningOrganAtRiskVolume: Final[Code] = Code(
    "DCM", "130057", "Planning Organ At Risk Volume", (9535,)
)
"""Planning Organ At Risk Volume (DCM 130057)."""

AvoidanceVolume: Final[Code] = Code("DCM", "130058", "Avoidance Volume", (9535,))
"""Avoidance Volume (DCM 130058)."""

OrganAtRisk: Final[Code] = Code("DCM", "130060", "Organ At Risk", (9535,))
"""Organ At Risk (DCM 130060)."""

RadiationDoseShapingVolume: Final[Code] = Code(
    "DCM", "130061", "Radiation Dose Shaping Volume", (9535,)
)
"""Radiation Dose Shaping Volume (DCM 130061)."""

ConformalityShell: Final[Code] = Code("DCM", "130062", "Conformality Shell", (9535,))
"""Conformality Shell (DCM 130062)."""

DoseCalculationBoundingVolume: Final[Code] = Code(
    "DCM", "130065", "Dose Calculation Bounding Volume", (9535,)
)
"""Dose Calculation Bounding Volume (DCM 130065)."""

RadiationInteractionVolume: Final[Code] = Code(
    "DCM", "130066", "Radiation Interaction Volume", (9535,)
)
"""Radiation Interaction Volume (DCM 130066)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PlanningOrganAtRiskVolume,
    AvoidanceVolume,
    OrganAtRisk,
    RadiationDoseShapingVolume,
    ConformalityShell,
    DoseCalculationBoundingVolume,
    RadiationInteractionVolume,
)
"""The resolved membership: own members, then those of the included groups, in order."""
