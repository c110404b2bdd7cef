"""CID 501 Volumetric View Description.

Extensible, version 20150915, UID 1.2.840.10008.6.1.1057.
Includes CID 6, CID 26, CID 4010, CID 12226.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 501
NAME: _Final[str] = "Volumetric View Description"
KEYWORD: _Final[str | None] = "VolumetricViewDescription"
UID: _Final[str | None] = "1.2.840.10008.6.1.1057"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150915"
INCLUDES: _Final[tuple[int, ...]] = (6, 26, 4010, 12226)
EXTERNAL_SCHEME: _Final[str | None] = None

Coronal: _Final[_Code] = _Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009). Included from CID 6."""

Longitudinal: _Final[_Code] = _Code("SCT", "38717003", "Longitudinal", (2, 6, 12118))
"""Longitudinal (SCT 38717003). Included from CID 6."""

Sagittal: _Final[_Code] = _Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003). Included from CID 6."""

Parasagittal: _Final[_Code] = _Code("SCT", "103343002", "Parasagittal", (5, 6))
"""Parasagittal (SCT 103343002). Included from CID 6."""

Oblique_21114003: _Final[_Code] = _Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003). Included from CID 6."""

LongAxis: _Final[_Code] = _Code("SCT", "103339001", "Long axis", (6, 6166, 7470))
"""Long axis (SCT 103339001). Included from CID 6."""

OffAxis: _Final[_Code] = _Code("SCT", "103341000", "Off axis", (6,))
"""Off axis (SCT 103341000). Included from CID 6."""

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short axis", (6, 27, 6166, 7470))
"""Short axis (SCT 103340004). Included from CID 6."""

FiveChamber: _Final[_Code] = _Code("SCT", "398994001", "Five chamber", (6,))
"""Five chamber (SCT 398994001). Included from CID 6."""

TwoChamber: _Final[_Code] = _Code("SCT", "399232001", "Two chamber", (6, 12226))
"""Two chamber (SCT 399232001). Included from CID 6."""

FourChamber: _Final[_Code] = _Code("SCT", "399214001", "Four chamber", (6, 12226))
"""Four chamber (SCT 399214001). Included from CID 6."""

Transverse: _Final[_Code] = _Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007). Included from CID 6."""

Axial_24422004: _Final[_Code] = _Code("SCT", "24422004", "Axial", (2, 26, 6312))
"""Axial (SCT 24422004). Included from CID 26."""

RightAnteriorOblique_399108003: _Final[_Code] = _Code(
    "SCT", "399108003", "Right anterior oblique", (26,)
)
"""Right anterior oblique (SCT 399108003). Included from CID 26."""

LeftAnteriorOblique_399074003: _Final[_Code] = _Code(
    "SCT", "399074003", "Left anterior oblique", (26,)
)
"""Left anterior oblique (SCT 399074003). Included from CID 26."""

RightPosteriorOblique_399075002: _Final[_Code] = _Code(
    "SCT", "399075002", "Right posterior oblique", (26,)
)
"""Right posterior oblique (SCT 399075002). Included from CID 26."""

LeftPosteriorOblique_399136008: _Final[_Code] = _Code(
    "SCT", "399136008", "Left posterior oblique", (26,)
)
"""Left posterior oblique (SCT 399136008). Included from CID 26."""

ObliqueAxial_399089007: _Final[_Code] = _Code("SCT", "399089007", "Oblique axial", (26,))
"""Oblique axial (SCT 399089007). Included from CID 26."""

SagittalObliqueAxial_399273000: _Final[_Code] = _Code(
    "SCT", "399273000", "Sagittal-oblique axial", (26,)
)
"""Sagittal-oblique axial (SCT 399273000). Included from CID 26."""

MedialLateral_399012007: _Final[_Code] = _Code("SCT", "399012007", "Medial-lateral", (26,))
"""Medial-lateral (SCT 399012007). Included from CID 26."""

LateralMedial_399300004: _Final[_Code] = _Code("SCT", "399300004", "Lateral-medial", (26,))
"""Lateral-medial (SCT 399300004). Included from CID 26."""

RightLateralProjection: _Final[_Code] = _Code("SCT", "399297009", "Right lateral projection", (26,))
"""Right lateral projection (SCT 399297009). Included from CID 26."""

LeftLateralProjection: _Final[_Code] = _Code("SCT", "399118008", "Left lateral projection", (26,))
"""Left lateral projection (SCT 399118008). Included from CID 26."""

MedioLateralOblique_399268006: _Final[_Code] = _Code(
    "SCT", "399268006", "Medio-lateral oblique", (26,)
)
"""Medio-lateral oblique (SCT 399268006). Included from CID 26."""

LateroMedialOblique_399159002: _Final[_Code] = _Code(
    "SCT", "399159002", "Latero-medial oblique", (26,)
)
"""Latero-medial oblique (SCT 399159002). Included from CID 26."""

Lateral_49370004: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004). Included from CID 26."""

