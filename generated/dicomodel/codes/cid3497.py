"""CID 3497 IVUS Arterial Morphology.

Extensible, version 20050110, UID 1.2.840.10008.6.1.131.
Includes CID 3495.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3497
NAME: _Final[str] = "IVUS Arterial Morphology"
KEYWORD: _Final[str | None] = "IVUSArterialMorphology"
UID: _Final[str | None] = "1.2.840.10008.6.1.131"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050110"
INCLUDES: _Final[tuple[int, ...]] = (3495,)
EXTERNAL_SCHEME: _Final[str | None] = None

LumenOfArtery: _Final[_Code] = _Code("SCT", "67170007", "Lumen of artery", (3497,))
"""Lumen of artery (SCT 67170007)."""

ExternalElasticMembrane: _Final[_Code] = _Code(
    "SCT", "414165007", "External Elastic Membrane", (3497,)
)
"""External Elastic Membrane (SCT 414165007)."""

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
    LumenOfArtery,
    ExternalElasticMembrane,
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
