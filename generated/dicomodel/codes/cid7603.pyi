"""CID 7603 Vertebra.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1434.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

C1Vertebra: _Final[_groups.Cid7603Code]
C2Vertebra: _Final[_groups.Cid7603Code]
C3Vertebra: _Final[_groups.Cid7603Code]
C4Vertebra: _Final[_groups.Cid7603Code]
C5Vertebra: _Final[_groups.Cid7603Code]
C6Vertebra: _Final[_groups.Cid7603Code]
C7Vertebra: _Final[_groups.Cid7603Code]
T1Vertebra: _Final[_groups.Cid7603Code]
T2Vertebra: _Final[_groups.Cid7603Code]
T3Vertebra: _Final[_groups.Cid7603Code]
T4Vertebra: _Final[_groups.Cid7603Code]
T5Vertebra: _Final[_groups.Cid7603Code]
T6Vertebra: _Final[_groups.Cid7603Code]
T7Vertebra: _Final[_groups.Cid7603Code]
T8Vertebra: _Final[_groups.Cid7603Code]
T9Vertebra: _Final[_groups.Cid7603Code]
T10Vertebra: _Final[_groups.Cid7603Code]
T11Vertebra: _Final[_groups.Cid7603Code]
T12Vertebra: _Final[_groups.Cid7603Code]
L1Vertebra: _Final[_groups.Cid7603Code]
L2Vertebra: _Final[_groups.Cid7603Code]
L3Vertebra: _Final[_groups.Cid7603Code]
L4Vertebra: _Final[_groups.Cid7603Code]
L5Vertebra: _Final[_groups.Cid7603Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7603Code]]