AnteriorProjection: _Final[_Code] = _Code("SCT", "399321004", "Anterior projection", (26,))
"""Anterior projection (SCT 399321004). Included from CID 26."""

PosteriorProjection: _Final[_Code] = _Code("SCT", "399001007", "Posterior projection", (26,))
"""Posterior projection (SCT 399001007). Included from CID 26."""

VerticalLongAxis: _Final[_Code] = _Code("SCT", "131185001", "Vertical Long Axis", (27,))
"""Vertical Long Axis (SCT 131185001). Included from CID 27."""

HorizontalLongAxis: _Final[_Code] = _Code("SCT", "131186000", "Horizontal Long Axis", (27,))
"""Horizontal Long Axis (SCT 131186000). Included from CID 27."""

Frontal: _Final[_Code] = _Code("SCT", "399033003", "frontal", (4010,))
"""frontal (SCT 399033003). Included from CID 4010."""

FrontalOblique: _Final[_Code] = _Code("SCT", "399160007", "frontal oblique", (4010,))
"""frontal oblique (SCT 399160007). Included from CID 4010."""

AnteroPosterior: _Final[_Code] = _Code("SCT", "399348003", "antero-posterior", (3466, 4010, 7302))
"""antero-posterior (SCT 399348003). Included from CID 4010."""

AnteroPosteriorOblique: _Final[_Code] = _Code(
    "SCT", "399312000", "antero-posterior oblique", (4010,)
)
"""antero-posterior oblique (SCT 399312000). Included from CID 4010."""

RightPosteriorOblique_399038007: _Final[_Code] = _Code(
    "SCT", "399038007", "right posterior oblique", (4010,)
)
"""right posterior oblique (SCT 399038007). Included from CID 4010."""

LeftPosteriorOblique_399006002: _Final[_Code] = _Code(
    "SCT", "399006002", "left posterior oblique", (4010,)
)
"""left posterior oblique (SCT 399006002). Included from CID 4010."""

PosteroAnterior: _Final[_Code] = _Code("SCT", "272479007", "postero-anterior", (4010,))
"""postero-anterior (SCT 272479007). Included from CID 4010."""

PosteroAnteriorOblique: _Final[_Code] = _Code(
    "SCT", "399059000", "postero-anterior oblique", (4010,)
)
"""postero-anterior oblique (SCT 399059000). Included from CID 4010."""

RightAnteriorOblique_399356000: _Final[_Code] = _Code(
    "SCT", "399356000", "right anterior oblique", (3466, 4010)
)
"""right anterior oblique (SCT 399356000). Included from CID 4010."""

LeftAnteriorOblique_399135007: _Final[_Code] = _Code(
    "SCT", "399135007", "left anterior oblique", (3466, 4010)
)
"""left anterior oblique (SCT 399135007). Included from CID 4010."""

MedialLateral_399260004: _Final[_Code] = _Code(
    "SCT", "399260004", "medial-lateral", (4010, 4014, 7484)
)
"""medial-lateral (SCT 399260004). Included from CID 4010."""

