"""CID 7602 Vertebral Anatomic Structure.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1433.
Includes CID 7603, CID 7604.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

C1Vertebra: _Final[_groups.Cid7602Code]
C2Vertebra: _Final[_groups.Cid7602Code]
C3Vertebra: _Final[_groups.Cid7602Code]
C4Vertebra: _Final[_groups.Cid7602Code]
C5Vertebra: _Final[_groups.Cid7602Code]
C6Vertebra: _Final[_groups.Cid7602Code]
C7Vertebra: _Final[_groups.Cid7602Code]
T1Vertebra: _Final[_groups.Cid7602Code]
T2Vertebra: _Final[_groups.Cid7602Code]
T3Vertebra: _Final[_groups.Cid7602Code]
T4Vertebra: _Final[_groups.Cid7602Code]
T5Vertebra: _Final[_groups.Cid7602Code]
T6Vertebra: _Final[_groups.Cid7602Code]
T7Vertebra: _Final[_groups.Cid7602Code]
T8Vertebra: _Final[_groups.Cid7602Code]
T9Vertebra: _Final[_groups.Cid7602Code]
T10Vertebra: _Final[_groups.Cid7602Code]
T11Vertebra: _Final[_groups.Cid7602Code]
T12Vertebra: _Final[_groups.Cid7602Code]
L1Vertebra: _Final[_groups.Cid7602Code]
L2Vertebra: _Final[_groups.Cid7602Code]
L3Vertebra: _Final[_groups.Cid7602Code]
L4Vertebra: _Final[_groups.Cid7602Code]
L5Vertebra: _Final[_groups.Cid7602Code]
C2C3Disc: _Final[_groups.Cid7602Code]
C3C4Disc: _Final[_groups.Cid7602Code]
C4C5Disc: _Final[_groups.Cid7602Code]
C5C6Disc: _Final[_groups.Cid7602Code]
C6C7Disc: _Final[_groups.Cid7602Code]
C7T1Disc: _Final[_groups.Cid7602Code]
T1T2Disc: _Final[_groups.Cid7602Code]
T2T3Disc: _Final[_groups.Cid7602Code]
T3T4Disc: _Final[_groups.Cid7602Code]
T4T5Disc: _Final[_groups.Cid7602Code]
T5T6Disc: _Final[_groups.Cid7602Code]
T6T7Disc: _Final[_groups.Cid7602Code]
T7T8Disc: _Final[_groups.Cid7602Code]
T8T9Disc: _Final[_groups.Cid7602Code]
T9T10Disc: _Final[_groups.Cid7602Code]
T10T11Disc: _Final[_groups.Cid7602Code]
T11T12Disc: _Final[_groups.Cid7602Code]
T12L1Disc: _Final[_groups.Cid7602Code]
L1L2Disc: _Final[_groups.Cid7602Code]
L2L3Disc: _Final[_groups.Cid7602Code]
L3L4Disc: _Final[_groups.Cid7602Code]
L4L5Disc: _Final[_groups.Cid7602Code]
L5S1Disc: _Final[_groups.Cid7602Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7602Code]]
