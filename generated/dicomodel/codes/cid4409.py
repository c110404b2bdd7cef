"""CID 4409 Skin Procedure.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1534.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4409
NAME: Final[str] = "Skin Procedure"
KEYWORD: Final[str | None] = "SkinProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.1534"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20231115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CryotherapyToSkinLesion: Final[Code] = Code(
    "SCT", "302396003", "Cryotherapy to skin lesion", (4409,)
)
"""Cryotherapy to skin lesion (SCT 302396003)."""

BiopsyOfSkin: Final[Code] = Code("SCT", "240977001", "Biopsy of skin", (4409,))
"""Biopsy of skin (SCT 240977001)."""

PhotodynamicTherapyOfSkin: Final[Code] = Code(
    "SCT", "428604001", "Photodynamic therapy of skin", (4409,)
)
"""Photodynamic therapy of skin (SCT 428604001)."""

TopicalChemotherapyForMalignantNeoplasm: Final[Code] = Code(
    "SCT", "24977001", "Topical chemotherapy for malignant neoplasm", (4409,)
)
"""Topical chemotherapy for malignant neoplasm (SCT 24977001)."""

ExcisionOfSkin: Final[Code] = Code("SCT", "440258006", "Excision of skin", (4409,))
"""Excision of skin (SCT 440258006)."""

LaserProcedureOnSkin: Final[Code] = Code("SCT", "445907001", "Laser procedure on skin", (4409,))
"""Laser procedure on skin (SCT 445907001)."""

RadiofrequencyAblation: Final[Code] = Code("SCT", "879916008", "Radiofrequency ablation", (4409,))
"""Radiofrequency ablation (SCT 879916008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CryotherapyToSkinLesion,
    BiopsyOfSkin,
    PhotodynamicTherapyOfSkin,
    TopicalChemotherapyForMalignantNeoplasm,
    ExcisionOfSkin,
    LaserProcedureOnSkin,
    RadiofrequencyAblation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