LateralOblique: _Final[_Code] = _Code("SCT", "260427002", "lateral oblique", (4010,))
"""lateral oblique (SCT 260427002). Included from CID 4010."""

LateralMedial_399352003: _Final[_Code] = _Code(
    "SCT", "399352003", "lateral-medial", (4010, 4014, 7302, 7484)
)
"""lateral-medial (SCT 399352003). Included from CID 4010."""

MedialOblique: _Final[_Code] = _Code("SCT", "260426006", "medial oblique", (4010,))
"""medial oblique (SCT 260426006). Included from CID 4010."""

RightLateral: _Final[_Code] = _Code("SCT", "399198007", "right lateral", (4010, 7484))
"""right lateral (SCT 399198007). Included from CID 4010."""

RightOblique: _Final[_Code] = _Code("SCT", "399236003", "right oblique", (4010,))
"""right oblique (SCT 399236003). Included from CID 4010."""

LeftLateral: _Final[_Code] = _Code("SCT", "399173006", "left lateral", (3466, 4010, 7484))
"""left lateral (SCT 399173006). Included from CID 4010."""

LeftOblique: _Final[_Code] = _Code("SCT", "399184004", "left oblique", (4010,))
"""left oblique (SCT 399184004). Included from CID 4010."""

Axial_399061009: _Final[_Code] = _Code("SCT", "399061009", "axial", (4010,))
"""axial (SCT 399061009). Included from CID 4010."""

CranioCaudal: _Final[_Code] = _Code("SCT", "399162004", "cranio-caudal", (4010, 4011, 4014))
"""cranio-caudal (SCT 399162004). Included from CID 4010."""

CaudoCranial: _Final[_Code] = _Code("SCT", "399196006", "caudo-cranial", (4010, 4011, 4014, 7484))
"""caudo-cranial (SCT 399196006). Included from CID 4010."""

ObliqueAxial_399004004: _Final[_Code] = _Code("SCT", "399004004", "oblique axial", (4010,))
"""oblique axial (SCT 399004004). Included from CID 4010."""

ObliqueCranioCaudal: _Final[_Code] = _Code("SCT", "399288005", "oblique cranio-caudal", (4010,))
"""oblique cranio-caudal (SCT 399288005). Included from CID 4010."""

ObliqueCaudoCranial: _Final[_Code] = _Code("SCT", "399225005", "oblique caudo-cranial", (4010,))
"""oblique caudo-cranial (SCT 399225005). Included from CID 4010."""

FrontalObliqueAxial: _Final[_Code] = _Code("SCT", "399132005", "frontal-oblique axial", (4010,))
"""frontal-oblique axial (SCT 399132005). Included from CID 4010."""

SagittalObliqueAxial_399325008: _Final[_Code] = _Code(
    "SCT", "399325008", "sagittal-oblique axial", (4010,)
)
"""sagittal-oblique axial (SCT 399325008). Included from CID 4010."""

Oblique_399182000: _Final[_Code] = _Code("SCT", "399182000", "oblique", (4010,))
"""oblique (SCT 399182000). Included from CID 4010."""

Lateral_399067008: _Final[_Code] = _Code("SCT", "399067008", "lateral", (4010,))
"""lateral (SCT 399067008). Included from CID 4010."""

Tangential: _Final[_Code] = _Code("SCT", "399110001", "tangential", (4010, 4015))
"""tangential (SCT 399110001). Included from CID 4010."""

Submentovertical: _Final[_Code] = _Code("SCT", "399255003", "submentovertical", (4010,))
"""submentovertical (SCT 399255003). Included from CID 4010."""

Verticosubmental: _Final[_Code] = _Code("SCT", "399360002", "verticosubmental", (4010,))
"""verticosubmental (SCT 399360002). Included from CID 4010."""

Plantodorsal: _Final[_Code] = _Code("SCT", "399071006", "plantodorsal", (4010,))
"""plantodorsal (SCT 399071006). Included from CID 4010."""

