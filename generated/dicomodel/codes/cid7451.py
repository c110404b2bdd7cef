"""CID 7451 Family Member.

Extensible, version 20040112, UID 1.2.840.10008.6.1.515.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7451
NAME: _Final[str] = "Family Member"
KEYWORD: _Final[str | None] = "FamilyMember"
UID: _Final[str | None] = "1.2.840.10008.6.1.515"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NaturalMother: _Final[_Code] = _Code("SCT", "65656005", "Natural mother", (7451,))
"""Natural mother (SCT 65656005)."""

NaturalFather: _Final[_Code] = _Code("SCT", "9947008", "Natural father", (7451,))
"""Natural father (SCT 9947008)."""

NaturalSister: _Final[_Code] = _Code("SCT", "73678001", "Natural sister", (7451,))
"""Natural sister (SCT 73678001)."""

NaturalBrother: _Final[_Code] = _Code("SCT", "60614009", "Natural brother", (7451,))
"""Natural brother (SCT 60614009)."""

Aunt: _Final[_Code] = _Code("SCT", "25211005", "Aunt", (7451,))
"""Aunt (SCT 25211005)."""

Uncle: _Final[_Code] = _Code("SCT", "38048003", "Uncle", (7451,))
"""Uncle (SCT 38048003)."""

HalfSister: _Final[_Code] = _Code("SCT", "2272004", "Half-sister", (7451,))
"""Half-sister (SCT 2272004)."""

HalfBrother: _Final[_Code] = _Code("SCT", "45929001", "Half-brother", (7451,))
"""Half-brother (SCT 45929001)."""

NaturalGrandMother: _Final[_Code] = _Code("SCT", "17945006", "Natural grand-mother", (7451,))
"""Natural grand-mother (SCT 17945006)."""

NaturalGrandFather: _Final[_Code] = _Code("SCT", "62296006", "Natural grand-father", (7451,))
"""Natural grand-father (SCT 62296006)."""

NaturalDaughter: _Final[_Code] = _Code("SCT", "83420006", "Natural daughter", (7451,))
"""Natural daughter (SCT 83420006)."""

NaturalSon: _Final[_Code] = _Code("SCT", "113160008", "Natural son", (7451,))
"""Natural son (SCT 113160008)."""

FemaleFirstCousin: _Final[_Code] = _Code("SCT", "270002", "Female first cousin", (7451,))
"""Female first cousin (SCT 270002)."""

MaleFirstCousin: _Final[_Code] = _Code("SCT", "11993008", "Male first cousin", (7451,))
"""Male first cousin (SCT 11993008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NaturalMother,
    NaturalFather,
    NaturalSister,
    NaturalBrother,
    Aunt,
    Uncle,
    HalfSister,
    HalfBrother,
    NaturalGrandMother,
    NaturalGrandFather,
    NaturalDaughter,
    NaturalSon,
    FemaleFirstCousin,
    MaleFirstCousin,
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
