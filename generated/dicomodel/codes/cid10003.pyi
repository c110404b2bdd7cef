"""CID 10003 Equipment Plane Identification.

Extensible, version 20081028, UID 1.2.840.10008.6.1.537.

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
PlaneA: _Final[_groups.Cid10003Code]
PlaneB: _Final[_groups.Cid10003Code]
SinglePlane: _Final[_groups.Cid10003Code]
AllPlanes: _Final[_groups.Cid10003Code]
MEMBERS: _Final[tuple[_groups.Cid10003Code, ...]]