Dorsoplantar: _Final[_Code] = _Code("SCT", "399335002", "dorsoplantar", (4010, 7484))
"""dorsoplantar (SCT 399335002). Included from CID 4010."""

Parietoacanthial: _Final[_Code] = _Code("SCT", "399272005", "parietoacanthial", (4010,))
"""parietoacanthial (SCT 399272005). Included from CID 4010."""

Acanthioparietal: _Final[_Code] = _Code("SCT", "399242004", "acanthioparietal", (4010,))
"""acanthioparietal (SCT 399242004). Included from CID 4010."""

Orbitoparietal: _Final[_Code] = _Code("SCT", "399351005", "orbitoparietal", (4010,))
"""orbitoparietal (SCT 399351005). Included from CID 4010."""

ParietoOrbital: _Final[_Code] = _Code("SCT", "399316002", "parieto-orbital", (4010,))
"""parieto-orbital (SCT 399316002). Included from CID 4010."""

LateroMedialOblique_399099002: _Final[_Code] = _Code(
    "SCT", "399099002", "latero-medial oblique", (4010, 4014)
)
"""latero-medial oblique (SCT 399099002). Included from CID 4010."""

MedioLateralOblique_399368009: _Final[_Code] = _Code(
    "SCT", "399368009", "medio-lateral oblique", (4010, 4014, 7302)
)
"""medio-lateral oblique (SCT 399368009). Included from CID 4010."""

TissueSpecimen: _Final[_Code] = _Code("SCT", "119376003", "tissue specimen", (4010, 8103))
"""tissue specimen (SCT 119376003). Included from CID 4010."""

OcclusalProjection: _Final[_Code] = _Code("SCT", "260499007", "Occlusal projection", (4010,))
"""Occlusal projection (SCT 260499007). Included from CID 4010."""

ApicalFourChamberRVFocused: _Final[_Code] = _Code(
    "DCM", "130681", "Apical four chamber RV Focused", (12226,)
)
"""Apical four chamber RV Focused (DCM 130681). Included from CID 12226."""

ApicalFourChamberRVModified: _Final[_Code] = _Code(
    "DCM", "130682", "Apical four chamber RV Modified", (12226,)
)
"""Apical four chamber RV Modified (DCM 130682). Included from CID 12226."""

ApicalLongAxis: _Final[_Code] = _Code("SCT", "399339008", "Apical long axis", (12226,))
"""Apical long axis (SCT 399339008). Included from CID 12226."""

ParasternalLongAxis: _Final[_Code] = _Code("SCT", "399139001", "Parasternal long axis", (12226,))
"""Parasternal long axis (SCT 399139001). Included from CID 12226."""

ParasternalLongAxisViewOfTheRVInflowTract: _Final[_Code] = _Code(
    "SCT", "443082005", "Parasternal long axis view of the RV inflow tract", (12226,)
)
"""Parasternal long axis view of the RV inflow tract (SCT 443082005). Included from CID 12226."""

ParasternalLongAxisViewOfTheRVOutflowTract: _Final[_Code] = _Code(
    "SCT", "443083000", "Parasternal long axis view of the RV outflow tract", (12226,)
)
"""Parasternal long axis view of the RV outflow tract (SCT 443083000). Included from CID 12226."""

ParasternalShortAxis: _Final[_Code] = _Code("SCT", "399306005", "Parasternal short axis", (12226,))
"""Parasternal short axis (SCT 399306005). Included from CID 12226."""

ParasternalShortAxisAtTheAorticValveLevel: _Final[_Code] = _Code(
    "SCT", "399239005", "Parasternal short axis at the aortic valve level", (12226,)
)
"""Parasternal short axis at the aortic valve level (SCT 399239005). Included from CID 12226."""

ParasternalShortAxisAtTheLevelOfTheMitralChords: _Final[_Code] = _Code(
    "SCT", "399371001", "Parasternal short axis at the level of the mitral chords", (12226,)
)
"""Parasternal short axis at the level of the mitral chords (SCT 399371001). Included from CID 12226."""

