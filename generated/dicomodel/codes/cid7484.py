"""CID 7484 DX View for Animal.

Extensible, version 20090717, UID 1.2.840.10008.6.1.816.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7484
NAME: _Final[str] = "DX View for Animal"
KEYWORD: _Final[str | None] = "DXViewForAnimal"
UID: _Final[str | None] = "1.2.840.10008.6.1.816"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090717"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CaudodistalCranioproximalOblique: _Final[_Code] = _Code(
    "SCT", "442604001", "Caudodistal-cranioproximal oblique", (7484,)
)
"""Caudodistal-cranioproximal oblique (SCT 442604001)."""

Caudal10DegreeDistalCranioproximalOblique: _Final[_Code] = _Code(
    "DCM", "123019", "Caudal 10 degree distal-cranioproximal oblique", (7484,)
)
"""Caudal 10 degree distal-cranioproximal oblique (DCM 123019)."""

Caudocranial: _Final[_Code] = _Code("SCT", "399196006", "Caudocranial", (4010, 4011, 4014, 7484))
"""Caudocranial (SCT 399196006)."""

DorsoVentral: _Final[_Code] = _Code("SCT", "441672003", "Dorso-ventral", (7484,))
"""Dorso-ventral (SCT 441672003)."""

DorsolateralPalmaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442657000", "Dorsolateral-palmaromedial oblique", (7484,)
)
"""Dorsolateral-palmaromedial oblique (SCT 442657000)."""

Dorsal35DegreeLateralPalmaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442746003", "Dorsal 35 degree lateral-palmaromedial oblique", (7484,)
)
"""Dorsal 35 degree lateral-palmaromedial oblique (SCT 442746003)."""

Dorsal45DegreeLateralPalmaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442597009", "Dorsal 45 degree lateral-palmaromedial oblique", (7484,)
)
"""Dorsal 45 degree lateral-palmaromedial oblique (SCT 442597009)."""

Dorsal60DegreeLateralPalmaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442639001", "Dorsal 60 degree lateral-palmaromedial oblique", (7484,)
)
"""Dorsal 60 degree lateral-palmaromedial oblique (SCT 442639001)."""

DorsolateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442610001", "Dorsolateral-plantaromedial oblique", (7484,)
)
"""Dorsolateral-plantaromedial oblique (SCT 442610001)."""

Dorsal35DegreeLateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442606004", "Dorsal 35 degree lateral-plantaromedial oblique", (7484,)
)
"""Dorsal 35 degree lateral-plantaromedial oblique (SCT 442606004)."""

Dorsal40DegreeLateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442585008", "Dorsal 40 degree lateral-plantaromedial oblique", (7484,)
)
"""Dorsal 40 degree lateral-plantaromedial oblique (SCT 442585008)."""

Dorsal45DegreeLateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442643002", "Dorsal 45 degree lateral-plantaromedial oblique", (7484,)
)
"""Dorsal 45 degree lateral-plantaromedial oblique (SCT 442643002)."""

Dorsal60DegreeLateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442601009", "Dorsal 60 degree lateral-plantaromedial oblique", (7484,)
)
"""Dorsal 60 degree lateral-plantaromedial oblique (SCT 442601009)."""

DorsomedialPalmarolateral: _Final[_Code] = _Code(
    "SCT", "442729001", "Dorsomedial-palmarolateral", (7484,)
)
"""Dorsomedial-palmarolateral (SCT 442729001)."""

Dorsal35DegreeMedialPalmarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442583001", "Dorsal 35 degree medial-palmarolateral oblique", (7484,)
)
"""Dorsal 35 degree medial-palmarolateral oblique (SCT 442583001)."""

Dorsal40DegreeMedialPalmarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442621005", "Dorsal 40 degree medial-palmarolateral oblique", (7484,)
)
"""Dorsal 40 degree medial-palmarolateral oblique (SCT 442621005)."""

Dorsal45DegreeMedialPalmarolateral: _Final[_Code] = _Code(
    "SCT", "442623008", "Dorsal 45 degree medial-palmarolateral", (7484,)
)
"""Dorsal 45 degree medial-palmarolateral (SCT 442623008)."""

Dorsal60DegreeMedialPalmarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442602002", "Dorsal 60 degree medial-palmarolateral oblique", (7484,)
)
"""Dorsal 60 degree medial-palmarolateral oblique (SCT 442602002)."""

DorsomedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442611002", "Dorsomedial-plantarolateral oblique", (7484,)
)
"""Dorsomedial-plantarolateral oblique (SCT 442611002)."""

Dorsal35DegreeMedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442608003", "Dorsal 35 degree medial-plantarolateral oblique", (7484,)
)
"""Dorsal 35 degree medial-plantarolateral oblique (SCT 442608003)."""

Dorsal40DegreeMedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442622003", "Dorsal 40 degree medial-plantarolateral oblique", (7484,)
)
"""Dorsal 40 degree medial-plantarolateral oblique (SCT 442622003)."""

Dorsal45DegreeMedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442600005", "Dorsal 45 degree medial-plantarolateral oblique", (7484,)
)
"""Dorsal 45 degree medial-plantarolateral oblique (SCT 442600005)."""

Dorsal60DegreeMedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442641000", "Dorsal 60 degree medial-plantarolateral oblique", (7484,)
)
"""Dorsal 60 degree medial-plantarolateral oblique (SCT 442641000)."""

Dorsopalmar: _Final[_Code] = _Code("SCT", "441505008", "Dorsopalmar", (7484,))
"""Dorsopalmar (SCT 441505008)."""

Dorsoplantar: _Final[_Code] = _Code("SCT", "399335002", "Dorsoplantar", (4010, 7484))
"""Dorsoplantar (SCT 399335002)."""

DorsoproximalPalmarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442744000", "Dorsoproximal-palmarodistal oblique", (7484,)
)
"""Dorsoproximal-palmarodistal oblique (SCT 442744000)."""

Dorsal65DegreeProximalPalmarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442609006", "Dorsal 65 degree proximal-palmarodistal oblique", (7484,)
)
"""Dorsal 65 degree proximal-palmarodistal oblique (SCT 442609006)."""

DorsoproximalPlantarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442592003", "Dorsoproximal-plantarodistal oblique", (7484,)
)
"""Dorsoproximal-plantarodistal oblique (SCT 442592003)."""

Dorsal65DegreeProximalPlantarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442624002", "Dorsal 65 degree proximal-plantarodistal oblique", (7484,)
)
"""Dorsal 65 degree proximal-plantarodistal oblique (SCT 442624002)."""

DorsorostralVentrocaudalOblique: _Final[_Code] = _Code(
    "SCT", "442659002", "Dorsorostral-ventrocaudal oblique", (7484,)
)
"""Dorsorostral-ventrocaudal oblique (SCT 442659002)."""

Dorsal20DegreeRostralVentrocaudalOblique: _Final[_Code] = _Code(
    "SCT", "442745004", "Dorsal 20 degree rostral-ventrocaudal oblique", (7484,)
)
"""Dorsal 20 degree rostral-ventrocaudal oblique (SCT 442745004)."""

LaterodorsoproximalMediopalmarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442630002", "Laterodorsoproximal-mediopalmarodistal oblique", (7484,)
)
"""Laterodorsoproximal-mediopalmarodistal oblique (SCT 442630002)."""

Lateral45DegDorsal50DegProximalMediopalmarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442582006", "Lateral 45 deg dorsal 50 deg proximal-mediopalmarodistal oblique", (7484,)
)
"""Lateral 45 deg dorsal 50 deg proximal-mediopalmarodistal oblique (SCT 442582006)."""

LaterodorsoproximalMedioplantarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442631003", "Laterodorsoproximal-medioplantarodistal oblique", (7484,)
)
"""Laterodorsoproximal-medioplantarodistal oblique (SCT 442631003)."""

Lateral45DegDorsal50DegProximalMedioplantarodistalObliq: _Final[_Code] = _Code(
    "SCT", "442661006", "Lateral 45 deg dorsal 50 deg proximal-medioplantarodistal obliq", (7484,)
)
"""Lateral 45 deg dorsal 50 deg proximal-medioplantarodistal obliq (SCT 442661006)."""

Lateromedial: _Final[_Code] = _Code("SCT", "399352003", "Lateromedial", (4010, 4014, 7302, 7484))
"""Lateromedial (SCT 399352003)."""

LeftCaudalRightRostralOblique: _Final[_Code] = _Code(
    "SCT", "442638009", "Left caudal-right rostral oblique", (7484,)
)
"""Left caudal-right rostral oblique (SCT 442638009)."""

Left30DegreeCaudalRightRostralOblique: _Final[_Code] = _Code(
    "SCT", "442596000", "Left 30 degree caudal-right rostral oblique", (7484,)
)
"""Left 30 degree caudal-right rostral oblique (SCT 442596000)."""

LeftDorsalRightVentralOblique: _Final[_Code] = _Code(
    "SCT", "442644008", "Left dorsal-right ventral oblique", (7484,)
)
"""Left dorsal-right ventral oblique (SCT 442644008)."""

Left20DegreeDorsalRightVentralOblique: _Final[_Code] = _Code(
    "SCT", "442748002", "Left 20 degree dorsal-right ventral oblique", (7484,)
)
"""Left 20 degree dorsal-right ventral oblique (SCT 442748002)."""

Left45DegreeDorsalRightVentralOblique: _Final[_Code] = _Code(
    "SCT", "442598004", "Left 45 degree dorsal-right ventral oblique", (7484,)
)
"""Left 45 degree dorsal-right ventral oblique (SCT 442598004)."""

LeftRostralRightCaudalOblique: _Final[_Code] = _Code(
    "SCT", "442645009", "Left rostral-right caudal oblique", (7484,)
)
"""Left rostral-right caudal oblique (SCT 442645009)."""

Left20DegreeRostralRightCaudalOblique: _Final[_Code] = _Code(
    "SCT", "442632005", "Left 20 degree rostral-right caudal oblique", (7484,)
)
"""Left 20 degree rostral-right caudal oblique (SCT 442632005)."""

LeftVentralRightDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442739007", "Left ventral-right dorsal oblique", (7484,)
)
"""Left ventral-right dorsal oblique (SCT 442739007)."""

Left20DegreeVentralRightDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442636008", "Left 20 degree ventral-right dorsal oblique", (7484,)
)
"""Left 20 degree ventral-right dorsal oblique (SCT 442636008)."""

Left45DegreeVentralRightDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442599007", "Left 45 degree ventral-right dorsal oblique", (7484,)
)
"""Left 45 degree ventral-right dorsal oblique (SCT 442599007)."""

LeftRightLateral: _Final[_Code] = _Code("SCT", "399198007", "Left-right lateral", (4010, 7484))
"""Left-right lateral (SCT 399198007)."""

Mediolateral: _Final[_Code] = _Code("SCT", "399260004", "Mediolateral", (4010, 4014, 7484))
"""Mediolateral (SCT 399260004)."""

PalmaromedialDorsolateral: _Final[_Code] = _Code(
    "SCT", "442742001", "Palmaromedial-dorsolateral", (7484,)
)
"""Palmaromedial-dorsolateral (SCT 442742001)."""

Palmar45DegreeMedialDorsolateral: _Final[_Code] = _Code(
    "SCT", "442740009", "Palmar 45 degree medial-dorsolateral", (7484,)
)
"""Palmar 45 degree medial-dorsolateral (SCT 442740009)."""

PalmaroproximalDorsodistalOblique: _Final[_Code] = _Code(
    "SCT", "442674000", "Palmaroproximal-dorsodistal oblique", (7484,)
)
"""Palmaroproximal-dorsodistal oblique (SCT 442674000)."""

Palmar75DegreeProximalDorsodistalOblique: _Final[_Code] = _Code(
    "SCT", "442591005", "Palmar 75 degree proximal-dorsodistal oblique", (7484,)
)
"""Palmar 75 degree proximal-dorsodistal oblique (SCT 442591005)."""

PlantarolateralDorsomedialOblique: _Final[_Code] = _Code(
    "SCT", "442658005", "Plantarolateral-dorsomedial oblique", (7484,)
)
"""Plantarolateral-dorsomedial oblique (SCT 442658005)."""

Plantar60DegreeLateralDorsomedialOblique: _Final[_Code] = _Code(
    "SCT", "442675004", "Plantar 60 degree lateral-dorsomedial oblique", (7484,)
)
"""Plantar 60 degree lateral-dorsomedial oblique (SCT 442675004)."""

PlantaroproximalDorsodistalOblique: _Final[_Code] = _Code(
    "SCT", "442625001", "Plantaroproximal-dorsodistal oblique", (7484,)
)
"""Plantaroproximal-dorsodistal oblique (SCT 442625001)."""

Plantar75DegreeProximalDorsodistalOblique: _Final[_Code] = _Code(
    "SCT", "442603007", "Plantar 75 degree proximal-dorsodistal oblique", (7484,)
)
"""Plantar 75 degree proximal-dorsodistal oblique (SCT 442603007)."""

ProximoDistal: _Final[_Code] = _Code("SCT", "442626000", "Proximo-distal", (7484,))
"""Proximo-distal (SCT 442626000)."""

RightCaudalLeftRostralOblique: _Final[_Code] = _Code(
    "SCT", "442629007", "Right caudal-left rostral oblique", (7484,)
)
"""Right caudal-left rostral oblique (SCT 442629007)."""

Right30DegreeCaudalLeftRostralOblique: _Final[_Code] = _Code(
    "SCT", "442605000", "Right 30 degree caudal-left rostral oblique", (7484,)
)
"""Right 30 degree caudal-left rostral oblique (SCT 442605000)."""

RightDorsalLeftVentralOblique: _Final[_Code] = _Code(
    "SCT", "442607008", "Right dorsal-left ventral oblique", (7484,)
)
"""Right dorsal-left ventral oblique (SCT 442607008)."""

Right20DegreeDorsalLeftVentralOblique: _Final[_Code] = _Code(
    "SCT", "442627009", "Right 20 degree dorsal-left ventral oblique", (7484,)
)
"""Right 20 degree dorsal-left ventral oblique (SCT 442627009)."""

Right45DegreeDorsalLeftVentralOblique: _Final[_Code] = _Code(
    "SCT", "442660007", "Right 45 degree dorsal-left ventral oblique", (7484,)
)
"""Right 45 degree dorsal-left ventral oblique (SCT 442660007)."""

RightRostralLeftCaudalOblique: _Final[_Code] = _Code(
    "SCT", "442747007", "Right rostral-left caudal oblique", (7484,)
)
"""Right rostral-left caudal oblique (SCT 442747007)."""

Right20DegreeRostralLeftCaudalOblique: _Final[_Code] = _Code(
    "SCT", "442743006", "Right 20 degree rostral-left caudal oblique", (7484,)
)
"""Right 20 degree rostral-left caudal oblique (SCT 442743006)."""

RightVentralLeftDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442595001", "Right ventral-left dorsal oblique", (7484,)
)
"""Right ventral-left dorsal oblique (SCT 442595001)."""

Right20DegreeVentralLeftDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442612009", "Right 20 degree ventral-left dorsal oblique", (7484,)
)
"""Right 20 degree ventral-left dorsal oblique (SCT 442612009)."""

Right45DegreeVentralLeftDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442628004", "Right 45 degree ventral-left dorsal oblique", (7484,)
)
"""Right 45 degree ventral-left dorsal oblique (SCT 442628004)."""

RightLeftLateral: _Final[_Code] = _Code(
    "SCT", "399173006", "Right-left lateral", (3466, 4010, 7484)
)
"""Right-left lateral (SCT 399173006)."""

Rostrocaudal: _Final[_Code] = _Code("SCT", "442690000", "Rostrocaudal", (7484,))
"""Rostrocaudal (SCT 442690000)."""

RostrodorsalCaudoventralOblique: _Final[_Code] = _Code(
    "SCT", "442637004", "Rostrodorsal-caudoventral oblique", (7484,)
)
"""Rostrodorsal-caudoventral oblique (SCT 442637004)."""

Rostral20DegreeDorsalCaudoventralOblique: _Final[_Code] = _Code(
    "SCT", "442730006", "Rostral 20 degree dorsal-caudoventral oblique", (7484,)
)
"""Rostral 20 degree dorsal-caudoventral oblique (SCT 442730006)."""

RostroventralCaudodorsal: _Final[_Code] = _Code(
    "SCT", "442586009", "Rostroventral-caudodorsal", (7484,)
)
"""Rostroventral-caudodorsal (SCT 442586009)."""

Rostral30DegreeVentralCaudodorsal: _Final[_Code] = _Code(
    "SCT", "442588005", "Rostral 30 degree ventral-caudodorsal", (7484,)
)
"""Rostral 30 degree ventral-caudodorsal (SCT 442588005)."""

VentralLeftDorsalRightOblique: _Final[_Code] = _Code(
    "SCT", "442590006", "Ventral left-dorsal right oblique", (7484,)
)
"""Ventral left-dorsal right oblique (SCT 442590006)."""

Ventral30DegreeLeftDorsalRightOblique: _Final[_Code] = _Code(
    "SCT", "442589002", "Ventral 30 degree left-dorsal right oblique", (7484,)
)
"""Ventral 30 degree left-dorsal right oblique (SCT 442589002)."""

VentralRightDorsalLeftOblique: _Final[_Code] = _Code(
    "SCT", "442738004", "Ventral right-dorsal left oblique", (7484,)
)
"""Ventral right-dorsal left oblique (SCT 442738004)."""

Ventral30DegreeRightDorsalLeftOblique: _Final[_Code] = _Code(
    "SCT", "442587000", "Ventral 30 degree right-dorsal left oblique", (7484,)
)
"""Ventral 30 degree right-dorsal left oblique (SCT 442587000)."""

VentroDorsal: _Final[_Code] = _Code("SCT", "442441009", "Ventro-dorsal", (7484,))
"""Ventro-dorsal (SCT 442441009)."""

VentrorostralDorsocaudalOblique: _Final[_Code] = _Code(
    "SCT", "442741008", "Ventrorostral-dorsocaudal oblique", (7484,)
)
"""Ventrorostral-dorsocaudal oblique (SCT 442741008)."""

Ventral20DegreeRostralDorsocaudalOblique: _Final[_Code] = _Code(
    "SCT", "442721003", "Ventral 20 degree rostral-dorsocaudal oblique", (7484,)
)
"""Ventral 20 degree rostral-dorsocaudal oblique (SCT 442721003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CaudodistalCranioproximalOblique,
    Caudal10DegreeDistalCranioproximalOblique,
    Caudocranial,
    DorsoVentral,
    DorsolateralPalmaromedialOblique,
    Dorsal35DegreeLateralPalmaromedialOblique,
    Dorsal45DegreeLateralPalmaromedialOblique,
    Dorsal60DegreeLateralPalmaromedialOblique,
    DorsolateralPlantaromedialOblique,
    Dorsal35DegreeLateralPlantaromedialOblique,
    Dorsal40DegreeLateralPlantaromedialOblique,
    Dorsal45DegreeLateralPlantaromedialOblique,
    Dorsal60DegreeLateralPlantaromedialOblique,
    DorsomedialPalmarolateral,
    Dorsal35DegreeMedialPalmarolateralOblique,
    Dorsal40DegreeMedialPalmarolateralOblique,
    Dorsal45DegreeMedialPalmarolateral,
    Dorsal60DegreeMedialPalmarolateralOblique,
    DorsomedialPlantarolateralOblique,
    Dorsal35DegreeMedialPlantarolateralOblique,
    Dorsal40DegreeMedialPlantarolateralOblique,
    Dorsal45DegreeMedialPlantarolateralOblique,
    Dorsal60DegreeMedialPlantarolateralOblique,
    Dorsopalmar,
    Dorsoplantar,
    DorsoproximalPalmarodistalOblique,
    Dorsal65DegreeProximalPalmarodistalOblique,
    DorsoproximalPlantarodistalOblique,
    Dorsal65DegreeProximalPlantarodistalOblique,
    DorsorostralVentrocaudalOblique,
    Dorsal20DegreeRostralVentrocaudalOblique,
    LaterodorsoproximalMediopalmarodistalOblique,
    Lateral45DegDorsal50DegProximalMediopalmarodistalOblique,
    LaterodorsoproximalMedioplantarodistalOblique,
    Lateral45DegDorsal50DegProximalMedioplantarodistalObliq,
    Lateromedial,
    LeftCaudalRightRostralOblique,
    Left30DegreeCaudalRightRostralOblique,
    LeftDorsalRightVentralOblique,
    Left20DegreeDorsalRightVentralOblique,
    Left45DegreeDorsalRightVentralOblique,
    LeftRostralRightCaudalOblique,
    Left20DegreeRostralRightCaudalOblique,
    LeftVentralRightDorsalOblique,
    Left20DegreeVentralRightDorsalOblique,
    Left45DegreeVentralRightDorsalOblique,
    LeftRightLateral,
    Mediolateral,
    PalmaromedialDorsolateral,
    Palmar45DegreeMedialDorsolateral,
    PalmaroproximalDorsodistalOblique,
    Palmar75DegreeProximalDorsodistalOblique,
    PlantarolateralDorsomedialOblique,
    Plantar60DegreeLateralDorsomedialOblique,
    PlantaroproximalDorsodistalOblique,
    Plantar75DegreeProximalDorsodistalOblique,
    ProximoDistal,
    RightCaudalLeftRostralOblique,
    Right30DegreeCaudalLeftRostralOblique,
    RightDorsalLeftVentralOblique,
    Right20DegreeDorsalLeftVentralOblique,
    Right45DegreeDorsalLeftVentralOblique,
    RightRostralLeftCaudalOblique,
    Right20DegreeRostralLeftCaudalOblique,
    RightVentralLeftDorsalOblique,
    Right20DegreeVentralLeftDorsalOblique,
    Right45DegreeVentralLeftDorsalOblique,
    RightLeftLateral,
    Rostrocaudal,
    RostrodorsalCaudoventralOblique,
    Rostral20DegreeDorsalCaudoventralOblique,
    RostroventralCaudodorsal,
    Rostral30DegreeVentralCaudodorsal,
    VentralLeftDorsalRightOblique,
    Ventral30DegreeLeftDorsalRightOblique,
    VentralRightDorsalLeftOblique,
    Ventral30DegreeRightDorsalLeftOblique,
    VentroDorsal,
    VentrorostralDorsocaudalOblique,
    Ventral20DegreeRostralDorsocaudalOblique,
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
