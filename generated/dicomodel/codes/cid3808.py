"""CID 3808 Aneurysm Type.

Extensible, version 20180325, UID 1.2.840.10008.6.1.269.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3808
NAME: Final[str] = "Aneurysm Type"
KEYWORD: Final[str | None] = "AneurysmType"
UID: Final[str | None] = "1.2.840.10008.6.1.269"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180325"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DissectingAneurysm: Final[Code] = Code(
    "SCT", "710864009", "dissecting aneurysm", (3754, 3808, 3810)
)
"""dissecting aneurysm (SCT 710864009)."""

InflammatoryAbdominalAorticAneurysm: Final[Code] = Code(
    "SCT", "314186008", "inflammatory abdominal aortic aneurysm", (3808,)
)
"""inflammatory abdominal aortic aneurysm (SCT 314186008)."""

RupturedAneurysm: Final[Code] = Code("SCT", "22039006", "ruptured aneurysm", (3808,))
"""ruptured aneurysm (SCT 22039006)."""

MixedAneurysm: Final[Code] = Code("SCT", "85726003", "mixed aneurysm", (3808,))
"""mixed aneurysm (SCT 85726003)."""

RacemoseAneurysm: Final[Code] = Code("SCT", "14156004", "racemose aneurysm", (3808,))
"""racemose aneurysm (SCT 14156004)."""

CirsoidAneurysm: Final[Code] = Code("SCT", "233982006", "cirsoid aneurysm", (3808,))
"""cirsoid aneurysm (SCT 233982006)."""

MycoticAneurysm: Final[Code] = Code("SCT", "51668007", "mycotic aneurysm", (3808,))
"""mycotic aneurysm (SCT 51668007)."""

MiliaryAneurysm: Final[Code] = Code("SCT", "43299000", "miliary aneurysm", (3808,))
"""miliary aneurysm (SCT 43299000)."""

SaccularAneurysm: Final[Code] = Code("SCT", "54002007", "saccular aneurysm", (3808,))
"""saccular aneurysm (SCT 54002007)."""

VaricoseAneurysm: Final[Code] = Code("SCT", "57754000", "varicose aneurysm", (3808,))
"""varicose aneurysm (SCT 57754000)."""

FusiformAneurysm: Final[Code] = Code("SCT", "85431000", "fusiform aneurysm", (3808,))
"""fusiform aneurysm (SCT 85431000)."""

TraumaticAneurysm: Final[Code] = Code("SCT", "110421000", "traumatic aneurysm", (3808,))
"""traumatic aneurysm (SCT 110421000)."""

ThrombosedAneurysm: Final[Code] = Code("SCT", "125271003", "thrombosed aneurysm", (3808,))
"""thrombosed aneurysm (SCT 125271003)."""

ExpandingAneurysm: Final[Code] = Code("SCT", "125272005", "expanding aneurysm", (3808,))
"""expanding aneurysm (SCT 125272005)."""

CalcifiedAneurysm: Final[Code] = Code("SCT", "125273000", "calcified aneurysm", (3808,))
"""calcified aneurysm (SCT 125273000)."""

MultipleAneurysm: Final[Code] = Code("SCT", "125274006", "multiple aneurysm", (3808,))
"""multiple aneurysm (SCT 125274006)."""

CylindroidAneurysm: Final[Code] = Code("SCT", "52856002", "cylindroid aneurysm", (3808,))
"""cylindroid aneurysm (SCT 52856002)."""

SerpentineAneurysm: Final[Code] = Code("SCT", "70984001", "serpentine aneurysm", (3808,))
"""serpentine aneurysm (SCT 70984001)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
