"""CID 20 Patient Orientation Modifier.

Extensible, version 20070524, UID 1.2.840.10008.6.1.14.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Prone: _Final[_groups.Cid20Code]
SemiProne: _Final[_groups.Cid20Code]
LateralDecubitus: _Final[_groups.Cid20Code]
Standing: _Final[_groups.Cid20Code]
Anatomical: _Final[_groups.Cid20Code]
Kneeling: _Final[_groups.Cid20Code]
KneeChest: _Final[_groups.Cid20Code]
Supine: _Final[_groups.Cid20Code]
Lithotomy: _Final[_groups.Cid20Code]
Trendelenburg: _Final[_groups.Cid20Code]
InverseTrendelenburg: _Final[_groups.Cid20Code]
Frog: _Final[_groups.Cid20Code]
StoopedOver: _Final[_groups.Cid20Code]
Sitting: _Final[_groups.Cid20Code]
CurledUp: _Final[_groups.Cid20Code]
RightLateralDecubitus: _Final[_groups.Cid20Code]
LeftLateralDecubitus: _Final[_groups.Cid20Code]
Lordotic: _Final[_groups.Cid20Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid20Code]]
