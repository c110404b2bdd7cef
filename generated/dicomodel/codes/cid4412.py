"""CID 4412 Specimen Stain for Confocal Microscopy.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1480.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4412
NAME: _Final[str] = "Specimen Stain for Confocal Microscopy"
KEYWORD: _Final[str | None] = "SpecimenStainForConfocalMicroscopy"
UID: _Final[str | None] = "1.2.840.10008.6.1.1480"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AluminumChloride: _Final[_Code] = _Code("SCT", "387372003", "aluminum chloride", (4412,))
"""aluminum chloride (SCT 387372003)."""

FluoresceinStain: _Final[_Code] = _Code("SCT", "85596006", "fluorescein stain", (4412, 8112))
"""fluorescein stain (SCT 85596006)."""

ImmunofluorescentStain: _Final[_Code] = _Code(
    "SCT", "255800009", "immunofluorescent stain", (4412, 8112)
)
"""immunofluorescent stain (SCT 255800009)."""

CitricAcid: _Final[_Code] = _Code("SCT", "7539900", "citric acid", (4412,))
"""citric acid (SCT 7539900)."""

MethylBlueStain: _Final[_Code] = _Code("SCT", "9010006", "methyl blue stain", (4412, 8112))
"""methyl blue stain (SCT 9010006)."""

ToluidineBlueStain: _Final[_Code] = _Code("SCT", "29522004", "toluidine blue stain", (4412, 8112))
"""toluidine blue stain (SCT 29522004)."""

NileBlueStain: _Final[_Code] = _Code("SCT", "77073008", "nile blue stain", (4412, 8112))
"""nile blue stain (SCT 77073008)."""

PatentBlueVSodiumSaltStain: _Final[_Code] = _Code(
    "SCT", "48540004", "patent blue V sodium salt stain", (4412, 8112)
)
"""patent blue V sodium salt stain (SCT 48540004)."""

AcridineOrangeStain: _Final[_Code] = _Code("SCT", "29252006", "acridine orange stain", (4412, 8112))
"""acridine orange stain (SCT 29252006)."""

AceticAcid: _Final[_Code] = _Code("SCT", "2869004", "Acetic acid", (4412, 8114))
"""Acetic acid (SCT 2869004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
