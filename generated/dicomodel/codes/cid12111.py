"""CID 12111 Abdominopelvic Artery (Paired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.578.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12111
NAME: _Final[str] = "Abdominopelvic Artery (Paired)"
KEYWORD: _Final[str | None] = "AbdominopelvicArteryPaired"
UID: _Final[str | None] = "1.2.840.10008.6.1.578"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AccessoryRenalArtery: _Final[_Code] = _Code(
    "SCT", "85383006", "Accessory Renal Artery", (12111, 12115)
)
"""Accessory Renal Artery (SCT 85383006)."""

CommonIliacArtery: _Final[_Code] = _Code(
    "SCT", "73634005", "Common Iliac Artery", (3010, 12109, 12111, 12140)
)
"""Common Iliac Artery (SCT 73634005)."""

GastricArtery: _Final[_Code] = _Code("SCT", "23771002", "Gastric Artery", (12111,))
"""Gastric Artery (SCT 23771002)."""

LumbarArtery: _Final[_Code] = _Code("SCT", "34635009", "Lumbar Artery", (3010, 3606, 12111))
"""Lumbar Artery (SCT 34635009)."""

FirstLumbarArtery: _Final[_Code] = _Code("SCT", "397407009", "First Lumbar Artery", (12111,))
"""First Lumbar Artery (SCT 397407009)."""

SecondLumbarArtery: _Final[_Code] = _Code("SCT", "397408004", "Second Lumbar Artery", (12111,))
"""Second Lumbar Artery (SCT 397408004)."""

ThirdLumbarArtery: _Final[_Code] = _Code("SCT", "397409007", "Third Lumbar Artery", (12111,))
"""Third Lumbar Artery (SCT 397409007)."""

FourthLumbarArtery: _Final[_Code] = _Code("SCT", "397410002", "Fourth Lumbar Artery", (12111,))
"""Fourth Lumbar Artery (SCT 397410002)."""

FifthLumbarArtery: _Final[_Code] = _Code("SCT", "397411003", "Fifth Lumbar Artery", (12111,))
"""Fifth Lumbar Artery (SCT 397411003)."""

SixthLumbarArtery: _Final[_Code] = _Code("SCT", "397412005", "Sixth Lumbar Artery", (12111,))
"""Sixth Lumbar Artery (SCT 397412005)."""

OvarianArtery: _Final[_Code] = _Code("SCT", "12052000", "Ovarian Artery", (12111, 12140))
"""Ovarian Artery (SCT 12052000)."""

TesticularArtery: _Final[_Code] = _Code("SCT", "27175001", "Testicular Artery", (12111,))
"""Testicular Artery (SCT 27175001)."""

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical Artery", (3010, 3606, 12111, 12140)
)
"""Umbilical Artery (SCT 50536004)."""

UterineArtery: _Final[_Code] = _Code("SCT", "91079009", "Uterine Artery", (12111, 12140))
"""Uterine Artery (SCT 91079009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AccessoryRenalArtery,
    CommonIliacArtery,
    GastricArtery,
    LumbarArtery,
    FirstLumbarArtery,
    SecondLumbarArtery,
    ThirdLumbarArtery,
    FourthLumbarArtery,
    FifthLumbarArtery,
    SixthLumbarArtery,
    OvarianArtery,
    TesticularArtery,
    UmbilicalArtery,
    UterineArtery,
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
