"""CID 3823 Respiratory Status.

Extensible, version 20051103, UID 1.2.840.10008.6.1.278.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Inspiration: _Final[_groups.Cid3823Code]
Expiration: _Final[_groups.Cid3823Code]
AutonomousBreathing: _Final[_groups.Cid3823Code]
ValsalvaManeuver: _Final[_groups.Cid3823Code]
CentralBreathingPosition: _Final[_groups.Cid3823Code]
ShallowBreathing: _Final[_groups.Cid3823Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3823Code]]
