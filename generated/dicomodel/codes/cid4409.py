"""CID 4409 Skin Procedure.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1354.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4409
NAME: _Final[str] = "Skin Procedure"
KEYWORD: _Final[str | None] = "SkinProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1354"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CryotherapyToSkinLesion: _Final[_Code] = _Code(
    "SCT", "302396003", "Cryotherapy to skin lesion", (4409,)
)
"""Cryotherapy to skin lesion (SCT 302396003)."""

BiopsyOfSkin: _Final[_Code] = _Code("SCT", "240977001", "Biopsy of skin", (4409,))
"""Biopsy of skin (SCT 240977001)."""

PhotodynamicTherapyOfSkin: _Final[_Code] = _Code(
    "SCT", "428604001", "Photodynamic therapy of skin", (4409,)
)
"""Photodynamic therapy of skin (SCT 428604001)."""

TopicalChemotherapyForMalignantNeoplasm: _Final[_Code] = _Code(
    "SCT", "24977001", "Topical chemotherapy for malignant neoplasm", (4409,)
)
"""Topical chemotherapy for malignant neoplasm (SCT 24977001)."""

ExcisionOfSkin: _Final[_Code] = _Code("SCT", "440258006", "Excision of skin", (4409,))
"""Excision of skin (SCT 440258006)."""

LaserProcedureOnSkin: _Final[_Code] = _Code("SCT", "445907001", "Laser procedure on skin", (4409,))
"""Laser procedure on skin (SCT 445907001)."""

RadiofrequencyAblation: _Final[_Code] = _Code(
    "SCT", "879916008", "Radiofrequency ablation", (4409,)
)
"""Radiofrequency ablation (SCT 879916008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CryotherapyToSkinLesion,
    BiopsyOfSkin,
    PhotodynamicTherapyOfSkin,
    TopicalChemotherapyForMalignantNeoplasm,
    ExcisionOfSkin,
    LaserProcedureOnSkin,
    RadiofrequencyAblation,
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