ParasternalShortAxisAtTheMitralValveLevel: _Final[_Code] = _Code(
    "SCT", "399036006", "Parasternal short axis at the Mitral Valve level", (12226,)
)
"""Parasternal short axis at the Mitral Valve level (SCT 399036006). Included from CID 12226."""

ParasternalShortAxisAtThePapillaryMuscleLevel: _Final[_Code] = _Code(
    "SCT", "399271003", "Parasternal short axis at the Papillary Muscle level", (12226,)
)
"""Parasternal short axis at the Papillary Muscle level (SCT 399271003). Included from CID 12226."""

RightVentricularInflowTractView: _Final[_Code] = _Code(
    "SCT", "398998003", "Right Ventricular Inflow Tract View", (12226,)
)
"""Right Ventricular Inflow Tract View (SCT 398998003). Included from CID 12226."""

RightVentricularOutflowTractView: _Final[_Code] = _Code(
    "SCT", "399195005", "Right Ventricular Outflow Tract View", (12226,)
)
"""Right Ventricular Outflow Tract View (SCT 399195005). Included from CID 12226."""

SubcostalLongAxis: _Final[_Code] = _Code("SCT", "399310008", "Subcostal long axis", (12226,))
"""Subcostal long axis (SCT 399310008). Included from CID 12226."""

SubcostalShortAxis: _Final[_Code] = _Code("SCT", "399200001", "Subcostal short axis", (12226,))
"""Subcostal short axis (SCT 399200001). Included from CID 12226."""

SuprasternalLongAxis: _Final[_Code] = _Code("SCT", "399106004", "Suprasternal long axis", (12226,))
"""Suprasternal long axis (SCT 399106004). Included from CID 12226."""

SuprasternalShortAxis: _Final[_Code] = _Code(
    "SCT", "399145009", "Suprasternal short axis", (12226,)
)
"""Suprasternal short axis (SCT 399145009). Included from CID 12226."""

TransesophagealShortAxisView: _Final[_Code] = _Code(
    "SCT", "443698002", "Transesophageal short axis view", (12226,)
)
"""Transesophageal short axis view (SCT 443698002). Included from CID 12226."""

SubcostalViewOfCardiacOutletsDirectedAnteriorly: _Final[_Code] = _Code(
    "SCT", "443100003", "Subcostal view of cardiac outlets directed anteriorly", (12226,)
)
"""Subcostal view of cardiac outlets directed anteriorly (SCT 443100003). Included from CID 12226."""

SubcostalShortAxisViewAtPapillaryMuscleLevel: _Final[_Code] = _Code(
    "SCT", "443160001", "Subcostal short axis view at papillary muscle level", (12226,)
)
"""Subcostal short axis view at papillary muscle level (SCT 443160001). Included from CID 12226."""

SubcostalShortAxisViewAtMitralValveLevel: _Final[_Code] = _Code(
    "SCT", "443499004", "Subcostal short axis view at mitral valve level", (12226,)
)
"""Subcostal short axis view at mitral valve level (SCT 443499004). Included from CID 12226."""

SubcostalShortAxisViewAtAorticValveLevel: _Final[_Code] = _Code(
    "SCT", "443609003", "Subcostal short axis view at aortic valve level", (12226,)
)
"""Subcostal short axis view at aortic valve level (SCT 443609003). Included from CID 12226."""

SubcostalShortAxisViewAtVenousInflowLevel: _Final[_Code] = _Code(
    "SCT", "443500008", "Subcostal short axis view at venous inflow level", (12226,)
)
"""Subcostal short axis view at venous inflow level (SCT 443500008). Included from CID 12226."""

SubcostalObliqueCoronalView: _Final[_Code] = _Code(
    "SCT", "443640005", "Subcostal oblique coronal view", (12226,)
)
"""Subcostal oblique coronal view (SCT 443640005). Included from CID 12226."""

SuprasternalCoronalView: _Final[_Code] = _Code(
    "SCT", "443162009", "Suprasternal coronal view", (12226,)
)
"""Suprasternal coronal view (SCT 443162009). Included from CID 12226."""

