"""CID 12287 Cardiac Ultrasound Ventricle Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.867.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12287
NAME: Final[str] = "Cardiac Ultrasound Ventricle Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundVentricleFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.867"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
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

CommonVentricle: Final[Code] = Code(
    "SCT", "45503006", "Common Ventricle", (3010, 3011, 3609, 12287)
)
"""Common Ventricle (SCT 45503006)."""

MEMBERS: Final[tuple[Code, ...]] = (LeftVentricle, RightVentricle, CommonVentricle)
"""The resolved membership: own members, then those of the included groups, in order."""
