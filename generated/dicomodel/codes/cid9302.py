"""CID 9302 Media Import PPS Discontinuation Reason.

Extensible, version 20090616, UID 1.2.840.10008.6.1.813.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9302
NAME: _Final[str] = "Media Import PPS Discontinuation Reason"
KEYWORD: _Final[str | None] = "MediaImportPPSDiscontinuationReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.813"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ObjectsIncorrectlyFormatted: _Final[_Code] = _Code(
    "DCM", "110521", "Objects incorrectly formatted", (9302,)
)
"""Objects incorrectly formatted (DCM 110521)."""

ObjectTypesNotSupported: _Final[_Code] = _Code(
    "DCM", "110522", "Object Types not supported", (9302,)
)
"""Object Types not supported (DCM 110522)."""

ObjectSetIncomplete: _Final[_Code] = _Code("DCM", "110523", "Object Set incomplete", (9302, 9303))
"""Object Set incomplete (DCM 110523)."""

MediaFailure: _Final[_Code] = _Code("DCM", "110524", "Media Failure", (9302,))
"""Media Failure (DCM 110524)."""

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

DuplicateOrder: _Final[_Code] = _Code("DCM", "110510", "Duplicate order", (9301, 9302, 9303))
"""Duplicate order (DCM 110510)."""

DiscontinuedForUnspecifiedReason: _Final[_Code] = _Code(
    "DCM", "110513", "Discontinued for unspecified reason", (9301, 9302, 9303, 9561)
)
"""Discontinued for unspecified reason (DCM 110513)."""

IncorrectWorklistEntrySelected: _Final[_Code] = _Code(
    "DCM", "110514", "Incorrect worklist entry selected", (9301, 9302)
)
"""Incorrect worklist entry selected (DCM 110514)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
