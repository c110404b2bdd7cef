"""CID 4010 DX View.

Extensible, version 20160314, UID 1.2.840.10008.6.1.294.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Frontal: _Final[_groups.Cid4010Code]
FrontalOblique: _Final[_groups.Cid4010Code]
AnteroPosterior: _Final[_groups.Cid4010Code]
AnteroPosteriorOblique: _Final[_groups.Cid4010Code]
RightPosteriorOblique: _Final[_groups.Cid4010Code]
LeftPosteriorOblique: _Final[_groups.Cid4010Code]
PosteroAnterior: _Final[_groups.Cid4010Code]
PosteroAnteriorOblique: _Final[_groups.Cid4010Code]
RightAnteriorOblique: _Final[_groups.Cid4010Code]
LeftAnteriorOblique: _Final[_groups.Cid4010Code]
Sagittal: _Final[_groups.Cid4010Code]
MedialLateral: _Final[_groups.Cid4010Code]
LateralOblique: _Final[_groups.Cid4010Code]
LateralMedial: _Final[_groups.Cid4010Code]
MedialOblique: _Final[_groups.Cid4010Code]
RightLateral: _Final[_groups.Cid4010Code]
RightOblique: _Final[_groups.Cid4010Code]
LeftLateral: _Final[_groups.Cid4010Code]
LeftOblique: _Final[_groups.Cid4010Code]
Axial: _Final[_groups.Cid4010Code]
CranioCaudal: _Final[_groups.Cid4010Code]
CaudoCranial: _Final[_groups.Cid4010Code]
ObliqueAxial: _Final[_groups.Cid4010Code]
ObliqueCranioCaudal: _Final[_groups.Cid4010Code]
ObliqueCaudoCranial: _Final[_groups.Cid4010Code]
FrontalObliqueAxial: _Final[_groups.Cid4010Code]
SagittalObliqueAxial: _Final[_groups.Cid4010Code]
Oblique: _Final[_groups.Cid4010Code]
Lateral: _Final[_groups.Cid4010Code]
Tangential: _Final[_groups.Cid4010Code]
Submentovertical: _Final[_groups.Cid4010Code]
Verticosubmental: _Final[_groups.Cid4010Code]
Plantodorsal: _Final[_groups.Cid4010Code]
Dorsoplantar: _Final[_groups.Cid4010Code]
Parietoacanthial: _Final[_groups.Cid4010Code]
Acanthioparietal: _Final[_groups.Cid4010Code]
Orbitoparietal: _Final[_groups.Cid4010Code]
ParietoOrbital: _Final[_groups.Cid4010Code]
LateroMedialOblique: _Final[_groups.Cid4010Code]
MedioLateralOblique: _Final[_groups.Cid4010Code]
TissueSpecimen: _Final[_groups.Cid4010Code]
OcclusalProjection: _Final[_groups.Cid4010Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4010Code]]
