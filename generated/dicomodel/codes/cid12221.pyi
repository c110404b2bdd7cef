"""CID 12221 Flow Direction.

Extensible, version 20100317, UID 1.2.840.10008.6.1.613.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AntegradeFlow: _Final[_Code]
RetrogradeFlow: _Final[_Code]
RegurgitantFlow: _Final[_Code]
LeftToRightCardiovascularShunt: _Final[_Code]
RightToLeftCardiovascularShunt: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
