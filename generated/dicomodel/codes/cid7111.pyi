"""CID 7111 Fiducial.

Extensible, version 20180917, UID 1.2.840.10008.6.1.1133.
Includes CID 3496, CID 3837, CID 7101, CID 7112.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CollateralBranchOfVessel: _Final[_groups.Cid7111Code]
Stent: _Final[_groups.Cid7111Code]
VascularCalcification: _Final[_groups.Cid7111Code]
FibrousPlaque: _Final[_groups.Cid7111Code]
Vein: _Final[_groups.Cid7111Code]
VesselOrigin: _Final[_groups.Cid7111Code]
Ostium: _Final[_groups.Cid7111Code]
RenalArtery: _Final[_groups.Cid7111Code]
AorticBifurcation: _Final[_groups.Cid7111Code]
CommonIliacBifurcation: _Final[_groups.Cid7111Code]
InterHemisphericPlane: _Final[_groups.Cid7111Code]
AnteriorCommissure: _Final[_groups.Cid7111Code]
PosteriorCommissure: _Final[_groups.Cid7111Code]
RightHemisphereMostAnterior: _Final[_groups.Cid7111Code]
RightHemisphereMostPosterior: _Final[_groups.Cid7111Code]
RightHemisphereMostSuperior: _Final[_groups.Cid7111Code]
RightHemisphereMostInferior: _Final[_groups.Cid7111Code]
LeftHemisphereMostAnterior: _Final[_groups.Cid7111Code]
LeftHemisphereMostPosterior: _Final[_groups.Cid7111Code]
LeftHemisphereMostSuperior: _Final[_groups.Cid7111Code]
LeftHemisphereMostInferior: _Final[_groups.Cid7111Code]
CoilMarker: _Final[_groups.Cid7111Code]
Sphere: _Final[_groups.Cid7111Code]
CylinderMarker: _Final[_groups.Cid7111Code]
BBShotLeadPellet: _Final[_groups.Cid7111Code]
WireMarker: _Final[_groups.Cid7111Code]
TransponderMarker: _Final[_groups.Cid7111Code]
RadioactiveImplant: _Final[_groups.Cid7111Code]
MRMarker: _Final[_groups.Cid7111Code]
InfraredReflectorMarker: _Final[_groups.Cid7111Code]
VisibleReflectorMarker: _Final[_groups.Cid7111Code]
Clip: _Final[_groups.Cid7111Code]
Catheter: _Final[_groups.Cid7111Code]
ContrastMedia: _Final[_groups.Cid7111Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7111Code]]
