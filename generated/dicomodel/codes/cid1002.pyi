"""CID 1002 Anatomical Reference Basis - Head.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1123.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CarotidArtery: _Final[_groups.Cid1002Code]
ExternalAuditoryMeatus: _Final[_groups.Cid1002Code]
ForamenMagnum: _Final[_groups.Cid1002Code]
FrontalSinus: _Final[_groups.Cid1002Code]
InternalAuditoryMeatus: _Final[_groups.Cid1002Code]
LateralCanthus: _Final[_groups.Cid1002Code]
Mandible: _Final[_groups.Cid1002Code]
MastoidBone: _Final[_groups.Cid1002Code]
MastoidCellsAndAntra: _Final[_groups.Cid1002Code]
MaxillarySinus: _Final[_groups.Cid1002Code]
Nasion: _Final[_groups.Cid1002Code]
OrbitalStructure: _Final[_groups.Cid1002Code]
PituitaryFossa: _Final[_groups.Cid1002Code]
Skull: _Final[_groups.Cid1002Code]
TemporalBone: _Final[_groups.Cid1002Code]
VertexOfHead: _Final[_groups.Cid1002Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid1002Code]]
