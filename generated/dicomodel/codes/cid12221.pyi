"""CID 12221 Flow Direction.

Extensible, version 20100317, UID 1.2.840.10008.6.1.613.

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
AntegradeFlow: _Final[_groups.Cid12221Code]
RetrogradeFlow: _Final[_groups.Cid12221Code]
RegurgitantFlow: _Final[_groups.Cid12221Code]
LeftToRightCardiovascularShunt: _Final[_groups.Cid12221Code]
RightToLeftCardiovascularShunt: _Final[_groups.Cid12221Code]
MEMBERS: _Final[tuple[_groups.Cid12221Code, ...]]
