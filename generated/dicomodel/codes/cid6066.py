"""CID 6066 Target Confirmation.

Extensible, version 20040112, UID 1.2.840.10008.6.1.395.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6066
NAME: Final[str] = "Target Confirmation"
KEYWORD: Final[str | None] = "TargetConfirmation"
UID: Final[str | None] = "1.2.840.10008.6.1.395"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TargetContainedInTheSpecimen: Final[Code] = Code(
    "DCM", "111443", "Target contained in the specimen", (6066,)
)
"""Target contained in the specimen (DCM 111443)."""

TargetPartiallyObtainedInTheSpecimen: Final[Code] = Code(
    "DCM", "111444", "Target partially obtained in the specimen", (6066,)
)
"""Target partially obtained in the specimen (DCM 111444)."""

TargetNotInTheSpecimen: Final[Code] = Code("DCM", "111445", "Target not in the specimen", (6066,))
"""Target not in the specimen (DCM 111445)."""

CalcificationsSeenInTheCore: Final[Code] = Code(
    "DCM", "111446", "Calcifications seen in the core", (6066,)
)
"""Calcifications seen in the core (DCM 111446)."""

LesionCompletelyRemoved: Final[Code] = Code("DCM", "111447", "Lesion completely removed", (6066,))
"""Lesion completely removed (DCM 111447)."""

LesionPartiallyRemoved: Final[Code] = Code("DCM", "111448", "Lesion partially removed", (6066,))
"""Lesion partially removed (DCM 111448)."""

FluidObtained: Final[Code] = Code("DCM", "111449", "Fluid obtained", (6066,))
"""Fluid obtained (DCM 111449)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TargetContainedInTheSpecimen,
    TargetPartiallyObtainedInTheSpecimen,
    TargetNotInTheSpecimen,
    CalcificationsSeenInTheCore,
    LesionCompletelyRemoved,
    LesionPartiallyRemoved,
    FluidObtained,
)
"""The resolved membership: own members, then those of the included groups, in order."""
