"""CID 9302 Media Import PPS Discontinuation Reason.

Extensible, version 20090616, UID 1.2.840.10008.6.1.813.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ObjectsIncorrectlyFormatted: _Final[_groups.Cid9302Code]
ObjectTypesNotSupported: _Final[_groups.Cid9302Code]
ObjectSetIncomplete: _Final[_groups.Cid9302Code]
MediaFailure: _Final[_groups.Cid9302Code]
EquipmentFailure: _Final[_groups.Cid9302Code]
DuplicateOrder: _Final[_groups.Cid9302Code]
DiscontinuedForUnspecifiedReason: _Final[_groups.Cid9302Code]
IncorrectWorklistEntrySelected: _Final[_groups.Cid9302Code]
MEMBERS: _Final[tuple[_groups.Cid9302Code, ...]]
