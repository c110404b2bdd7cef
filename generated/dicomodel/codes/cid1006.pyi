"""CID 1006 Anatomical Reference Basis - Extremity.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1127.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnkleJoint: _Final[_groups.Cid1006Code]
ElbowJoint: _Final[_groups.Cid1006Code]
Foot: _Final[_groups.Cid1006Code]
KneeJoint: _Final[_groups.Cid1006Code]
MalleolarStructureOfTibia: _Final[_groups.Cid1006Code]
Metacarpal: _Final[_groups.Cid1006Code]
Patella: _Final[_groups.Cid1006Code]
Scaphoid: _Final[_groups.Cid1006Code]
Talus: _Final[_groups.Cid1006Code]
TibialPlateau: _Final[_groups.Cid1006Code]
Toe: _Final[_groups.Cid1006Code]
WristJoint: _Final[_groups.Cid1006Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid1006Code]]
