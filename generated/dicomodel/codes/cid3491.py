"""CID 3491 IVUS Lesion Morphology.

Extensible, version 20040614, UID 1.2.840.10008.6.1.125.
Includes CID 3495.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3491
NAME: Final[str] = "IVUS Lesion Morphology"
KEYWORD: Final[str | None] = "IVUSLesionMorphology"
UID: Final[str | None] = "1.2.840.10008.6.1.125"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = (3495,)
EXTERNAL_SCHEME: Final[str | None] = None

SoftPlaque: Final[Code] = Code("DCM", "122356", "Soft plaque", (3491,))
"""Soft plaque (DCM 122356)."""

InStentNeointima: Final[Code] = Code("DCM", "122357", "In-Stent Neointima", (3491,))
"""In-Stent Neointima (DCM 122357)."""

ArterialTrueAneurysm: Final[Code] = Code("SCT", "233981004", "Arterial (True) Aneurysm", (3491,))
"""Arterial (True) Aneurysm (SCT 233981004)."""

PseudoAneurysm: Final[Code] = Code("SCT", "22036004", "Pseudo Aneurysm", (3491, 3754, 3810))
"""Pseudo Aneurysm (SCT 22036004)."""

FalseLumen: Final[Code] = Code("DCM", "122361", "False Lumen", (3491,))
"""False Lumen (DCM 122361)."""

Concentric: Final[Code] = Code("SCT", "255465008", "Concentric", (3491, 3806))
"""Concentric (SCT 255465008)."""

Eccentric: Final[Code] = Code("SCT", "255380003", "Eccentric", (3491, 3806))
"""Eccentric (SCT 255380003)."""

PlaqueUlceration: Final[Code] = Code("SCT", "62189002", "Plaque Ulceration", (3491, 3817))
"""Plaque Ulceration (SCT 62189002)."""

PlaqueRupture: Final[Code] = Code("DCM", "122363", "Plaque Rupture", (3491,))
"""Plaque Rupture (DCM 122363)."""

VulnerablePlaque: Final[Code] = Code("DCM", "122389", "Vulnerable Plaque", (3491,))
"""Vulnerable Plaque (DCM 122389)."""

ErodedPlaque: Final[Code] = Code("DCM", "122390", "Eroded Plaque", (3491,))
"""Eroded Plaque (DCM 122390)."""

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
    SoftPlaque,
    InStentNeointima,
    ArterialTrueAneurysm,
    PseudoAneurysm,
    FalseLumen,
    Concentric,
    Eccentric,
    PlaqueUlceration,
    PlaqueRupture,
    VulnerablePlaque,
    ErodedPlaque,
    FibrousPlaque,
    VascularCalcification,
    Thrombus,
    FibroLipidicPlaque,
    NecroticLipidicPlaque,
)
"""The resolved membership: own members, then those of the included groups, in order."""
