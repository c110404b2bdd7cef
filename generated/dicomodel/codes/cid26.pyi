"""CID 26 Nuclear Medicine Projection.

Extensible, version 20040322, UID 1.2.840.10008.6.1.18.
Includes CID 27.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Coronal: _Final[_groups.Cid26Code]
Sagittal: _Final[_groups.Cid26Code]
Axial: _Final[_groups.Cid26Code]
RightAnteriorOblique: _Final[_groups.Cid26Code]
LeftAnteriorOblique: _Final[_groups.Cid26Code]
RightPosteriorOblique: _Final[_groups.Cid26Code]
LeftPosteriorOblique: _Final[_groups.Cid26Code]
ObliqueAxial: _Final[_groups.Cid26Code]
SagittalObliqueAxial: _Final[_groups.Cid26Code]
MedialLateral: _Final[_groups.Cid26Code]
LateralMedial: _Final[_groups.Cid26Code]
RightLateralProjection: _Final[_groups.Cid26Code]
LeftLateralProjection: _Final[_groups.Cid26Code]
MedioLateralOblique: _Final[_groups.Cid26Code]
LateroMedialOblique: _Final[_groups.Cid26Code]
Transverse: _Final[_groups.Cid26Code]
Lateral: _Final[_groups.Cid26Code]
AnteriorProjection: _Final[_groups.Cid26Code]
PosteriorProjection: _Final[_groups.Cid26Code]
ShortAxis: _Final[_groups.Cid26Code]
VerticalLongAxis: _Final[_groups.Cid26Code]
HorizontalLongAxis: _Final[_groups.Cid26Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid26Code]]
