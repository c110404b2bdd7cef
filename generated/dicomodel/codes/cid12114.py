"""CID 12114 Abdominopelvic Vein (Unpaired).

Extensible, version 20170914, UID 1.2.840.10008.6.1.581.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12114
NAME: _Final[str] = "Abdominopelvic Vein (Unpaired)"
KEYWORD: _Final[str | None] = "AbdominopelvicVeinUnpaired"
UID: _Final[str | None] = "1.2.840.10008.6.1.581"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "Hepatic Vein", (3010, 3607, 12114, 12282))
"""Hepatic Vein (SCT 8993003)."""

InferiorRightHepaticVein: _Final[_Code] = _Code(
    "SCT", "397425002", "Inferior Right Hepatic Vein", (12114,)
)
"""Inferior Right Hepatic Vein (SCT 397425002)."""

LeftHepaticVein: _Final[_Code] = _Code("SCT", "273202007", "Left Hepatic Vein", (12114,))
"""Left Hepatic Vein (SCT 273202007)."""

MiddleHepaticVein: _Final[_Code] = _Code("SCT", "273099000", "Middle Hepatic Vein", (12114,))
"""Middle Hepatic Vein (SCT 273099000)."""

RightHepaticVein: _Final[_Code] = _Code("SCT", "272998002", "Right Hepatic Vein", (12114,))
"""Right Hepatic Vein (SCT 272998002)."""

PortalVein: _Final[_Code] = _Code("SCT", "32764006", "Portal Vein", (3010, 3607, 12114))
"""Portal Vein (SCT 32764006)."""

LeftMainBranchOfPortalVein: _Final[_Code] = _Code(
    "SCT", "70253006", "Left Main Branch of Portal Vein", (12114,)
)
"""Left Main Branch of Portal Vein (SCT 70253006)."""

RightMainBranchOfPortalVein: _Final[_Code] = _Code(
    "SCT", "73931004", "Right Main Branch of Portal Vein", (12114,)
)
"""Right Main Branch of Portal Vein (SCT 73931004)."""

InferiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "32859001", "Inferior Mesenteric Vein", (12114,)
)
"""Inferior Mesenteric Vein (SCT 32859001)."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior Vena Cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena Cava (SCT 64131007)."""

SplenicVein: _Final[_Code] = _Code("SCT", "35819009", "Splenic Vein", (3010, 3607, 12114))
"""Splenic Vein (SCT 35819009)."""

SuperiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "90771006", "Superior Mesenteric Vein", (12114,)
)
"""Superior Mesenteric Vein (SCT 90771006)."""

TransjugularIntrahepaticPortosystemicShunt: _Final[_Code] = _Code(
    "SCT", "397423009", "Transjugular Intrahepatic Portosystemic Shunt", (12114,)
)
"""Transjugular Intrahepatic Portosystemic Shunt (SCT 397423009)."""

UmbilicalVein: _Final[_Code] = _Code("SCT", "284639000", "Umbilical Vein", (3010, 3607, 12114))
"""Umbilical Vein (SCT 284639000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HepaticVein,
    InferiorRightHepaticVein,
    LeftHepaticVein,
    MiddleHepaticVein,
    RightHepaticVein,
    PortalVein,
    LeftMainBranchOfPortalVein,
    RightMainBranchOfPortalVein,
    InferiorMesentericVein,
    InferiorVenaCava,
    SplenicVein,
    SuperiorMesentericVein,
    TransjugularIntrahepaticPortosystemicShunt,
    UmbilicalVein,
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
