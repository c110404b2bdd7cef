"""CID 12107 Upper Extremity Artery.

Extensible, version 20050110, UID 1.2.840.10008.6.1.574.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12107
NAME: _Final[str] = "Upper Extremity Artery"
KEYWORD: _Final[str | None] = "UpperExtremityArtery"
UID: _Final[str | None] = "1.2.840.10008.6.1.574"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AxillaryArtery: _Final[_Code] = _Code(
    "SCT", "67937003", "Axillary Artery", (3010, 3606, 6117, 12107)
)
"""Axillary Artery (SCT 67937003)."""

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial Artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial Artery (SCT 17137000)."""

DeepPalmarArchOfRadialArtery: _Final[_Code] = _Code(
    "SCT", "10119003", "Deep Palmar Arch of Radial Artery", (12107,)
)
"""Deep Palmar Arch of Radial Artery (SCT 10119003)."""

InnominateArtery: _Final[_Code] = _Code(
    "SCT", "12691009", "Innominate Artery", (3010, 3606, 6117, 12107, 12291)
)
"""Innominate Artery (SCT 12691009)."""

RadialArtery: _Final[_Code] = _Code("SCT", "45631007", "Radial Artery", (3010, 3440, 3606, 12107))
"""Radial Artery (SCT 45631007)."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian Artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian Artery (SCT 36765005)."""

SuperficialPalmarArch: _Final[_Code] = _Code("SCT", "26818002", "Superficial Palmar Arch", (12107,))
"""Superficial Palmar Arch (SCT 26818002)."""

UlnarArtery: _Final[_Code] = _Code("SCT", "44984001", "Ulnar Artery", (3010, 3440, 12107))
"""Ulnar Artery (SCT 44984001)."""

DigitalArteryOfHand: _Final[_Code] = _Code("SCT", "40254007", "Digital artery of hand", (12107,))
"""Digital artery of hand (SCT 40254007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
