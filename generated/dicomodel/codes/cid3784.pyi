"""CID 3784 Left Ventricle Apical Wall 4 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1416.

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
LeftVentricleApicalAnteriorSegment: _Final[_groups.Cid3784Code]
LeftVentricleApicalSeptalSegment: _Final[_groups.Cid3784Code]
LeftVentricleApicalInferiorSegment: _Final[_groups.Cid3784Code]
LeftVentricleApicalLateralSegment: _Final[_groups.Cid3784Code]
MEMBERS: _Final[tuple[_groups.Cid3784Code, ...]]
