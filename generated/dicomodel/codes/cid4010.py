"""CID 4010 DX View.

Extensible, version 20160314, UID 1.2.840.10008.6.1.294.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4010
NAME: _Final[str] = "DX View"
KEYWORD: _Final[str | None] = "DXView"
UID: _Final[str | None] = "1.2.840.10008.6.1.294"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Frontal: _Final[_Code] = _Code("SCT", "399033003", "frontal", (4010,))
"""frontal (SCT 399033003)."""

FrontalOblique: _Final[_Code] = _Code("SCT", "399160007", "frontal oblique", (4010,))
"""frontal oblique (SCT 399160007)."""

AnteroPosterior: _Final[_Code] = _Code("SCT", "399348003", "antero-posterior", (3466, 4010, 7302))
"""antero-posterior (SCT 399348003)."""

AnteroPosteriorOblique: _Final[_Code] = _Code(
    "SCT", "399312000", "antero-posterior oblique", (4010,)
)
"""antero-posterior oblique (SCT 399312000)."""

RightPosteriorOblique: _Final[_Code] = _Code("SCT", "399038007", "right posterior oblique", (4010,))
"""right posterior oblique (SCT 399038007)."""

LeftPosteriorOblique: _Final[_Code] = _Code("SCT", "399006002", "left posterior oblique", (4010,))
"""left posterior oblique (SCT 399006002)."""

PosteroAnterior: _Final[_Code] = _Code("SCT", "272479007", "postero-anterior", (4010,))
"""postero-anterior (SCT 272479007)."""

PosteroAnteriorOblique: _Final[_Code] = _Code(
    "SCT", "399059000", "postero-anterior oblique", (4010,)
)
"""postero-anterior oblique (SCT 399059000)."""

RightAnteriorOblique: _Final[_Code] = _Code(
    "SCT", "399356000", "right anterior oblique", (3466, 4010)
)
"""right anterior oblique (SCT 399356000)."""

LeftAnteriorOblique: _Final[_Code] = _Code(
    "SCT", "399135007", "left anterior oblique", (3466, 4010)
)
"""left anterior oblique (SCT 399135007)."""

Sagittal: _Final[_Code] = _Code("SCT", "30730003", "sagittal", (2, 6, 26, 4010, 6312))
"""sagittal (SCT 30730003)."""

MedialLateral: _Final[_Code] = _Code("SCT", "399260004", "medial-lateral", (4010, 4014, 7484))
"""medial-lateral (SCT 399260004)."""

LateralOblique: _Final[_Code] = _Code("SCT", "260427002", "lateral oblique", (4010,))
"""lateral oblique (SCT 260427002)."""

LateralMedial: _Final[_Code] = _Code("SCT", "399352003", "lateral-medial", (4010, 4014, 7302, 7484))
"""lateral-medial (SCT 399352003)."""

MedialOblique: _Final[_Code] = _Code("SCT", "260426006", "medial oblique", (4010,))
"""medial oblique (SCT 260426006)."""

RightLateral: _Final[_Code] = _Code("SCT", "399198007", "right lateral", (4010, 7484))
"""right lateral (SCT 399198007)."""

RightOblique: _Final[_Code] = _Code("SCT", "399236003", "right oblique", (4010,))
"""right oblique (SCT 399236003)."""

LeftLateral: _Final[_Code] = _Code("SCT", "399173006", "left lateral", (3466, 4010, 7484))
"""left lateral (SCT 399173006)."""

LeftOblique: _Final[_Code] = _Code("SCT", "399184004", "left oblique", (4010,))
"""left oblique (SCT 399184004)."""

Axial: _Final[_Code] = _Code("SCT", "399061009", "axial", (4010,))
"""axial (SCT 399061009)."""

CranioCaudal: _Final[_Code] = _Code("SCT", "399162004", "cranio-caudal", (4010, 4011, 4014))
"""cranio-caudal (SCT 399162004)."""

CaudoCranial: _Final[_Code] = _Code("SCT", "399196006", "caudo-cranial", (4010, 4011, 4014, 7484))
"""caudo-cranial (SCT 399196006)."""

ObliqueAxial: _Final[_Code] = _Code("SCT", "399004004", "oblique axial", (4010,))
"""oblique axial (SCT 399004004)."""

ObliqueCranioCaudal: _Final[_Code] = _Code("SCT", "399288005", "oblique cranio-caudal", (4010,))
"""oblique cranio-caudal (SCT 399288005)."""

ObliqueCaudoCranial: _Final[_Code] = _Code("SCT", "399225005", "oblique caudo-cranial", (4010,))
"""oblique caudo-cranial (SCT 399225005)."""

FrontalObliqueAxial: _Final[_Code] = _Code("SCT", "399132005", "frontal-oblique axial", (4010,))
"""frontal-oblique axial (SCT 399132005)."""

SagittalObliqueAxial: _Final[_Code] = _Code("SCT", "399325008", "sagittal-oblique axial", (4010,))
"""sagittal-oblique axial (SCT 399325008)."""

Oblique: _Final[_Code] = _Code("SCT", "399182000", "oblique", (4010,))
"""oblique (SCT 399182000)."""

Lateral: _Final[_Code] = _Code("SCT", "399067008", "lateral", (4010,))
"""lateral (SCT 399067008)."""

Tangential: _Final[_Code] = _Code("SCT", "399110001", "tangential", (4010, 4015))
"""tangential (SCT 399110001)."""

Submentovertical: _Final[_Code] = _Code("SCT", "399255003", "submentovertical", (4010,))
"""submentovertical (SCT 399255003)."""

Verticosubmental: _Final[_Code] = _Code("SCT", "399360002", "verticosubmental", (4010,))
"""verticosubmental (SCT 399360002)."""

Plantodorsal: _Final[_Code] = _Code("SCT", "399071006", "plantodorsal", (4010,))
"""plantodorsal (SCT 399071006)."""

Dorsoplantar: _Final[_Code] = _Code("SCT", "399335002", "dorsoplantar", (4010, 7484))
"""dorsoplantar (SCT 399335002)."""

Parietoacanthial: _Final[_Code] = _Code("SCT", "399272005", "parietoacanthial", (4010,))
"""parietoacanthial (SCT 399272005)."""

Acanthioparietal: _Final[_Code] = _Code("SCT", "399242004", "acanthioparietal", (4010,))
"""acanthioparietal (SCT 399242004)."""

Orbitoparietal: _Final[_Code] = _Code("SCT", "399351005", "orbitoparietal", (4010,))
"""orbitoparietal (SCT 399351005)."""

ParietoOrbital: _Final[_Code] = _Code("SCT", "399316002", "parieto-orbital", (4010,))
"""parieto-orbital (SCT 399316002)."""

LateroMedialOblique: _Final[_Code] = _Code(
    "SCT", "399099002", "latero-medial oblique", (4010, 4014)
)
"""latero-medial oblique (SCT 399099002)."""

MedioLateralOblique: _Final[_Code] = _Code(
    "SCT", "399368009", "medio-lateral oblique", (4010, 4014, 7302)
)
"""medio-lateral oblique (SCT 399368009)."""

TissueSpecimen: _Final[_Code] = _Code("SCT", "119376003", "tissue specimen", (4010, 8103))
"""tissue specimen (SCT 119376003)."""

OcclusalProjection: _Final[_Code] = _Code("SCT", "260499007", "Occlusal projection", (4010,))
"""Occlusal projection (SCT 260499007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Frontal,
    FrontalOblique,
    AnteroPosterior,
    AnteroPosteriorOblique,
    RightPosteriorOblique,
    LeftPosteriorOblique,
    PosteroAnterior,
    PosteroAnteriorOblique,
    RightAnteriorOblique,
    LeftAnteriorOblique,
    Sagittal,
    MedialLateral,
    LateralOblique,
    LateralMedial,
    MedialOblique,
    RightLateral,
    RightOblique,
    LeftLateral,
    LeftOblique,
    Axial,
    CranioCaudal,
    CaudoCranial,
    ObliqueAxial,
    ObliqueCranioCaudal,
    ObliqueCaudoCranial,
    FrontalObliqueAxial,
    SagittalObliqueAxial,
    Oblique,
    Lateral,
    Tangential,
    Submentovertical,
    Verticosubmental,
    Plantodorsal,
    Dorsoplantar,
    Parietoacanthial,
    Acanthioparietal,
    Orbitoparietal,
    ParietoOrbital,
    LateroMedialOblique,
    MedioLateralOblique,
    TissueSpecimen,
    OcclusalProjection,
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
