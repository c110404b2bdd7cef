"""CID 7604 Intervertebral Disc.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1435.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

C2C3Disc: _Final[_groups.Cid7604Code]
C3C4Disc: _Final[_groups.Cid7604Code]
C4C5Disc: _Final[_groups.Cid7604Code]
C5C6Disc: _Final[_groups.Cid7604Code]
C6C7Disc: _Final[_groups.Cid7604Code]
C7T1Disc: _Final[_groups.Cid7604Code]
T1T2Disc: _Final[_groups.Cid7604Code]
T2T3Disc: _Final[_groups.Cid7604Code]
T3T4Disc: _Final[_groups.Cid7604Code]
T4T5Disc: _Final[_groups.Cid7604Code]
T5T6Disc: _Final[_groups.Cid7604Code]
T6T7Disc: _Final[_groups.Cid7604Code]
T7T8Disc: _Final[_groups.Cid7604Code]
T8T9Disc: _Final[_groups.Cid7604Code]
T9T10Disc: _Final[_groups.Cid7604Code]
T10T11Disc: _Final[_groups.Cid7604Code]
T11T12Disc: _Final[_groups.Cid7604Code]
T12L1Disc: _Final[_groups.Cid7604Code]
L1L2Disc: _Final[_groups.Cid7604Code]
L2L3Disc: _Final[_groups.Cid7604Code]
L3L4Disc: _Final[_groups.Cid7604Code]
L4L5Disc: _Final[_groups.Cid7604Code]
L5S1Disc: _Final[_groups.Cid7604Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7604Code]]
