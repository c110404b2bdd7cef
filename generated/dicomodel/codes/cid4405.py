"""CID 4405 Skin Disorder.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1350.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4405
NAME: _Final[str] = "Skin Disorder"
KEYWORD: _Final[str | None] = "SkinDisorder"
UID: _Final[str | None] = "1.2.840.10008.6.1.1350"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SolarDegeneration: _Final[_Code] = _Code("SCT", "43982006", "Solar degeneration", (4405,))
"""Solar degeneration (SCT 43982006)."""

AtypicalMoleSyndrome: _Final[_Code] = _Code("SCT", "254819008", "Atypical mole syndrome", (4405,))
"""Atypical mole syndrome (SCT 254819008)."""

TelangiectasiaCutaneousCancerSyndromeFamilial: _Final[_Code] = _Code(
    "SCT", "782823001", "Telangiectasia, cutaneous, cancer syndrome, familial", (4405,)
)
"""Telangiectasia, cutaneous, cancer syndrome, familial (SCT 782823001)."""

GorlinSyndrome: _Final[_Code] = _Code("SCT", "69408002", "Gorlin syndrome", (4405,))
"""Gorlin syndrome (SCT 69408002)."""

PTENHamartomaTumorSyndrome: _Final[_Code] = _Code(
    "SCT", "722859001", "PTEN hamartoma tumor syndrome", (4405,)
)
"""PTEN hamartoma tumor syndrome (SCT 722859001)."""

RomboSyndrome: _Final[_Code] = _Code("SCT", "721904001", "Rombo syndrome", (4405,))
"""Rombo syndrome (SCT 721904001)."""

Rosacea: _Final[_Code] = _Code("SCT", "398909004", "Rosacea", (4405,))
"""Rosacea (SCT 398909004)."""

Eczema: _Final[_Code] = _Code("SCT", "43116000", "Eczema", (4405,))
"""Eczema (SCT 43116000)."""

Psoriasis: _Final[_Code] = _Code("SCT", "9014002", "Psoriasis", (4405,))
"""Psoriasis (SCT 9014002)."""

LupusErythematosus: _Final[_Code] = _Code("SCT", "200936003", "Lupus erythematosus", (4405,))
"""Lupus erythematosus (SCT 200936003)."""

AtopicDermatitis: _Final[_Code] = _Code("SCT", "24079001", "Atopic dermatitis", (4405,))
"""Atopic dermatitis (SCT 24079001)."""

ActinicKeratosis: _Final[_Code] = _Code("SCT", "201101007", "Actinic keratosis", (4405,))
"""Actinic keratosis (SCT 201101007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
