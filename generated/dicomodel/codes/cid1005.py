"""CID 1005 Anatomical Reference Basis - Abdomen/Pelvis.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1126.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1005
NAME: _Final[str] = "Anatomical Reference Basis - Abdomen/Pelvis"
KEYWORD: _Final[str | None] = "AnatomicalReferenceBasisAbdomenPelvis"
UID: _Final[str | None] = "1.2.840.10008.6.1.1126"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160905"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Acetabulum: _Final[_Code] = _Code("SCT", "37783008", "Acetabulum", (1005,))
"""Acetabulum (SCT 37783008)."""

AdrenalGland: _Final[_Code] = _Code(
    "SCT", "23451007", "Adrenal gland", (1005, 4030, 6204, 7154, 10044)
)
"""Adrenal gland (SCT 23451007)."""

CommonIliacArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common iliac artery bifurcation", (1005, 3837, 12109)
)
"""Common iliac artery bifurcation (SCT 413896006)."""

FemoralHead: _Final[_Code] = _Code("SCT", "2812003", "Femoral head", (1005, 7304))
"""Femoral head (SCT 2812003)."""

HipJoint: _Final[_Code] = _Code("SCT", "24136001", "Hip joint", (4, 1005, 4031, 7304, 7483))
"""Hip joint (SCT 24136001)."""

IliacCrest: _Final[_Code] = _Code("SCT", "29850006", "Iliac Crest", (1005,))
"""Iliac Crest (SCT 29850006)."""

Ischium: _Final[_Code] = _Code("SCT", "85710004", "Ischium", (1005,))
"""Ischium (SCT 85710004)."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

LesserTrochanter: _Final[_Code] = _Code("SCT", "55499008", "Lesser trochanter", (1005,))
"""Lesser trochanter (SCT 55499008)."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004)."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009)."""

Sacrum: _Final[_Code] = _Code("SCT", "54735007", "Sacrum", (1005, 4031, 7483))
"""Sacrum (SCT 54735007)."""

SymphysisPubis: _Final[_Code] = _Code("SCT", "82561000", "Symphysis pubis", (1005,))
"""Symphysis pubis (SCT 82561000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Acetabulum,
    AdrenalGland,
    CommonIliacArteryBifurcation,
    FemoralHead,
    HipJoint,
    IliacCrest,
    Ischium,
    Kidney,
    LesserTrochanter,
    Liver,
    Pancreas,
    Sacrum,
    SymphysisPubis,
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
