"""CID 26 Nuclear Medicine Projection.

Extensible, version 20040322, UID 1.2.840.10008.6.1.18.
Includes CID 27.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 26
NAME: Final[str] = "Nuclear Medicine Projection"
KEYWORD: Final[str | None] = "NuclearMedicineProjection"
UID: Final[str | None] = "1.2.840.10008.6.1.18"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040322"
INCLUDES: Final[tuple[int, ...]] = (27,)
EXTERNAL_SCHEME: Final[str | None] = None

Coronal: Final[Code] = Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009)."""

Sagittal: Final[Code] = Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003)."""

Axial: Final[Code] = Code("SCT", "24422004", "Axial", (2, 26, 6312))
"""Axial (SCT 24422004)."""

RightAnteriorOblique: Final[Code] = Code("SCT", "399108003", "Right anterior oblique", (26,))
"""Right anterior oblique (SCT 399108003)."""

LeftAnteriorOblique: Final[Code] = Code("SCT", "399074003", "Left anterior oblique", (26,))
"""Left anterior oblique (SCT 399074003)."""

RightPosteriorOblique: Final[Code] = Code("SCT", "399075002", "Right posterior oblique", (26,))
"""Right posterior oblique (SCT 399075002)."""

LeftPosteriorOblique: Final[Code] = Code("SCT", "399136008", "Left posterior oblique", (26,))
"""Left posterior oblique (SCT 399136008)."""

ObliqueAxial: Final[Code] = Code("SCT", "399089007", "Oblique axial", (26,))
"""Oblique axial (SCT 399089007)."""

SagittalObliqueAxial: Final[Code] = Code("SCT", "399273000", "Sagittal-oblique axial", (26,))
"""Sagittal-oblique axial (SCT 399273000)."""

MedialLateral: Final[Code] = Code("SCT", "399012007", "Medial-lateral", (26,))
"""Medial-lateral (SCT 399012007)."""

LateralMedial: Final[Code] = Code("SCT", "399300004", "Lateral-medial", (26,))
"""Lateral-medial (SCT 399300004)."""

RightLateralProjection: Final[Code] = Code("SCT", "399297009", "Right lateral projection", (26,))
"""Right lateral projection (SCT 399297009)."""

LeftLateralProjection: Final[Code] = Code("SCT", "399118008", "Left lateral projection", (26,))
"""Left lateral projection (SCT 399118008)."""

MedioLateralOblique: Final[Code] = Code("SCT", "399268006", "Medio-lateral oblique", (26,))
"""Medio-lateral oblique (SCT 399268006)."""

LateroMedialOblique: Final[Code] = Code("SCT", "399159002", "Latero-medial oblique", (26,))
"""Latero-medial oblique (SCT 399159002)."""

Transverse: Final[Code] = Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

Lateral: Final[Code] = Code("SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281))
"""Lateral (SCT 49370004)."""

AnteriorProjection: Final[Code] = Code("SCT", "399321004", "Anterior projection", (26,))
"""Anterior projection (SCT 399321004)."""

PosteriorProjection: Final[Code] = Code("SCT", "399001007", "Posterior projection", (26,))
"""Posterior projection (SCT 399001007)."""

ShortAxis: Final[Code] = Code("SCT", "103340004", "Short Axis", (6, 27, 6166, 7470))
"""Short Axis (SCT 103340004). Included from CID 27."""

VerticalLongAxis: Final[Code] = Code("SCT", "131185001", "Vertical Long Axis", (27,))
"""Vertical Long Axis (SCT 131185001). Included from CID 27."""

HorizontalLongAxis: Final[Code] = Code("SCT", "131186000", "Horizontal Long Axis", (27,))
"""Horizontal Long Axis (SCT 131186000). Included from CID 27."""

MEMBERS: Final[tuple[Code, ...]] = (
    Coronal,
    Sagittal,
    Axial,
    RightAnteriorOblique,
    LeftAnteriorOblique,
    RightPosteriorOblique,
    LeftPosteriorOblique,
    ObliqueAxial,
    SagittalObliqueAxial,
    MedialLateral,
    LateralMedial,
    RightLateralProjection,
    LeftLateralProjection,
    MedioLateralOblique,
    LateroMedialOblique,
    Transverse,
    Lateral,
    AnteriorProjection,
    PosteriorProjection,
    ShortAxis,
    VerticalLongAxis,
    HorizontalLongAxis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