SuprasternalSagittalView: _Final[_Code] = _Code(
    "SCT", "443163004", "Suprasternal sagittal view", (12226,)
)
"""Suprasternal sagittal view (SCT 443163004). Included from CID 12226."""

SuprasternalLongAxisViewOfAorticArch: _Final[_Code] = _Code(
    "SCT", "443562002", "Suprasternal long axis view of aortic arch", (12226,)
)
"""Suprasternal long axis view of aortic arch (SCT 443562002). Included from CID 12226."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Coronal,
    Longitudinal,
    Sagittal,
    Parasagittal,
    Oblique_21114003,
    LongAxis,
    OffAxis,
    ShortAxis,
    FiveChamber,
    TwoChamber,
    FourChamber,
    Transverse,
    Axial_24422004,
    RightAnteriorOblique_399108003,
    LeftAnteriorOblique_399074003,
    RightPosteriorOblique_399075002,
    LeftPosteriorOblique_399136008,
    ObliqueAxial_399089007,
    SagittalObliqueAxial_399273000,
    MedialLateral_399012007,
    LateralMedial_399300004,
    RightLateralProjection,
    LeftLateralProjection,
    MedioLateralOblique_399268006,
    LateroMedialOblique_399159002,
    Lateral_49370004,
    AnteriorProjection,
    PosteriorProjection,
    VerticalLongAxis,
    HorizontalLongAxis,
    Frontal,
    FrontalOblique,
    AnteroPosterior,
    AnteroPosteriorOblique,
    RightPosteriorOblique_399038007,
    LeftPosteriorOblique_399006002,
    PosteroAnterior,
    PosteroAnteriorOblique,
    RightAnteriorOblique_399356000,
    LeftAnteriorOblique_399135007,
    MedialLateral_399260004,
    LateralOblique,
    LateralMedial_399352003,
    MedialOblique,
    RightLateral,
    RightOblique,
    LeftLateral,
    LeftOblique,
    Axial_399061009,
    CranioCaudal,
    CaudoCranial,
    ObliqueAxial_399004004,
    ObliqueCranioCaudal,
    ObliqueCaudoCranial,
    FrontalObliqueAxial,
    SagittalObliqueAxial_399325008,
    Oblique_399182000,
    Lateral_399067008,
    Tangential,
    Submentovertical,
    Verticosubmental,
    Plantodorsal,
    Dorsoplantar,
    Parietoacanthial,
    Acanthioparietal,
    Orbitoparietal,
    ParietoOrbital,
    LateroMedialOblique_399099002,
    MedioLateralOblique_399368009,
    TissueSpecimen,
    OcclusalProjection,
    ApicalFourChamberRVFocused,
    ApicalFourChamberRVModified,
    ApicalLongAxis,
    ParasternalLongAxis,
    ParasternalLongAxisViewOfTheRVInflowTract,
    ParasternalLongAxisViewOfTheRVOutflowTract,
    ParasternalShortAxis,
    ParasternalShortAxisAtTheAorticValveLevel,
    ParasternalShortAxisAtTheLevelOfTheMitralChords,
    ParasternalShortAxisAtTheMitralValveLevel,
    ParasternalShortAxisAtThePapillaryMuscleLevel,
    RightVentricularInflowTractView,
    RightVentricularOutflowTractView,
    SubcostalLongAxis,
    SubcostalShortAxis,
    SuprasternalLongAxis,
    SuprasternalShortAxis,
    TransesophagealShortAxisView,
    SubcostalViewOfCardiacOutletsDirectedAnteriorly,
    SubcostalShortAxisViewAtPapillaryMuscleLevel,
    SubcostalShortAxisViewAtMitralValveLevel,
    SubcostalShortAxisViewAtAorticValveLevel,
    SubcostalShortAxisViewAtVenousInflowLevel,
    SubcostalObliqueCoronalView,
    SuprasternalCoronalView,
    SuprasternalSagittalView,
    SuprasternalLongAxisViewOfAorticArch,
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
