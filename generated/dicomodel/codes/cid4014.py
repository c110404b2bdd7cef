"""CID 4014 View for Mammography.

Non-extensible, version 20090717, UID 1.2.840.10008.6.1.298.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4014
NAME: Final[str] = "View for Mammography"
KEYWORD: Final[str | None] = "ViewForMammography"
UID: Final[str | None] = "1.2.840.10008.6.1.298"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20090717"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MedioLateral: Final[Code] = Code("SCT", "399260004", "medio-lateral", (4010, 4014, 7484))
"""medio-lateral (SCT 399260004)."""

MedioLateralOblique: Final[Code] = Code(
    "SCT", "399368009", "medio-lateral oblique", (4010, 4014, 7302)
)
"""medio-lateral oblique (SCT 399368009)."""

LateroMedial: Final[Code] = Code("SCT", "399352003", "latero-medial", (4010, 4014, 7302, 7484))
"""latero-medial (SCT 399352003)."""

LateroMedialOblique: Final[Code] = Code("SCT", "399099002", "latero-medial oblique", (4010, 4014))
"""latero-medial oblique (SCT 399099002)."""

CranioCaudal: Final[Code] = Code("SCT", "399162004", "cranio-caudal", (4010, 4011, 4014))
"""cranio-caudal (SCT 399162004)."""

CaudoCranial: Final[Code] = Code(
    "SCT", "399196006", "caudo-cranial (from below)", (4010, 4011, 4014, 7484)
)
"""caudo-cranial (from below) (SCT 399196006)."""

SuperolateralToInferomedialOblique: Final[Code] = Code(
    "SCT", "399188001", "superolateral to inferomedial oblique", (4014,)
)
"""superolateral to inferomedial oblique (SCT 399188001)."""

InferomedialToSuperolateralOblique: Final[Code] = Code(
    "SCT", "441555000", "inferomedial to superolateral oblique", (4014,)
)
"""inferomedial to superolateral oblique (SCT 441555000)."""

CranioCaudalExaggeratedLaterally: Final[Code] = Code(
    "SCT", "399192008", "cranio-caudal exaggerated laterally", (4014,)
)
"""cranio-caudal exaggerated laterally (SCT 399192008)."""

CranioCaudalExaggeratedMedially: Final[Code] = Code(
    "SCT", "399101009", "cranio-caudal exaggerated medially", (4014,)
)
"""cranio-caudal exaggerated medially (SCT 399101009)."""

TissueSpecimenFromBreast: Final[Code] = Code(
    "SCT", "127457009", "tissue specimen from breast", (4014,)
)
"""tissue specimen from breast (SCT 127457009)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
