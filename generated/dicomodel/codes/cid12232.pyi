"""CID 12232 Myocardium Mass Method.

Extensible, version 20100317, UID 1.2.840.10008.6.1.623.

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
LeftVentricleMassByMMode: _Final[_groups.Cid12232Code]
LeftVentricleMassByTruncatedEllipse: _Final[_groups.Cid12232Code]
LeftVentricleMassByAreaLength: _Final[_groups.Cid12232Code]
LeftVentricleMassByMModeAdjustedByHeight: _Final[_groups.Cid12232Code]
LeftVentricleMassByTruncatedEllipseAdjustedByHeight: _Final[_groups.Cid12232Code]
LeftVentricleMassByAreaLengthAdjustedByHeight: _Final[_groups.Cid12232Code]
MEMBERS: _Final[tuple[_groups.Cid12232Code, ...]]
