"""CID 3785 Left Ventricle Apical Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1417.

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
LeftVentricleApicalAnteriorSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalAnterolateralSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalAnteroseptalSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalInferiorSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalInferolateralSegment: _Final[_groups.Cid3785Code]
LeftVentricleApicalInferoseptalSegment: _Final[_groups.Cid3785Code]
MEMBERS: _Final[tuple[_groups.Cid3785Code, ...]]
