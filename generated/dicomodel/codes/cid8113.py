"""CID 8113 Specimen Preparation Step.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1051.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8113
NAME: _Final[str] = "Specimen Preparation Step"
KEYWORD: _Final[str | None] = "SpecimenPreparationStep"
UID: _Final[str | None] = "1.2.840.10008.6.1.1051"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SpecimenMicrowaveHeating: _Final[_Code] = _Code(
    "SCT", "433455005", "Specimen microwave heating", (8113,)
)
"""Specimen microwave heating (SCT 433455005)."""

SpecimenSteamHeating: _Final[_Code] = _Code("SCT", "433457002", "Specimen steam heating", (8113,))
"""Specimen steam heating (SCT 433457002)."""

ProteaseDigestionOfTissueSpecimen: _Final[_Code] = _Code(
    "SCT", "433456006", "Protease digestion of tissue specimen", (8113,)
)
"""Protease digestion of tissue specimen (SCT 433456006)."""

SpecimenDehydration: _Final[_Code] = _Code("SCT", "433470006", "Specimen dehydration", (8113,))
"""Specimen dehydration (SCT 433470006)."""

SpecimenFreezing: _Final[_Code] = _Code("SCT", "27872000", "Specimen freezing", (8113,))
"""Specimen freezing (SCT 27872000)."""

SpecimenClearing: _Final[_Code] = _Code("SCT", "433452008", "Specimen clearing", (8113,))
"""Specimen clearing (SCT 433452008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SpecimenMicrowaveHeating,
    SpecimenSteamHeating,
    ProteaseDigestionOfTissueSpecimen,
    SpecimenDehydration,
    SpecimenFreezing,
    SpecimenClearing,
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
