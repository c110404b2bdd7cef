"""CID 7603 Vertebra.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1434.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid7603Code, ...]]
