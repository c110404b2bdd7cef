"""CID 4405 Skin Disorder.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1350.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4405
NAME: Final[str] = "Skin Disorder"
KEYWORD: Final[str | None] = "SkinDisorder"
UID: Final[str | None] = "1.2.840.10008.6.1.1350"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20231115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SolarDegeneration: Final[Code] = Code("SCT", "43982006", "Solar degeneration", (4405,))
"""Solar degeneration (SCT 43982006)."""

AtypicalMoleSyndrome: Final[Code] = Code("SCT", "254819008", "Atypical mole syndrome", (4405,))
"""Atypical mole syndrome (SCT 254819008)."""

TelangiectasiaCutaneousCancerSyndromeFamilial: Final[Code] = Code(
    "SCT", "782823001", "Telangiectasia, cutaneous, cancer syndrome, familial", (4405,)
)
"""Telangiectasia, cutaneous, cancer syndrome, familial (SCT 782823001)."""

GorlinSyndrome: Final[Code] = Code("SCT", "69408002", "Gorlin syndrome", (4405,))
"""Gorlin syndrome (SCT 69408002)."""

PTENHamartomaTumorSyndrome: Final[Code] = Code(
    "SCT", "722859001", "PTEN hamartoma tumor syndrome", (4405,)
)
"""PTEN hamartoma tumor syndrome (SCT 722859001)."""

RomboSyndrome: Final[Code] = Code("SCT", "721904001", "Rombo syndrome", (4405,))
"""Rombo syndrome (SCT 721904001)."""

Rosacea: Final[Code] = Code("SCT", "398909004", "Rosacea", (4405,))
"""Rosacea (SCT 398909004)."""

Eczema: Final[Code] = Code("SCT", "43116000", "Eczema", (4405,))
"""Eczema (SCT 43116000)."""

Psoriasis: Final[Code] = Code("SCT", "9014002", "Psoriasis", (4405,))
"""Psoriasis (SCT 9014002)."""

LupusErythematosus: Final[Code] = Code("SCT", "200936003", "Lupus erythematosus", (4405,))
"""Lupus erythematosus (SCT 200936003)."""

AtopicDermatitis: Final[Code] = Code("SCT", "24079001", "Atopic dermatitis", (4405,))
"""Atopic dermatitis (SCT 24079001)."""

ActinicKeratosis: Final[Code] = Code("SCT", "201101007", "Actinic keratosis", (4405,))
"""Actinic keratosis (SCT 201101007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SolarDegeneration,
    AtypicalMoleSyndrome,
    TelangiectasiaCutaneousCancerSyndromeFamilial,
    GorlinSyndrome,
    PTENHamartomaTumorSyndrome,
    RomboSyndrome,
    Rosacea,
    Eczema,
    Psoriasis,
    LupusErythematosus,
    AtopicDermatitis,
    ActinicKeratosis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
