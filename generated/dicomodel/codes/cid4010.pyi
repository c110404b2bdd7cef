"""CID 4010 DX View.

Extensible, version 20160314, UID 1.2.840.10008.6.1.294.

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
Frontal: _Final[_Code]
FrontalOblique: _Final[_Code]
AnteroPosterior: _Final[_Code]
AnteroPosteriorOblique: _Final[_Code]
RightPosteriorOblique: _Final[_Code]
LeftPosteriorOblique: _Final[_Code]
PosteroAnterior: _Final[_Code]
PosteroAnteriorOblique: _Final[_Code]
RightAnteriorOblique: _Final[_Code]
LeftAnteriorOblique: _Final[_Code]
Sagittal: _Final[_Code]
MedialLateral: _Final[_Code]
LateralOblique: _Final[_Code]
LateralMedial: _Final[_Code]
MedialOblique: _Final[_Code]
RightLateral: _Final[_Code]
RightOblique: _Final[_Code]
LeftLateral: _Final[_Code]
LeftOblique: _Final[_Code]
Axial: _Final[_Code]
CranioCaudal: _Final[_Code]
CaudoCranial: _Final[_Code]
ObliqueAxial: _Final[_Code]
ObliqueCranioCaudal: _Final[_Code]
ObliqueCaudoCranial: _Final[_Code]
FrontalObliqueAxial: _Final[_Code]
SagittalObliqueAxial: _Final[_Code]
Oblique: _Final[_Code]
Lateral: _Final[_Code]
Tangential: _Final[_Code]
Submentovertical: _Final[_Code]
Verticosubmental: _Final[_Code]
Plantodorsal: _Final[_Code]
Dorsoplantar: _Final[_Code]
Parietoacanthial: _Final[_Code]
Acanthioparietal: _Final[_Code]
Orbitoparietal: _Final[_Code]
ParietoOrbital: _Final[_Code]
LateroMedialOblique: _Final[_Code]
MedioLateralOblique: _Final[_Code]
TissueSpecimen: _Final[_Code]
OcclusalProjection: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
