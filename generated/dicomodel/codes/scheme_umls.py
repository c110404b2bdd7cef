"""Coding scheme UMLS: UMLS.

45 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "UMLS"
NAME: _Final[str] = "UMLS"
UID: _Final[str | None] = "2.16.840.1.113883.6.86"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

Alphaxalone: _Final[_Code] = _Code("UMLS", "C0051482", "Alphaxalone", (625,))
"""Alphaxalone (UMLS C0051482)."""

AnesthesiaRecoveryPeriod: _Final[_Code] = _Code(
    "UMLS", "C0002908", "Anesthesia recovery period", (634,)
)
"""Anesthesia recovery period (UMLS C0002908)."""

Antihypoglycemic: _Final[_Code] = _Code("UMLS", "C1579431", "Antihypoglycemic", (622,))
"""Antihypoglycemic (UMLS C1579431)."""

Baseline: _Final[_Code] = _Code("UMLS", "C1442488", "Baseline", (6146,))
"""Baseline (UMLS C1442488)."""

CoefficientOfVariance: _Final[_Code] = _Code("UMLS", "C0681921", "Coefficient of Variance", (7464,))
"""Coefficient of Variance (UMLS C0681921)."""

CommercialProduct: _Final[_Code] = _Code("UMLS", "C1547887", "Commercial product", (608,))
"""Commercial product (UMLS C1547887)."""

ConsultingPhysician: _Final[_Code] = _Code(
    "UMLS", "C1441532", "Consulting Physician", (7452, 9536, 9555, 9562)
)
"""Consulting Physician (UMLS C1441532)."""

DistalPhalanx: _Final[_Code] = _Code("UMLS", "C3669027", "Distal phalanx", (7483,))
"""Distal phalanx (UMLS C3669027)."""

EdotreotideGa68: _Final[_Code] = _Code("UMLS", "C2713594", "Edotreotide Ga^68^", (4021,))
"""Edotreotide Ga^68^ (UMLS C2713594)."""

EthidiumBromide: _Final[_Code] = _Code("UMLS", "C0019873", "Ethidium Bromide", (643,))
"""Ethidium Bromide (UMLS C0019873)."""

Fluanisone: _Final[_Code] = _Code("UMLS", "C0060473", "Fluanisone", (625,))
"""Fluanisone (UMLS C0060473)."""

FluoroetanidazoleF18: _Final[_Code] = _Code("UMLS", "C1541539", "Fluoroetanidazole F^18^", (4021,))
"""Fluoroetanidazole F^18^ (UMLS C1541539)."""

FluoropropylDihydrotetrabenazineF18: _Final[_Code] = _Code(
    "UMLS", "C2934038", "Fluoropropyl-dihydrotetrabenazine F^18^", (4021,)
)
"""Fluoropropyl-dihydrotetrabenazine F^18^ (UMLS C2934038)."""

H2Antagonist: _Final[_Code] = _Code("UMLS", "C0019593", "H2 antagonist", (622,))
"""H2 antagonist (UMLS C0019593)."""

HeatLamp: _Final[_Code] = _Code("UMLS", "C0181514", "Heat lamp", (635,))
"""Heat lamp (UMLS C0181514)."""

ISO1F18: _Final[_Code] = _Code("UMLS", "C2981788", "ISO-1 F^18^", (4021,))
"""ISO-1 F^18^ (UMLS C2981788)."""

InfantOfMotherWithGestationalDiabetes: _Final[_Code] = _Code(
    "UMLS", "C0456029", "Infant of mother with gestational diabetes", (3756,)
)
"""Infant of mother with gestational diabetes (UMLS C0456029)."""

Intern: _Final[_Code] = _Code("UMLS", "C1144859", "Intern", (7452,))
"""Intern (UMLS C1144859)."""

InverseRatioVentilation: _Final[_Code] = _Code(
    "UMLS", "C2223982", "Inverse ratio ventilation", (620,)
)
"""Inverse ratio ventilation (UMLS C2223982)."""

KevlarAramidFiber: _Final[_Code] = _Code("UMLS", "C0064329", "Kevlar Aramid Fiber", (10067,))
"""Kevlar Aramid Fiber (UMLS C0064329)."""

MK6240F18: _Final[_Code] = _Code("UMLS", "C4506764", "MK-6240 F^18^", (4021,))
"""MK-6240 F^18^ (UMLS C4506764)."""

Mastectomy: _Final[_Code] = _Code("UMLS", "C0024881", "Mastectomy", (6060,))
"""Mastectomy (UMLS C0024881)."""

MedicalPhysicist: _Final[_Code] = _Code(
    "UMLS", "C1708969", "Medical Physicist", (7452, 9536, 9555, 9562)
)
"""Medical Physicist (UMLS C1708969)."""

Metomidate: _Final[_Code] = _Code("UMLS", "C0025856", "Metomidate", (625,))
"""Metomidate (UMLS C0025856)."""

MiddleEasternOrNorthAfrican: _Final[_Code] = _Code(
    "UMLS", "C5690844", "Middle Eastern or North African", (6099,)
)
"""Middle Eastern or North African (UMLS C5690844)."""

MobileSkinLesion: _Final[_Code] = _Code("UMLS", "C2071496", "Mobile skin lesion", (4407,))
"""Mobile skin lesion (UMLS C2071496)."""

Nadir: _Final[_Code] = _Code("UMLS", "C1708760", "Nadir", (6146,))
"""Nadir (UMLS C1708760)."""

NarcoticAnalgesic: _Final[_Code] = _Code("UMLS", "C0027409", "Narcotic analgesic", (622,))
"""Narcotic analgesic (UMLS C0027409)."""

Neuroradiology: _Final[_Code] = _Code("UMLS", "C2183225", "Neuroradiology", (7030,))
"""Neuroradiology (UMLS C2183225)."""

PK1119511C: _Final[_Code] = _Code("UMLS", "C1609883", "PK11195 ^11^C", (4021,))
"""PK11195 ^11^C (UMLS C1609883)."""

Pretreatment: _Final[_Code] = _Code("UMLS", "C3539075", "Pretreatment", (6146,))
"""Pretreatment (UMLS C3539075)."""

RadiationPhysicist: _Final[_Code] = _Code(
    "UMLS", "C2985483", "Radiation Physicist", (7452, 9536, 9555, 9562)
)
"""Radiation Physicist (UMLS C2985483)."""

Referring: _Final[_Code] = _Code("UMLS", "C1709880", "Referring", (7453,))
"""Referring (UMLS C1709880)."""

RestrictedDiet: _Final[_Code] = _Code("UMLS", "C0425422", "Restricted diet", (609,))
"""Restricted diet (UMLS C0425422)."""

RoomAir: _Final[_Code] = _Code("UMLS", "C3846005", "Room air", (629,))
"""Room air (UMLS C3846005)."""

RootMeanSquare: _Final[_Code] = _Code("UMLS", "C2347976", "Root Mean Square", (7464,))
"""Root Mean Square (UMLS C2347976)."""

Sonographer: _Final[_Code] = _Code("UMLS", "C1954848", "Sonographer", (7452,))
"""Sonographer (UMLS C1954848)."""

THK5317F18: _Final[_Code] = _Code("UMLS", "C4550127", "THK5317 F^18^", (4021,))
"""THK5317 F^18^ (UMLS C4550127)."""

THK5351F18: _Final[_Code] = _Code("UMLS", "C4279748", "THK5351 F^18^", (4021,))
"""THK5351 F^18^ (UMLS C4279748)."""

Thermography: _Final[_Code] = _Code("UMLS", "C0039810", "Thermography", (636,))
"""Thermography (UMLS C0039810)."""

TransgenicAnimal: _Final[_Code] = _Code("UMLS", "C0003069", "Transgenic animal", (602,))
"""Transgenic animal (UMLS C0003069)."""

UCBJC11: _Final[_Code] = _Code("UMLS", "C4506788", "UCB-J C^11^", (4021,))
"""UCB-J C^11^ (UMLS C4506788)."""

UnknownPrimaryNeoplasiaSite: _Final[_Code] = _Code(
    "UMLS", "C0221297", "unknown primary neoplasia site", (7601,)
)
"""unknown primary neoplasia site (UMLS C0221297)."""

Unscheduled: _Final[_Code] = _Code("UMLS", "C1699701", "Unscheduled", (6146,))
"""Unscheduled (UMLS C1699701)."""

Variance: _Final[_Code] = _Code("UMLS", "C1711260", "Variance", (7464,))
"""Variance (UMLS C1711260)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Alphaxalone,
    AnesthesiaRecoveryPeriod,
    Antihypoglycemic,
    Baseline,
    CoefficientOfVariance,
    CommercialProduct,
    ConsultingPhysician,
    DistalPhalanx,
    EdotreotideGa68,
    EthidiumBromide,
    Fluanisone,
    FluoroetanidazoleF18,
    FluoropropylDihydrotetrabenazineF18,
    H2Antagonist,
    HeatLamp,
    ISO1F18,
    InfantOfMotherWithGestationalDiabetes,
    Intern,
    InverseRatioVentilation,
    KevlarAramidFiber,
    MK6240F18,
    Mastectomy,
    MedicalPhysicist,
    Metomidate,
    MiddleEasternOrNorthAfrican,
    MobileSkinLesion,
    Nadir,
    NarcoticAnalgesic,
    Neuroradiology,
    PK1119511C,
    Pretreatment,
    RadiationPhysicist,
    Referring,
    RestrictedDiet,
    RoomAir,
    RootMeanSquare,
    Sonographer,
    THK5317F18,
    THK5351F18,
    Thermography,
    TransgenicAnimal,
    UCBJC11,
    UnknownPrimaryNeoplasiaSite,
    Unscheduled,
    Variance,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
