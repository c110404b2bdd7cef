"""CID 3463 Ventricle Identification.

Extensible, version 20080927, UID 1.2.840.10008.6.1.786.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3463
NAME: Final[str] = "Ventricle Identification"
KEYWORD: Final[str | None] = "VentricleIdentification"
UID: Final[str | None] = "1.2.840.10008.6.1.786"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
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

MEMBERS: Final[tuple[Code, ...]] = (LeftVentricle, RightVentricle)
"""The resolved membership: own members, then those of the included groups, in order."""
