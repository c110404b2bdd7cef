"""CID 3491 IVUS Lesion Morphology.

Extensible, version 20040614, UID 1.2.840.10008.6.1.125.
Includes CID 3495.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3491
NAME: _Final[str] = "IVUS Lesion Morphology"
KEYWORD: _Final[str | None] = "IVUSLesionMorphology"
UID: _Final[str | None] = "1.2.840.10008.6.1.125"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = (3495,)
EXTERNAL_SCHEME: _Final[str | None] = None

SoftPlaque: _Final[_Code] = _Code("DCM", "122356", "Soft plaque", (3491,))
"""Soft plaque (DCM 122356)."""

InStentNeointima: _Final[_Code] = _Code("DCM", "122357", "In-Stent Neointima", (3491,))
"""In-Stent Neointima (DCM 122357)."""

ArterialTrueAneurysm: _Final[_Code] = _Code("SCT", "233981004", "Arterial (True) Aneurysm", (3491,))
"""Arterial (True) Aneurysm (SCT 233981004)."""

PseudoAneurysm: _Final[_Code] = _Code("SCT", "22036004", "Pseudo Aneurysm", (3491, 3754, 3810))
"""Pseudo Aneurysm (SCT 22036004)."""

FalseLumen: _Final[_Code] = _Code("DCM", "122361", "False Lumen", (3491,))
"""False Lumen (DCM 122361)."""

Concentric: _Final[_Code] = _Code("SCT", "255465008", "Concentric", (3491, 3806))
"""Concentric (SCT 255465008)."""

Eccentric: _Final[_Code] = _Code("SCT", "255380003", "Eccentric", (3491, 3806))
"""Eccentric (SCT 255380003)."""

PlaqueUlceration: _Final[_Code] = _Code("SCT", "62189002", "Plaque Ulceration", (3491, 3817))
"""Plaque Ulceration (SCT 62189002)."""

PlaqueRupture: _Final[_Code] = _Code("DCM", "122363", "Plaque Rupture", (3491,))
"""Plaque Rupture (DCM 122363)."""

VulnerablePlaque: _Final[_Code] = _Code("DCM", "122389", "Vulnerable Plaque", (3491,))
"""Vulnerable Plaque (DCM 122389)."""

ErodedPlaque: _Final[_Code] = _Code("DCM", "122390", "Eroded Plaque", (3491,))
"""Eroded Plaque (DCM 122390)."""

FibrousPlaque: _Final[_Code] = _Code("SCT", "40772000", "Fibrous Plaque", (3495, 3496))
"""Fibrous Plaque (SCT 40772000). Included from CID 3495."""

VascularCalcification: _Final[_Code] = _Code(
    "SCT", "237897009", "Vascular Calcification", (3495, 3496, 3712)
)
"""Vascular Calcification (SCT 237897009). Included from CID 3495."""

Thrombus: _Final[_Code] = _Code("SCT", "396339007", "Thrombus", (3495, 3712, 3810, 7156))
"""Thrombus (SCT 396339007). Included from CID 3495."""

FibroLipidicPlaque: _Final[_Code] = _Code("DCM", "122394", "Fibro-Lipidic Plaque", (3495,))
"""Fibro-Lipidic Plaque (DCM 122394). Included from CID 3495."""

NecroticLipidicPlaque: _Final[_Code] = _Code("DCM", "122395", "Necrotic-Lipidic Plaque", (3495,))
"""Necrotic-Lipidic Plaque (DCM 122395). Included from CID 3495."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
