"""CID 12107 Upper Extremity Artery.

Extensible, version 20050110, UID 1.2.840.10008.6.1.574.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12107
NAME: Final[str] = "Upper Extremity Artery"
KEYWORD: Final[str | None] = "UpperExtremityArtery"
UID: Final[str | None] = "1.2.840.10008.6.1.574"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AxillaryArtery: Final[Code] = Code("SCT", "67937003", "Axillary Artery", (3010, 3606, 6117, 12107))
"""Axillary Artery (SCT 67937003)."""

BrachialArtery: Final[Code] = Code(
    "SCT", "17137000", "Brachial Artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial Artery (SCT 17137000)."""

DeepPalmarArchOfRadialArtery: Final[Code] = Code(
    "SCT", "10119003", "Deep Palmar Arch of Radial Artery", (12107,)
)
"""Deep Palmar Arch of Radial Artery (SCT 10119003)."""

InnominateArtery: Final[Code] = Code(
    "SCT", "12691009", "Innominate Artery", (3010, 3606, 6117, 12107, 12291)
)
"""Innominate Artery (SCT 12691009)."""

RadialArtery: Final[Code] = Code("SCT", "45631007", "Radial Artery", (3010, 3440, 3606, 12107))
"""Radial Artery (SCT 45631007)."""

SubclavianArtery: Final[Code] = Code(
    "SCT", "36765005", "Subclavian Artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian Artery (SCT 36765005)."""

SuperficialPalmarArch: Final[Code] = Code("SCT", "26818002", "Superficial Palmar Arch", (12107,))
"""Superficial Palmar Arch (SCT 26818002)."""

UlnarArtery: Final[Code] = Code("SCT", "44984001", "Ulnar Artery", (3010, 3440, 12107))
"""Ulnar Artery (SCT 44984001)."""

DigitalArteryOfHand: Final[Code] = Code("SCT", "40254007", "Digital artery of hand", (12107,))
"""Digital artery of hand (SCT 40254007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AxillaryArtery,
    BrachialArtery,
    DeepPalmarArchOfRadialArtery,
    InnominateArtery,
    RadialArtery,
    SubclavianArtery,
    SuperficialPalmarArch,
    UlnarArtery,
    DigitalArteryOfHand,
)
"""The resolved membership: own members, then those of the included groups, in order."""
