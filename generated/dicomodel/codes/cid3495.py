"""CID 3495 IVUS Plaque Composition.

Extensible, version 20040614, UID 1.2.840.10008.6.1.129.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3495
NAME: Final[str] = "IVUS Plaque Composition"
KEYWORD: Final[str | None] = "IVUSPlaqueComposition"
UID: Final[str | None] = "1.2.840.10008.6.1.129"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FibrousPlaque: Final[Code] = Code("SCT", "40772000", "Fibrous Plaque", (3495, 3496))
"""Fibrous Plaque (SCT 40772000)."""

VascularCalcification: Final[Code] = Code(
    "SCT", "237897009", "Vascular Calcification", (3495, 3496, 3712)
)
"""Vascular Calcification (SCT 237897009)."""

Thrombus: Final[Code] = Code("SCT", "396339007", "Thrombus", (3495, 3712, 3810, 7156))
"""Thrombus (SCT 396339007)."""

FibroLipidicPlaque: Final[Code] = Code("DCM", "122394", "Fibro-Lipidic Plaque", (3495,))
"""Fibro-Lipidic Plaque (DCM 122394)."""

NecroticLipidicPlaque: Final[Code] = Code("DCM", "122395", "Necrotic-Lipidic Plaque", (3495,))
"""Necrotic-Lipidic Plaque (DCM 122395)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FibrousPlaque,
    VascularCalcification,
    Thrombus,
    FibroLipidicPlaque,
    NecroticLipidicPlaque,
)
"""The resolved membership: own members, then those of the included groups, in order."""
