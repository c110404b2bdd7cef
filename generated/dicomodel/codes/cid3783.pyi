"""CID 3783 Left Ventricle Midlevel Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1415.

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
LeftVentricleMidAnteriorSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidAnteroseptalSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidInferoseptalSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidInferiorSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidInferolateralSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidAnterolateralSegment: _Final[_groups.Cid3783Code]
MEMBERS: _Final[tuple[_groups.Cid3783Code, ...]]
