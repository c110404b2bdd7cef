"""CID 7603 Vertebra.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1434.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7603
NAME: _Final[str] = "Vertebra"
KEYWORD: _Final[str | None] = "Vertebra"
UID: _Final[str | None] = "1.2.840.10008.6.1.1434"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

C1Vertebra: _Final[_Code] = _Code("SCT", "14806007", "C1 vertebra", (1003, 7603))
"""C1 vertebra (SCT 14806007)."""

C2Vertebra: _Final[_Code] = _Code("SCT", "39976000", "C2 vertebra", (7603,))
"""C2 vertebra (SCT 39976000)."""

C3Vertebra: _Final[_Code] = _Code("SCT", "113205007", "C3 vertebra", (7603,))
"""C3 vertebra (SCT 113205007)."""

C4Vertebra: _Final[_Code] = _Code("SCT", "5329002", "C4 vertebra", (7603,))
"""C4 vertebra (SCT 5329002)."""

C5Vertebra: _Final[_Code] = _Code("SCT", "36978003", "C5 vertebra", (7603,))
"""C5 vertebra (SCT 36978003)."""

C6Vertebra: _Final[_Code] = _Code("SCT", "36054005", "C6 vertebra", (7603,))
"""C6 vertebra (SCT 36054005)."""

C7Vertebra: _Final[_Code] = _Code("SCT", "87391001", "C7 vertebra", (7603,))
"""C7 vertebra (SCT 87391001)."""

T1Vertebra: _Final[_Code] = _Code("SCT", "64864005", "T1 vertebra", (7603,))
"""T1 vertebra (SCT 64864005)."""

T2Vertebra: _Final[_Code] = _Code("SCT", "53733008", "T2 vertebra", (7603,))
"""T2 vertebra (SCT 53733008)."""

T3Vertebra: _Final[_Code] = _Code("SCT", "1626008", "T3 vertebra", (7603,))
"""T3 vertebra (SCT 1626008)."""

T4Vertebra: _Final[_Code] = _Code("SCT", "73071006", "T4 vertebra", (7603,))
"""T4 vertebra (SCT 73071006)."""

T5Vertebra: _Final[_Code] = _Code("SCT", "56401006", "T5 vertebra", (7603,))
"""T5 vertebra (SCT 56401006)."""

T6Vertebra: _Final[_Code] = _Code("SCT", "45296009", "T6 vertebra", (7603,))
"""T6 vertebra (SCT 45296009)."""

T7Vertebra: _Final[_Code] = _Code("SCT", "62487009", "T7 vertebra", (7603,))
"""T7 vertebra (SCT 62487009)."""

T8Vertebra: _Final[_Code] = _Code("SCT", "11068009", "T8 vertebra", (7603,))
"""T8 vertebra (SCT 11068009)."""

T9Vertebra: _Final[_Code] = _Code("SCT", "82687006", "T9 vertebra", (7603,))
"""T9 vertebra (SCT 82687006)."""

T10Vertebra: _Final[_Code] = _Code("SCT", "7610001", "T10 vertebra", (7603,))
"""T10 vertebra (SCT 7610001)."""

T11Vertebra: _Final[_Code] = _Code("SCT", "12989004", "T11 vertebra", (7603,))
"""T11 vertebra (SCT 12989004)."""

T12Vertebra: _Final[_Code] = _Code("SCT", "23215003", "T12 vertebra", (7603,))
"""T12 vertebra (SCT 23215003)."""

L1Vertebra: _Final[_Code] = _Code("SCT", "66794005", "L1 vertebra", (7603,))
"""L1 vertebra (SCT 66794005)."""

L2Vertebra: _Final[_Code] = _Code("SCT", "14293000", "L2 vertebra", (7603,))
"""L2 vertebra (SCT 14293000)."""

L3Vertebra: _Final[_Code] = _Code("SCT", "36470004", "L3 vertebra", (7603,))
"""L3 vertebra (SCT 36470004)."""

L4Vertebra: _Final[_Code] = _Code("SCT", "11994002", "L4 vertebra", (7603,))
"""L4 vertebra (SCT 11994002)."""

L5Vertebra: _Final[_Code] = _Code("SCT", "49668003", "L5 vertebra", (7603,))
"""L5 vertebra (SCT 49668003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    C1Vertebra,
    C2Vertebra,
    C3Vertebra,
    C4Vertebra,
    C5Vertebra,
    C6Vertebra,
    C7Vertebra,
    T1Vertebra,
    T2Vertebra,
    T3Vertebra,
    T4Vertebra,
    T5Vertebra,
    T6Vertebra,
    T7Vertebra,
    T8Vertebra,
    T9Vertebra,
    T10Vertebra,
    T11Vertebra,
    T12Vertebra,
    L1Vertebra,
    L2Vertebra,
    L3Vertebra,
    L4Vertebra,
    L5Vertebra,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
