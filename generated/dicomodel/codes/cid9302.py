"""CID 9302 Media Import PPS Discontinuation Reason.

Extensible, version 20090616, UID 1.2.840.10008.6.1.813.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9302
NAME: Final[str] = "Media Import PPS Discontinuation Reason"
KEYWORD: Final[str | None] = "MediaImportPPSDiscontinuationReason"
UID: Final[str | None] = "1.2.840.10008.6.1.813"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090616"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ObjectsIncorrectlyFormatted: Final[Code] = Code(
    "DCM", "110521", "Objects incorrectly formatted", (9302,)
)
"""Objects incorrectly formatted (DCM 110521)."""

ObjectTypesNotSupported: Final[Code] = Code("DCM", "110522", "Object Types not supported", (9302,))
"""Object Types not supported (DCM 110522)."""

ObjectSetIncomplete: Final[Code] = Code("DCM", "110523", "Object Set incomplete", (9302, 9303))
"""Object Set incomplete (DCM 110523)."""

MediaFailure: Final[Code] = Code("DCM", "110524", "Media Failure", (9302,))
"""Media Failure (DCM 110524)."""

EquipmentFailure: Final[Code] = Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

DuplicateOrder: Final[Code] = Code("DCM", "110510", "Duplicate order", (9301, 9302, 9303))
"""Duplicate order (DCM 110510)."""

DiscontinuedForUnspecifiedReason: Final[Code] = Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513)."""

IncorrectWorklistEntrySelected: Final[Code] = Code(
    "DCM", "110514", "Incorrect worklist entry selected", (9301, 9302)
)
"""Incorrect worklist entry selected (DCM 110514)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ObjectsIncorrectlyFormatted,
    ObjectTypesNotSupported,
    ObjectSetIncomplete,
    MediaFailure,
    EquipmentFailure,
    DuplicateOrder,
    DiscontinuedForUnspecifiedReason,
    IncorrectWorklistEntrySelected,
)
"""The resolved membership: own members, then those of the included groups, in order."""
