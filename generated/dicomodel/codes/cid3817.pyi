"""CID 3817 Vascular Sclerosis Type.

Extensible, version 20051103, UID 1.2.840.10008.6.1.275.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AdventitialDegeneration: _Final[_groups.Cid3817Code]
ArteriosclerosisWithFibrinoidNecrosis: _Final[_groups.Cid3817Code]
Arteriolosclerosis: _Final[_groups.Cid3817Code]
Arteriosclerosis: _Final[_groups.Cid3817Code]
Atheroma: _Final[_groups.Cid3817Code]
AtheroscleroticFibrousPlaque: _Final[_groups.Cid3817Code]
CalcifiedAtheromatousPlaque: _Final[_groups.Cid3817Code]
ComplicatedAtheromatousPlaque: _Final[_groups.Cid3817Code]
CysticMedicalNecrosis: _Final[_groups.Cid3817Code]
ElasticVascularSclerosis: _Final[_groups.Cid3817Code]
FattyStreaks: _Final[_groups.Cid3817Code]
Fibroelastosis: _Final[_groups.Cid3817Code]
DiffuseFibroelastosis: _Final[_groups.Cid3817Code]
FocalFibroelastosis: _Final[_groups.Cid3817Code]
Phlebosclerosis: _Final[_groups.Cid3817Code]
UlceratedAtheromatousPlaque: _Final[_groups.Cid3817Code]
VascularWallDegeneration: _Final[_groups.Cid3817Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3817Code]]
