"""CID 7152 Cardiac Structure Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.498.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7152
NAME: Final[str] = "Cardiac Structure Segmentation Type"
KEYWORD: Final[str | None] = "CardiacStructureSegmentationType"
UID: Final[str | None] = "1.2.840.10008.6.1.498"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20130617"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Heart: Final[Code] = Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

Aorta: Final[Code] = Code("SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223))
"""Aorta (SCT 15825003)."""

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

Pericardium: Final[Code] = Code("SCT", "76848001", "Pericardium", (7152, 12294))
"""Pericardium (SCT 76848001)."""

PericardialCavity: Final[Code] = Code("SCT", "25489000", "Pericardial cavity", (7152,))
"""Pericardial cavity (SCT 25489000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Heart,
    Aorta,
    LeftVentricle,
    RightVentricle,
    Pericardium,
    PericardialCavity,
)
"""The resolved membership: own members, then those of the included groups, in order."""
