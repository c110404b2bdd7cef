"""CID 7603 Vertebra.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1434.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7603
NAME: Final[str] = "Vertebra"
KEYWORD: Final[str | None] = "Vertebra"
UID: Final[str | None] = "1.2.840.10008.6.1.1434"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

C1Vertebra: Final[Code] = Code("SCT", "14806007", "C1 vertebra", (1003, 7603))
"""C1 vertebra (SCT 14806007)."""

C2Vertebra: Final[Code] = Code("SCT", "39976000", "C2 vertebra", (7603,))
"""C2 vertebra (SCT 39976000)."""

C3Vertebra: Final[Code] = Code("SCT", "113205007", "C3 vertebra", (7603,))
"""C3 vertebra (SCT 113205007)."""

C4Vertebra: Final[Code] = Code("SCT", "5329002", "C4 vertebra", (7603,))
"""C4 vertebra (SCT 5329002)."""

C5Vertebra: Final[Code] = Code("SCT", "36978003", "C5 vertebra", (7603,))
"""C5 vertebra (SCT 36978003)."""

C6Vertebra: Final[Code] = Code("SCT", "36054005", "C6 vertebra", (7603,))
"""C6 vertebra (SCT 36054005)."""

C7Vertebra: Final[Code] = Code("SCT", "87391001", "C7 vertebra", (7603,))
"""C7 vertebra (SCT 87391001)."""

T1Vertebra: Final[Code] = Code("SCT", "64864005", "T1 vertebra", (7603,))
"""T1 vertebra (SCT 64864005)."""

T2Vertebra: Final[Code] = Code("SCT", "53733008", "T2 vertebra", (7603,))
"""T2 vertebra (SCT 53733008)."""

T3Vertebra: Final[Code] = Code("SCT", "1626008", "T3 vertebra", (7603,))
"""T3 vertebra (SCT 1626008)."""

T4Vertebra: Final[Code] = Code("SCT", "73071006", "T4 vertebra", (7603,))
"""T4 vertebra (SCT 73071006)."""

T5Vertebra: Final[Code] = Code("SCT", "56401006", "T5 vertebra", (7603,))
"""T5 vertebra (SCT 56401006)."""

T6Vertebra: Final[Code] = Code("SCT", "45296009", "T6 vertebra", (7603,))
"""T6 vertebra (SCT 45296009)."""

T7Vertebra: Final[Code] = Code("SCT", "62487009", "T7 vertebra", (7603,))
"""T7 vertebra (SCT 62487009)."""

T8Vertebra: Final[Code] = Code("SCT", "11068009", "T8 vertebra", (7603,))
"""T8 vertebra (SCT 11068009)."""

T9Vertebra: Final[Code] = Code("SCT", "82687006", "T9 vertebra", (7603,))
"""T9 vertebra (SCT 82687006)."""

T10Vertebra: Final[Code] = Code("SCT", "7610001", "T10 vertebra", (7603,))
"""T10 vertebra (SCT 7610001)."""

T11Vertebra: Final[Code] = Code("SCT", "12989004", "T11 vertebra", (7603,))
"""T11 vertebra (SCT 12989004)."""

T12Vertebra: Final[Code] = Code("SCT", "23215003", "T12 vertebra", (7603,))
"""T12 vertebra (SCT 23215003)."""

L1Vertebra: Final[Code] = Code("SCT", "66794005", "L1 vertebra", (7603,))
"""L1 vertebra (SCT 66794005)."""

L2Vertebra: Final[Code] = Code("SCT", "14293000", "L2 vertebra", (7603,))
"""L2 vertebra (SCT 14293000)."""

L3Vertebra: Final[Code] = Code("SCT", "36470004", "L3 vertebra", (7603,))
"""L3 vertebra (SCT 36470004)."""

L4Vertebra: Final[Code] = Code("SCT", "11994002", "L4 vertebra", (7603,))
"""L4 vertebra (SCT 11994002)."""

L5Vertebra: Final[Code] = Code("SCT", "49668003", "L5 vertebra", (7603,))
"""L5 vertebra (SCT 49668003)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
