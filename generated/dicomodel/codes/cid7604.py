"""CID 7604 Intervertebral Disc.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1435.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7604
NAME: _Final[str] = "Intervertebral Disc"
KEYWORD: _Final[str | None] = "IntervertebralDisc"
UID: _Final[str | None] = "1.2.840.10008.6.1.1435"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

C2C3Disc: _Final[_Code] = _Code("SCT", "1078209008", "C2/C3 disc", (7604,))
"""C2/C3 disc (SCT 1078209008)."""

C3C4Disc: _Final[_Code] = _Code("SCT", "58820006", "C3/C4 disc", (7604,))
"""C3/C4 disc (SCT 58820006)."""

C4C5Disc: _Final[_Code] = _Code("SCT", "49400002", "C4/C5 disc", (7604,))
"""C4/C5 disc (SCT 49400002)."""

C5C6Disc: _Final[_Code] = _Code("SCT", "73959003", "C5/C6 disc", (7604,))
"""C5/C6 disc (SCT 73959003)."""

C6C7Disc: _Final[_Code] = _Code("SCT", "75095006", "C6/C7 disc", (7604,))
"""C6/C7 disc (SCT 75095006)."""

C7T1Disc: _Final[_Code] = _Code("SCT", "37414007", "C7/T1 disc", (7604,))
"""C7/T1 disc (SCT 37414007)."""

T1T2Disc: _Final[_Code] = _Code("SCT", "40908007", "T1/T2 disc", (7604,))
"""T1/T2 disc (SCT 40908007)."""

T2T3Disc: _Final[_Code] = _Code("SCT", "6004007", "T2/T3 disc", (7604,))
"""T2/T3 disc (SCT 6004007)."""

T3T4Disc: _Final[_Code] = _Code("SCT", "2620004", "T3/T4 disc", (7604,))
"""T3/T4 disc (SCT 2620004)."""

T4T5Disc: _Final[_Code] = _Code("SCT", "82965004", "T4/T5 disc", (7604,))
"""T4/T5 disc (SCT 82965004)."""

T5T6Disc: _Final[_Code] = _Code("SCT", "72692000", "T5/T6 disc", (7604,))
"""T5/T6 disc (SCT 72692000)."""

T6T7Disc: _Final[_Code] = _Code("SCT", "74401007", "T6/T7 disc", (7604,))
"""T6/T7 disc (SCT 74401007)."""

T7T8Disc: _Final[_Code] = _Code("SCT", "28693002", "T7/T8 disc", (7604,))
"""T7/T8 disc (SCT 28693002)."""

T8T9Disc: _Final[_Code] = _Code("SCT", "9188009", "T8/T9 disc", (7604,))
"""T8/T9 disc (SCT 9188009)."""

T9T10Disc: _Final[_Code] = _Code("SCT", "113209001", "T9/T10 disc", (7604,))
"""T9/T10 disc (SCT 113209001)."""

T10T11Disc: _Final[_Code] = _Code("SCT", "34959001", "T10/T11 disc", (7604,))
"""T10/T11 disc (SCT 34959001)."""

T11T12Disc: _Final[_Code] = _Code("SCT", "1537001", "T11/T12 disc", (7604,))
"""T11/T12 disc (SCT 1537001)."""

T12L1Disc: _Final[_Code] = _Code("SCT", "76206002", "T12/L1 disc", (7604,))
"""T12/L1 disc (SCT 76206002)."""

L1L2Disc: _Final[_Code] = _Code("SCT", "80064006", "L1/L2 disc", (7604,))
"""L1/L2 disc (SCT 80064006)."""

L2L3Disc: _Final[_Code] = _Code("SCT", "67459009", "L2/L3 disc", (7604,))
"""L2/L3 disc (SCT 67459009)."""

L3L4Disc: _Final[_Code] = _Code("SCT", "62551000", "L3/L4 disc", (7604,))
"""L3/L4 disc (SCT 62551000)."""

L4L5Disc: _Final[_Code] = _Code("SCT", "84020006", "L4/L5 disc", (7604,))
"""L4/L5 disc (SCT 84020006)."""

L5S1Disc: _Final[_Code] = _Code("SCT", "715056000", "L5/S1 disc", (7604,))
"""L5/S1 disc (SCT 715056000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
