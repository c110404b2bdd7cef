"""CID 3497 IVUS Arterial Morphology.

Extensible, version 20050110, UID 1.2.840.10008.6.1.131.
Includes CID 3495.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3497
NAME: Final[str] = "IVUS Arterial Morphology"
KEYWORD: Final[str | None] = "IVUSArterialMorphology"
UID: Final[str | None] = "1.2.840.10008.6.1.131"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050110"
INCLUDES: Final[tuple[int, ...]] = (3495,)
EXTERNAL_SCHEME: Final[str | None] = None

LumenOfArtery: Final[Code] = Code("SCT", "67170007", "Lumen of artery", (3497,))
"""Lumen of artery (SCT 67170007)."""

ExternalElasticMembrane: Final[Code] = Code(
    "SCT", "414165007", "External Elastic Membrane", (3497,)
)
"""External Elastic Membrane (SCT 414165007)."""

FibrousPlaque: Final[Code] = Code("SCT", "40772000", "Fibrous Plaque", (3495, 3496))
"""Fibrous Plaque (SCT 40772000). Included from CID 3495."""

VascularCalcification: Final[Code] = Code(
    "SCT", "237897009", "Vascular Calcification", (3495, 3496, 3712)
)
"""Vascular Calcification (SCT 237897009). Included from CID 3495."""

Thrombus: Final[Code] = Code("SCT", "396339007", "Thrombus", (3495, 3712, 3810, 7156))
"""Thrombus (SCT 396339007). Included from CID 3495."""

FibroLipidicPlaque: Final[Code] = Code("DCM", "122394", "Fibro-Lipidic Plaque", (3495,))
"""Fibro-Lipidic Plaque (DCM 122394). Included from CID 3495."""

NecroticLipidicPlaque: Final[Code] = Code("DCM", "122395", "Necrotic-Lipidic Plaque", (3495,))
"""Necrotic-Lipidic Plaque (DCM 122395). Included from CID 3495."""

MEMBERS: Final[tuple[Code, ...]] = (
    LumenOfArtery,
    ExternalElasticMembrane,
    FibrousPlaque,
    VascularCalcification,
    Thrombus,
    FibroLipidicPlaque,
    NecroticLipidicPlaque,
)
"""The resolved membership: own members, then those of the included groups, in order."""
