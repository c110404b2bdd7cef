"""CID 4014 View for Mammography.

Non-extensible, version 20090717, UID 1.2.840.10008.6.1.298.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4014
NAME: _Final[str] = "View for Mammography"
KEYWORD: _Final[str | None] = "ViewForMammography"
UID: _Final[str | None] = "1.2.840.10008.6.1.298"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20090717"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MedioLateral: _Final[_Code] = _Code("SCT", "399260004", "medio-lateral", (4010, 4014, 7484))
"""medio-lateral (SCT 399260004)."""

MedioLateralOblique: _Final[_Code] = _Code(
    "SCT", "399368009", "medio-lateral oblique", (4010, 4014, 7302)
)
"""medio-lateral oblique (SCT 399368009)."""

LateroMedial: _Final[_Code] = _Code("SCT", "399352003", "latero-medial", (4010, 4014, 7302, 7484))
"""latero-medial (SCT 399352003)."""

LateroMedialOblique: _Final[_Code] = _Code(
    "SCT", "399099002", "latero-medial oblique", (4010, 4014)
)
"""latero-medial oblique (SCT 399099002)."""

CranioCaudal: _Final[_Code] = _Code("SCT", "399162004", "cranio-caudal", (4010, 4011, 4014))
"""cranio-caudal (SCT 399162004)."""

CaudoCranial: _Final[_Code] = _Code(
    "SCT", "399196006", "caudo-cranial (from below)", (4010, 4011, 4014, 7484)
)
"""caudo-cranial (from below) (SCT 399196006)."""

SuperolateralToInferomedialOblique: _Final[_Code] = _Code(
    "SCT", "399188001", "superolateral to inferomedial oblique", (4014,)
)
"""superolateral to inferomedial oblique (SCT 399188001)."""

InferomedialToSuperolateralOblique: _Final[_Code] = _Code(
    "SCT", "441555000", "inferomedial to superolateral oblique", (4014,)
)
"""inferomedial to superolateral oblique (SCT 441555000)."""

CranioCaudalExaggeratedLaterally: _Final[_Code] = _Code(
    "SCT", "399192008", "cranio-caudal exaggerated laterally", (4014,)
)
"""cranio-caudal exaggerated laterally (SCT 399192008)."""

CranioCaudalExaggeratedMedially: _Final[_Code] = _Code(
    "SCT", "399101009", "cranio-caudal exaggerated medially", (4014,)
)
"""cranio-caudal exaggerated medially (SCT 399101009)."""

TissueSpecimenFromBreast: _Final[_Code] = _Code(
    "SCT", "127457009", "tissue specimen from breast", (4014,)
)
"""tissue specimen from breast (SCT 127457009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MedioLateral,
    MedioLateralOblique,
    LateroMedial,
    LateroMedialOblique,
    CranioCaudal,
    CaudoCranial,
    SuperolateralToInferomedialOblique,
    InferomedialToSuperolateralOblique,
    CranioCaudalExaggeratedLaterally,
    CranioCaudalExaggeratedMedially,
    TissueSpecimenFromBreast,
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
