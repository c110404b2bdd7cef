"""CID 9272 RT ROI Image Acquisition Context.

Extensible, version 20240114, UID 1.2.840.10008.6.1.1481.
Includes CID 3823.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PriorToVoiding: _Final[_groups.Cid9272Code]
PostVoiding: _Final[_groups.Cid9272Code]
FullRectum: _Final[_groups.Cid9272Code]
EmptyRectum: _Final[_groups.Cid9272Code]
PreSurgicalAnatomy: _Final[_groups.Cid9272Code]
PostSurgicalAnatomy: _Final[_groups.Cid9272Code]
Inspiration: _Final[_groups.Cid9272Code]
Expiration: _Final[_groups.Cid9272Code]
AutonomousBreathing: _Final[_groups.Cid9272Code]
ValsalvaManeuver: _Final[_groups.Cid9272Code]
CentralBreathingPosition: _Final[_groups.Cid9272Code]
ShallowBreathing: _Final[_groups.Cid9272Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9272Code]]
