"""CID 4412 Specimen Stain for Confocal Microscopy.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1480.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4412
NAME: Final[str] = "Specimen Stain for Confocal Microscopy"
KEYWORD: Final[str | None] = "SpecimenStainForConfocalMicroscopy"
UID: Final[str | None] = "1.2.840.10008.6.1.1480"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20231115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AluminumChloride: Final[Code] = Code("SCT", "387372003", "aluminum chloride", (4412,))
"""aluminum chloride (SCT 387372003)."""

FluoresceinStain: Final[Code] = Code("SCT", "85596006", "fluorescein stain", (4412, 8112))
"""fluorescein stain (SCT 85596006)."""

ImmunofluorescentStain: Final[Code] = Code(
    "SCT", "255800009", "immunofluorescent stain", (4412, 8112)
)
"""immunofluorescent stain (SCT 255800009)."""

CitricAcid: Final[Code] = Code("SCT", "7539900", "citric acid", (4412,))
"""citric acid (SCT 7539900)."""

MethylBlueStain: Final[Code] = Code("SCT", "9010006", "methyl blue stain", (4412, 8112))
"""methyl blue stain (SCT 9010006)."""

ToluidineBlueStain: Final[Code] = Code("SCT", "29522004", "toluidine blue stain", (4412, 8112))
"""toluidine blue stain (SCT 29522004)."""

NileBlueStain: Final[Code] = Code("SCT", "77073008", "nile blue stain", (4412, 8112))
"""nile blue stain (SCT 77073008)."""

PatentBlueVSodiumSaltStain: Final[Code] = Code(
    "SCT", "48540004", "patent blue V sodium salt stain", (4412, 8112)
)
"""patent blue V sodium salt stain (SCT 48540004)."""

AcridineOrangeStain: Final[Code] = Code("SCT", "29252006", "acridine orange stain", (4412, 8112))
"""acridine orange stain (SCT 29252006)."""

AceticAcid: Final[Code] = Code("SCT", "2869004", "Acetic acid", (4412, 8114))
"""Acetic acid (SCT 2869004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AluminumChloride,
    FluoresceinStain,
    ImmunofluorescentStain,
    CitricAcid,
    MethylBlueStain,
    ToluidineBlueStain,
    NileBlueStain,
    PatentBlueVSodiumSaltStain,
    AcridineOrangeStain,
    AceticAcid,
)
"""The resolved membership: own members, then those of the included groups, in order."""
