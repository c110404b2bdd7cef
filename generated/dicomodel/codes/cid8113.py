"""CID 8113 Specimen Preparation Step.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1051.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8113
NAME: Final[str] = "Specimen Preparation Step"
KEYWORD: Final[str | None] = "SpecimenPreparationStep"
UID: Final[str | None] = "1.2.840.10008.6.1.1051"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SpecimenMicrowaveHeating: Final[Code] = Code(
    "SCT", "433455005", "Specimen microwave heating", (8113,)
)
"""Specimen microwave heating (SCT 433455005)."""

SpecimenSteamHeating: Final[Code] = Code("SCT", "433457002", "Specimen steam heating", (8113,))
"""Specimen steam heating (SCT 433457002)."""

ProteaseDigestionOfTissueSpecimen: Final[Code] = Code(
    "SCT", "433456006", "Protease digestion of tissue specimen", (8113,)
)
"""Protease digestion of tissue specimen (SCT 433456006)."""

SpecimenDehydration: Final[Code] = Code("SCT", "433470006", "Specimen dehydration", (8113,))
"""Specimen dehydration (SCT 433470006)."""

SpecimenFreezing: Final[Code] = Code("SCT", "27872000", "Specimen freezing", (8113,))
"""Specimen freezing (SCT 27872000)."""

SpecimenClearing: Final[Code] = Code("SCT", "433452008", "Specimen clearing", (8113,))
"""Specimen clearing (SCT 433452008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SpecimenMicrowaveHeating,
    SpecimenSteamHeating,
    ProteaseDigestionOfTissueSpecimen,
    SpecimenDehydration,
    SpecimenFreezing,
    SpecimenClearing,
)
"""The resolved membership: own members, then those of the included groups, in order."""
