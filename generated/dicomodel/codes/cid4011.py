"""CID 4011 DX View Modifier.

Extensible, version 20070524, UID 1.2.840.10008.6.1.295.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4011
NAME: Final[str] = "DX View Modifier"
KEYWORD: Final[str | None] = "DXViewModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.295"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Cephalad: Final[Code] = Code("SCT", "399196006", "cephalad", (4010, 4011, 4014, 7484))
"""cephalad (SCT 399196006)."""

Caudad: Final[Code] = Code("SCT", "399162004", "caudad", (4010, 4011, 4014))
"""caudad (SCT 399162004)."""

Transthoracic: Final[Code] = Code("SCT", "272476000", "transthoracic", (4011,))
"""transthoracic (SCT 272476000)."""

Transforamenal: Final[Code] = Code("SCT", "272466003", "transforamenal", (4011,))
"""transforamenal (SCT 272466003)."""

Transoral: Final[Code] = Code("SCT", "118438002", "transoral", (4011,))
"""transoral (SCT 118438002)."""

Transorbital: Final[Code] = Code("SCT", "278318001", "transorbital", (4011,))
"""transorbital (SCT 278318001)."""

Crosstable: Final[Code] = Code("DCM", "111069", "Crosstable", (4011,))
"""Crosstable (DCM 111069)."""

MouthClosed: Final[Code] = Code("SCT", "286866000", "Mouth closed", (4011,))
"""Mouth closed (SCT 286866000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Cephalad,
    Caudad,
    Transthoracic,
    Transforamenal,
    Transoral,
    Transorbital,
    Crosstable,
    MouthClosed,
)
"""The resolved membership: own members, then those of the included groups, in order."""
