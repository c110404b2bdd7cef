"""CID 3808 Aneurysm Type.

Extensible, version 20180325, UID 1.2.840.10008.6.1.269.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3808
NAME: _Final[str] = "Aneurysm Type"
KEYWORD: _Final[str | None] = "AneurysmType"
UID: _Final[str | None] = "1.2.840.10008.6.1.269"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180325"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DissectingAneurysm: _Final[_Code] = _Code(
    "SCT", "710864009", "dissecting aneurysm", (3754, 3808, 3810)
)
"""dissecting aneurysm (SCT 710864009)."""

InflammatoryAbdominalAorticAneurysm: _Final[_Code] = _Code(
    "SCT", "314186008", "inflammatory abdominal aortic aneurysm", (3808,)
)
"""inflammatory abdominal aortic aneurysm (SCT 314186008)."""

RupturedAneurysm: _Final[_Code] = _Code("SCT", "22039006", "ruptured aneurysm", (3808,))
"""ruptured aneurysm (SCT 22039006)."""

MixedAneurysm: _Final[_Code] = _Code("SCT", "85726003", "mixed aneurysm", (3808,))
"""mixed aneurysm (SCT 85726003)."""

RacemoseAneurysm: _Final[_Code] = _Code("SCT", "14156004", "racemose aneurysm", (3808,))
"""racemose aneurysm (SCT 14156004)."""

CirsoidAneurysm: _Final[_Code] = _Code("SCT", "233982006", "cirsoid aneurysm", (3808,))
"""cirsoid aneurysm (SCT 233982006)."""

MycoticAneurysm: _Final[_Code] = _Code("SCT", "51668007", "mycotic aneurysm", (3808,))
"""mycotic aneurysm (SCT 51668007)."""

MiliaryAneurysm: _Final[_Code] = _Code("SCT", "43299000", "miliary aneurysm", (3808,))
"""miliary aneurysm (SCT 43299000)."""

SaccularAneurysm: _Final[_Code] = _Code("SCT", "54002007", "saccular aneurysm", (3808,))
"""saccular aneurysm (SCT 54002007)."""

VaricoseAneurysm: _Final[_Code] = _Code("SCT", "57754000", "varicose aneurysm", (3808,))
"""varicose aneurysm (SCT 57754000)."""

FusiformAneurysm: _Final[_Code] = _Code("SCT", "85431000", "fusiform aneurysm", (3808,))
"""fusiform aneurysm (SCT 85431000)."""

TraumaticAneurysm: _Final[_Code] = _Code("SCT", "110421000", "traumatic aneurysm", (3808,))
"""traumatic aneurysm (SCT 110421000)."""

ThrombosedAneurysm: _Final[_Code] = _Code("SCT", "125271003", "thrombosed aneurysm", (3808,))
"""thrombosed aneurysm (SCT 125271003)."""

ExpandingAneurysm: _Final[_Code] = _Code("SCT", "125272005", "expanding aneurysm", (3808,))
"""expanding aneurysm (SCT 125272005)."""

CalcifiedAneurysm: _Final[_Code] = _Code("SCT", "125273000", "calcified aneurysm", (3808,))
"""calcified aneurysm (SCT 125273000)."""

MultipleAneurysm: _Final[_Code] = _Code("SCT", "125274006", "multiple aneurysm", (3808,))
"""multiple aneurysm (SCT 125274006)."""

CylindroidAneurysm: _Final[_Code] = _Code("SCT", "52856002", "cylindroid aneurysm", (3808,))
"""cylindroid aneurysm (SCT 52856002)."""

SerpentineAneurysm: _Final[_Code] = _Code("SCT", "70984001", "serpentine aneurysm", (3808,))
"""serpentine aneurysm (SCT 70984001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DissectingAneurysm,
    InflammatoryAbdominalAorticAneurysm,
    RupturedAneurysm,
    MixedAneurysm,
    RacemoseAneurysm,
    CirsoidAneurysm,
    MycoticAneurysm,
    MiliaryAneurysm,
    SaccularAneurysm,
    VaricoseAneurysm,
    FusiformAneurysm,
    TraumaticAneurysm,
    ThrombosedAneurysm,
    ExpandingAneurysm,
    CalcifiedAneurysm,
    MultipleAneurysm,
    CylindroidAneurysm,
    SerpentineAneurysm,
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
