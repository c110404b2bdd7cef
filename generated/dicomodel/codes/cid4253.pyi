"""CID 4253 Visual Field Static Perimetry Fixation Strategy.

Extensible, version 20100827, UID 1.2.840.10008.6.1.912.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AutomatedOptical: _Final[_groups.Cid4253Code]
BlindSpotMonitoring: _Final[_groups.Cid4253Code]
MacularFixationTesting: _Final[_groups.Cid4253Code]
ObservationByExaminer: _Final[_groups.Cid4253Code]
None_: _Final[_groups.Cid4253Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4253Code]]
