"""CID 26 Nuclear Medicine Projection.

Extensible, version 20040322, UID 1.2.840.10008.6.1.18.
Includes CID 27.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 26
NAME: _Final[str] = "Nuclear Medicine Projection"
KEYWORD: _Final[str | None] = "NuclearMedicineProjection"
UID: _Final[str | None] = "1.2.840.10008.6.1.18"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040322"
INCLUDES: _Final[tuple[int, ...]] = (27,)
EXTERNAL_SCHEME: _Final[str | None] = None

Coronal: _Final[_Code] = _Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009)."""

Sagittal: _Final[_Code] = _Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003)."""

Axial: _Final[_Code] = _Code("SCT", "24422004", "Axial", (2, 26, 6312))
"""Axial (SCT 24422004)."""

RightAnteriorOblique: _Final[_Code] = _Code("SCT", "399108003", "Right anterior oblique", (26,))
"""Right anterior oblique (SCT 399108003)."""

LeftAnteriorOblique: _Final[_Code] = _Code("SCT", "399074003", "Left anterior oblique", (26,))
"""Left anterior oblique (SCT 399074003)."""

RightPosteriorOblique: _Final[_Code] = _Code("SCT", "399075002", "Right posterior oblique", (26,))
"""Right posterior oblique (SCT 399075002)."""

LeftPosteriorOblique: _Final[_Code] = _Code("SCT", "399136008", "Left posterior oblique", (26,))
"""Left posterior oblique (SCT 399136008)."""

ObliqueAxial: _Final[_Code] = _Code("SCT", "399089007", "Oblique axial", (26,))
"""Oblique axial (SCT 399089007)."""

SagittalObliqueAxial: _Final[_Code] = _Code("SCT", "399273000", "Sagittal-oblique axial", (26,))
"""Sagittal-oblique axial (SCT 399273000)."""

MedialLateral: _Final[_Code] = _Code("SCT", "399012007", "Medial-lateral", (26,))
"""Medial-lateral (SCT 399012007)."""

LateralMedial: _Final[_Code] = _Code("SCT", "399300004", "Lateral-medial", (26,))
"""Lateral-medial (SCT 399300004)."""

RightLateralProjection: _Final[_Code] = _Code("SCT", "399297009", "Right lateral projection", (26,))
"""Right lateral projection (SCT 399297009)."""

LeftLateralProjection: _Final[_Code] = _Code("SCT", "399118008", "Left lateral projection", (26,))
"""Left lateral projection (SCT 399118008)."""

MedioLateralOblique: _Final[_Code] = _Code("SCT", "399268006", "Medio-lateral oblique", (26,))
"""Medio-lateral oblique (SCT 399268006)."""

LateroMedialOblique: _Final[_Code] = _Code("SCT", "399159002", "Latero-medial oblique", (26,))
"""Latero-medial oblique (SCT 399159002)."""

Transverse: _Final[_Code] = _Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

Lateral: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004)."""

AnteriorProjection: _Final[_Code] = _Code("SCT", "399321004", "Anterior projection", (26,))
"""Anterior projection (SCT 399321004)."""

PosteriorProjection: _Final[_Code] = _Code("SCT", "399001007", "Posterior projection", (26,))
"""Posterior projection (SCT 399001007)."""

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short Axis", (6, 27, 6166, 7470))
"""Short Axis (SCT 103340004). Included from CID 27."""

VerticalLongAxis: _Final[_Code] = _Code("SCT", "131185001", "Vertical Long Axis", (27,))
"""Vertical Long Axis (SCT 131185001). Included from CID 27."""

HorizontalLongAxis: _Final[_Code] = _Code("SCT", "131186000", "Horizontal Long Axis", (27,))
"""Horizontal Long Axis (SCT 131186000). Included from CID 27."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
