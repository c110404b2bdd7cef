"""CID 26 Nuclear Medicine Projection.

Extensible, version 20040322, UID 1.2.840.10008.6.1.18.
Includes CID 27.

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
Coronal: _Final[_Code]
Sagittal: _Final[_Code]
Axial: _Final[_Code]
RightAnteriorOblique: _Final[_Code]
LeftAnteriorOblique: _Final[_Code]
RightPosteriorOblique: _Final[_Code]
LeftPosteriorOblique: _Final[_Code]
ObliqueAxial: _Final[_Code]
SagittalObliqueAxial: _Final[_Code]
MedialLateral: _Final[_Code]
LateralMedial: _Final[_Code]
RightLateralProjection: _Final[_Code]
LeftLateralProjection: _Final[_Code]
MedioLateralOblique: _Final[_Code]
LateroMedialOblique: _Final[_Code]
Transverse: _Final[_Code]
Lateral: _Final[_Code]
AnteriorProjection: _Final[_Code]
PosteriorProjection: _Final[_Code]
ShortAxis: _Final[_Code]
VerticalLongAxis: _Final[_Code]
HorizontalLongAxis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
