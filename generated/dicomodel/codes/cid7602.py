"""CID 7602 Vertebral Anatomic Structure.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1433.
Includes CID 7603, CID 7604.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7602
NAME: _Final[str] = "Vertebral Anatomic Structure"
KEYWORD: _Final[str | None] = "VertebralAnatomicStructure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1433"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220115"
INCLUDES: _Final[tuple[int, ...]] = (7603, 7604)
EXTERNAL_SCHEME: _Final[str | None] = None

C1Vertebra: _Final[_Code] = _Code("SCT", "14806007", "C1 vertebra", (1003, 7603))
"""C1 vertebra (SCT 14806007). Included from CID 7603."""

C2Vertebra: _Final[_Code] = _Code("SCT", "39976000", "C2 vertebra", (7603,))
"""C2 vertebra (SCT 39976000). Included from CID 7603."""

C3Vertebra: _Final[_Code] = _Code("SCT", "113205007", "C3 vertebra", (7603,))
"""C3 vertebra (SCT 113205007). Included from CID 7603."""

C4Vertebra: _Final[_Code] = _Code("SCT", "5329002", "C4 vertebra", (7603,))
"""C4 vertebra (SCT 5329002). Included from CID 7603."""

C5Vertebra: _Final[_Code] = _Code("SCT", "36978003", "C5 vertebra", (7603,))
"""C5 vertebra (SCT 36978003). Included from CID 7603."""

C6Vertebra: _Final[_Code] = _Code("SCT", "36054005", "C6 vertebra", (7603,))
"""C6 vertebra (SCT 36054005). Included from CID 7603."""

C7Vertebra: _Final[_Code] = _Code("SCT", "87391001", "C7 vertebra", (7603,))
"""C7 vertebra (SCT 87391001). Included from CID 7603."""

T1Vertebra: _Final[_Code] = _Code("SCT", "64864005", "T1 vertebra", (7603,))
"""T1 vertebra (SCT 64864005). Included from CID 7603."""

T2Vertebra: _Final[_Code] = _Code("SCT", "53733008", "T2 vertebra", (7603,))
"""T2 vertebra (SCT 53733008). Included from CID 7603."""

T3Vertebra: _Final[_Code] = _Code("SCT", "1626008", "T3 vertebra", (7603,))
"""T3 vertebra (SCT 1626008). Included from CID 7603."""

T4Vertebra: _Final[_Code] = _Code("SCT", "73071006", "T4 vertebra", (7603,))
"""T4 vertebra (SCT 73071006). Included from CID 7603."""

T5Vertebra: _Final[_Code] = _Code("SCT", "56401006", "T5 vertebra", (7603,))
"""T5 vertebra (SCT 56401006). Included from CID 7603."""

T6Vertebra: _Final[_Code] = _Code("SCT", "45296009", "T6 vertebra", (7603,))
"""T6 vertebra (SCT 45296009). Included from CID 7603."""

T7Vertebra: _Final[_Code] = _Code("SCT", "62487009", "T7 vertebra", (7603,))
"""T7 vertebra (SCT 62487009). Included from CID 7603."""

T8Vertebra: _Final[_Code] = _Code("SCT", "11068009", "T8 vertebra", (7603,))
"""T8 vertebra (SCT 11068009). Included from CID 7603."""

T9Vertebra: _Final[_Code] = _Code("SCT", "82687006", "T9 vertebra", (7603,))
"""T9 vertebra (SCT 82687006). Included from CID 7603."""

T10Vertebra: _Final[_Code] = _Code("SCT", "7610001", "T10 vertebra", (7603,))
"""T10 vertebra (SCT 7610001). Included from CID 7603."""

T11Vertebra: _Final[_Code] = _Code("SCT", "12989004", "T11 vertebra", (7603,))
"""T11 vertebra (SCT 12989004). Included from CID 7603."""

T12Vertebra: _Final[_Code] = _Code("SCT", "23215003", "T12 vertebra", (7603,))
"""T12 vertebra (SCT 23215003). Included from CID 7603."""

L1Vertebra: _Final[_Code] = _Code("SCT", "66794005", "L1 vertebra", (7603,))
"""L1 vertebra (SCT 66794005). Included from CID 7603."""

L2Vertebra: _Final[_Code] = _Code("SCT", "14293000", "L2 vertebra", (7603,))
"""L2 vertebra (SCT 14293000). Included from CID 7603."""

L3Vertebra: _Final[_Code] = _Code("SCT", "36470004", "L3 vertebra", (7603,))
"""L3 vertebra (SCT 36470004). Included from CID 7603."""

L4Vertebra: _Final[_Code] = _Code("SCT", "11994002", "L4 vertebra", (7603,))
"""L4 vertebra (SCT 11994002). Included from CID 7603."""

L5Vertebra: _Final[_Code] = _Code("SCT", "49668003", "L5 vertebra", (7603,))
"""L5 vertebra (SCT 49668003). Included from CID 7603."""

C2C3Disc: _Final[_Code] = _Code("SCT", "1078209008", "C2/C3 disc", (7604,))
"""C2/C3 disc (SCT 1078209008). Included from CID 7604."""

C3C4Disc: _Final[_Code] = _Code("SCT", "58820006", "C3/C4 disc", (7604,))
"""C3/C4 disc (SCT 58820006). Included from CID 7604."""

C4C5Disc: _Final[_Code] = _Code("SCT", "49400002", "C4/C5 disc", (7604,))
"""C4/C5 disc (SCT 49400002). Included from CID 7604."""

C5C6Disc: _Final[_Code] = _Code("SCT", "73959003", "C5/C6 disc", (7604,))
"""C5/C6 disc (SCT 73959003). Included from CID 7604."""

C6C7Disc: _Final[_Code] = _Code("SCT", "75095006", "C6/C7 disc", (7604,))
"""C6/C7 disc (SCT 75095006). Included from CID 7604."""

C7T1Disc: _Final[_Code] = _Code("SCT", "37414007", "C7/T1 disc", (7604,))
"""C7/T1 disc (SCT 37414007). Included from CID 7604."""

T1T2Disc: _Final[_Code] = _Code("SCT", "40908007", "T1/T2 disc", (7604,))
"""T1/T2 disc (SCT 40908007). Included from CID 7604."""

T2T3Disc: _Final[_Code] = _Code("SCT", "6004007", "T2/T3 disc", (7604,))
"""T2/T3 disc (SCT 6004007). Included from CID 7604."""

T3T4Disc: _Final[_Code] = _Code("SCT", "2620004", "T3/T4 disc", (7604,))
"""T3/T4 disc (SCT 2620004). Included from CID 7604."""

T4T5Disc: _Final[_Code] = _Code("SCT", "82965004", "T4/T5 disc", (7604,))
"""T4/T5 disc (SCT 82965004). Included from CID 7604."""

T5T6Disc: _Final[_Code] = _Code("SCT", "72692000", "T5/T6 disc", (7604,))
"""T5/T6 disc (SCT 72692000). Included from CID 7604."""

T6T7Disc: _Final[_Code] = _Code("SCT", "74401007", "T6/T7 disc", (7604,))
"""T6/T7 disc (SCT 74401007). Included from CID 7604."""

T7T8Disc: _Final[_Code] = _Code("SCT", "28693002", "T7/T8 disc", (7604,))
"""T7/T8 disc (SCT 28693002). Included from CID 7604."""

T8T9Disc: _Final[_Code] = _Code("SCT", "9188009", "T8/T9 disc", (7604,))
"""T8/T9 disc (SCT 9188009). Included from CID 7604."""

T9T10Disc: _Final[_Code] = _Code("SCT", "113209001", "T9/T10 disc", (7604,))
"""T9/T10 disc (SCT 113209001). Included from CID 7604."""

T10T11Disc: _Final[_Code] = _Code("SCT", "34959001", "T10/T11 disc", (7604,))
"""T10/T11 disc (SCT 34959001). Included from CID 7604."""

T11T12Disc: _Final[_Code] = _Code("SCT", "1537001", "T11/T12 disc", (7604,))
"""T11/T12 disc (SCT 1537001). Included from CID 7604."""

T12L1Disc: _Final[_Code] = _Code("SCT", "76206002", "T12/L1 disc", (7604,))
"""T12/L1 disc (SCT 76206002). Included from CID 7604."""

L1L2Disc: _Final[_Code] = _Code("SCT", "80064006", "L1/L2 disc", (7604,))
"""L1/L2 disc (SCT 80064006). Included from CID 7604."""

L2L3Disc: _Final[_Code] = _Code("SCT", "67459009", "L2/L3 disc", (7604,))
"""L2/L3 disc (SCT 67459009). Included from CID 7604."""

L3L4Disc: _Final[_Code] = _Code("SCT", "62551000", "L3/L4 disc", (7604,))
"""L3/L4 disc (SCT 62551000). Included from CID 7604."""

L4L5Disc: _Final[_Code] = _Code("SCT", "84020006", "L4/L5 disc", (7604,))
"""L4/L5 disc (SCT 84020006). Included from CID 7604."""

L5S1Disc: _Final[_Code] = _Code("SCT", "715056000", "L5/S1 disc", (7604,))
"""L5/S1 disc (SCT 715056000). Included from CID 7604."""

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
    C2C3Disc,
    C3C4Disc,
    C4C5Disc,
    C5C6Disc,
    C6C7Disc,
    C7T1Disc,
    T1T2Disc,
    T2T3Disc,
    T3T4Disc,
    T4T5Disc,
    T5T6Disc,
    T6T7Disc,
    T7T8Disc,
    T8T9Disc,
    T9T10Disc,
    T10T11Disc,
    T11T12Disc,
    T12L1Disc,
    L1L2Disc,
    L2L3Disc,
    L3L4Disc,
    L4L5Disc,
    L5S1Disc,
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
