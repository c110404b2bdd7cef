"""CID 3422 Device Use Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.85.

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
DeviceInsertedIntoSheath: _Final[_groups.Cid3422Code]
DeviceAtSiteOfInterest: _Final[_groups.Cid3422Code]
DeviceWithdrawnRemoved: _Final[_groups.Cid3422Code]
DeviceAppliedToPatient: _Final[_groups.Cid3422Code]
DeviceUsed: _Final[_groups.Cid3422Code]
DeviceCrossedSeptum: _Final[_groups.Cid3422Code]
DeviceCrossedLesion: _Final[_groups.Cid3422Code]
MEMBERS: _Final[tuple[_groups.Cid3422Code, ...]]
