"""CID 3462 Chamber Identification.

Extensible, version 20040614, UID 1.2.840.10008.6.1.106.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3462
NAME: Final[str] = "Chamber Identification"
KEYWORD: Final[str | None] = "ChamberIdentification"
UID: Final[str | None] = "1.2.840.10008.6.1.106"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricle: Final[Code] = Code(
    "SCT",
    "87878005",
    "Left Ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left Ventricle (SCT 87878005)."""

RightVentricle: Final[Code] = Code(
    "SCT", "53085002", "Right Ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right Ventricle (SCT 53085002)."""

LeftAtrium: Final[Code] = Code(
    "SCT", "82471001", "Left Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left Atrium (SCT 82471001)."""

RightAtrium: Final[Code] = Code(
    "SCT", "73829009", "Right Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right Atrium (SCT 73829009)."""

MEMBERS: Final[tuple[Code, ...]] = (LeftVentricle, RightVentricle, LeftAtrium, RightAtrium)
"""The resolved membership: own members, then those of the included groups, in order."""
