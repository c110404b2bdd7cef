"""CID 7022 Radiotherapy Purpose of Reference.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1115.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7022
NAME: Final[str] = "Radiotherapy Purpose of Reference"
KEYWORD: Final[str | None] = "RadiotherapyPurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.1115"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240616"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTTreatmentPlanForThePositionBeingVerified: Final[Code] = Code(
    "DCM", "121310", "RT treatment plan for the position being verified", (7022,)
)
"""RT treatment plan for the position being verified (DCM 121310)."""

RegistrationUsedInPlanning: Final[Code] = Code(
    "DCM", "129210", "Registration used in Planning", (7022,)
)
"""Registration used in Planning (DCM 129210)."""

RegistrationCreatedDuringTreatment: Final[Code] = Code(
    "DCM", "129211", "Registration created during Treatment", (7022,)
)
"""Registration created during Treatment (DCM 129211)."""

DoseFromPriorTreatment: Final[Code] = Code("DCM", "129212", "Dose from prior Treatment", (7022,))
"""Dose from prior Treatment (DCM 129212)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RTTreatmentPlanForThePositionBeingVerified,
    RegistrationUsedInPlanning,
    RegistrationCreatedDuringTreatment,
    DoseFromPriorTreatment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
