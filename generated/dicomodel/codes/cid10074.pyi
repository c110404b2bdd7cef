"""CID 10074 RDSR Frame of Reference Origin.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1364.

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
RoomOrigin: _Final[_groups.Cid10074Code]
EquipmentOrigin: _Final[_groups.Cid10074Code]
PatientSupportOrigin: _Final[_groups.Cid10074Code]
IsocenterOrigin: _Final[_groups.Cid10074Code]
PatientCoordinateSystemOrigin: _Final[_groups.Cid10074Code]
MEMBERS: _Final[tuple[_groups.Cid10074Code, ...]]
