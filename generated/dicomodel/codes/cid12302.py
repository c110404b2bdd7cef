"""CID 12302 Echo Finding Observation Type.

Non-extensible, version 20161109, UID 1.2.840.10008.6.1.1143.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12302
NAME: Final[str] = "Echo Finding Observation Type"
KEYWORD: Final[str | None] = "EchoFindingObservationType"
UID: Final[str | None] = "1.2.840.10008.6.1.1143"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20161109"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StructureOfTheFindingSite: Final[Code] = Code(
    "DCM", "125311", "Structure of the Finding Site", (12302,)
)
"""Structure of the Finding Site (DCM 125311)."""

BehaviorOfTheFindingSite: Final[Code] = Code(
    "DCM", "125312", "Behavior of the Finding Site", (12302,)
)
"""Behavior of the Finding Site (DCM 125312)."""

HemodynamicMeasurements: Final[Code] = Code("SCT", "44324008", "Hemodynamic Measurements", (12302,))
"""Hemodynamic Measurements (SCT 44324008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    StructureOfTheFindingSite,
    BehaviorOfTheFindingSite,
    HemodynamicMeasurements,
)
"""The resolved membership: own members, then those of the included groups, in order."""
