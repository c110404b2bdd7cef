"""CID 3718 Myocardial Wall Segments in Projection.

Extensible, version 20210328, UID 1.2.840.10008.6.1.219.

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
LeftVentricleBasalAnteriorSegment: _Final[_groups.Cid3718Code]
MyocardiumOfAnterolateralRegion: _Final[_groups.Cid3718Code]
MyocardiumOfApexOfHeart: _Final[_groups.Cid3718Code]
MyocardiumOfDiaphragmaticRegion: _Final[_groups.Cid3718Code]
LeftVentricleBasalInferiorSegment: _Final[_groups.Cid3718Code]
MyocardiumOfPosterolateralRegion: _Final[_groups.Cid3718Code]
MyocardiumOfInferolateralRegion: _Final[_groups.Cid3718Code]
LeftVentricleApicalSeptalSegment: _Final[_groups.Cid3718Code]
MEMBERS: _Final[tuple[_groups.Cid3718Code, ...]]
