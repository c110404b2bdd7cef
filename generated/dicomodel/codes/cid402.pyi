"""CID 402 Audit Active Participant Role ID Code.

Extensible, version 20100826, UID 1.2.840.10008.6.1.905.

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
Application: _Final[_groups.Cid402Code]
ApplicationLauncher: _Final[_groups.Cid402Code]
DestinationRoleID: _Final[_groups.Cid402Code]
SourceRoleID: _Final[_groups.Cid402Code]
DestinationMedia: _Final[_groups.Cid402Code]
SourceMedia: _Final[_groups.Cid402Code]
MEMBERS: _Final[tuple[_groups.Cid402Code, ...]]
