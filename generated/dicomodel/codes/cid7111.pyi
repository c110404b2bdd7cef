"""CID 7111 Fiducial.

Extensible, version 20180917, UID 1.2.840.10008.6.1.1133.
Includes CID 3496, CID 3837, CID 7101, CID 7112.

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
CollateralBranchOfVessel: _Final[_Code]
Stent: _Final[_Code]
VascularCalcification: _Final[_Code]
FibrousPlaque: _Final[_Code]
Vein: _Final[_Code]
VesselOrigin: _Final[_Code]
Ostium: _Final[_Code]
RenalArtery: _Final[_Code]
AorticBifurcation: _Final[_Code]
CommonIliacBifurcation: _Final[_Code]
InterHemisphericPlane: _Final[_Code]
AnteriorCommissure: _Final[_Code]
PosteriorCommissure: _Final[_Code]
RightHemisphereMostAnterior: _Final[_Code]
RightHemisphereMostPosterior: _Final[_Code]
RightHemisphereMostSuperior: _Final[_Code]
RightHemisphereMostInferior: _Final[_Code]
LeftHemisphereMostAnterior: _Final[_Code]
LeftHemisphereMostPosterior: _Final[_Code]
LeftHemisphereMostSuperior: _Final[_Code]
LeftHemisphereMostInferior: _Final[_Code]
CoilMarker: _Final[_Code]
Sphere: _Final[_Code]
CylinderMarker: _Final[_Code]
BBShotLeadPellet: _Final[_Code]
WireMarker: _Final[_Code]
TransponderMarker: _Final[_Code]
RadioactiveImplant: _Final[_Code]
MRMarker: _Final[_Code]
InfraredReflectorMarker: _Final[_Code]
VisibleReflectorMarker: _Final[_Code]
Clip: _Final[_Code]
Catheter: _Final[_Code]
ContrastMedia: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
