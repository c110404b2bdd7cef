"""CID 4021 PET Radiopharmaceutical.

Extensible, version 20221201, UID 1.2.840.10008.6.1.305.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4021
NAME: _Final[str] = "PET Radiopharmaceutical"
KEYWORD: _Final[str | None] = "PETRadiopharmaceutical"
UID: _Final[str | None] = "1.2.840.10008.6.1.305"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221201"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V28H189Zr: _Final[_Code] = _Code("DCM", "126752", "28H1 ^89^Zr", (4021,))
"""28H1 ^89^Zr (DCM 126752)."""

V2FAF18: _Final[_Code] = _Code("DCM", "126713", "2FA F^18^", (4021,))
"""2FA F^18^ (DCM 126713)."""

V7D1289Zr: _Final[_Code] = _Code("DCM", "126751", "7D12 ^89^Zr", (4021,))
"""7D12 ^89^Zr (DCM 126751)."""

V7E1189Zr: _Final[_Code] = _Code("DCM", "126750", "7E11 ^89^Zr", (4021,))
"""7E11 ^89^Zr (DCM 126750)."""

AcetateC11: _Final[_Code] = _Code("SCT", "129513004", "Acetate C^11^", (4021,))
"""Acetate C^11^ (SCT 129513004)."""

AGN15099889Zr: _Final[_Code] = _Code("DCM", "126729", "AGN-150998 ^89^Zr", (4021,))
"""AGN-150998 ^89^Zr (DCM 126729)."""

AmmoniaN13: _Final[_Code] = _Code("SCT", "129508003", "Ammonia N^13^", (4021,))
"""Ammonia N^13^ (SCT 129508003)."""

AntiB22089Zr: _Final[_Code] = _Code("DCM", "126754", "Anti-B220 ^89^Zr", (4021,))
"""Anti-B220 ^89^Zr (DCM 126754)."""

ATSMCu60: _Final[_Code] = _Code("DCM", "126700", "ATSM Cu^60^", (4021,))
"""ATSM Cu^60^ (DCM 126700)."""

ATSMCu61: _Final[_Code] = _Code("DCM", "126701", "ATSM Cu^61^", (4021,))
"""ATSM Cu^61^ (DCM 126701)."""

ATSMCu62: _Final[_Code] = _Code("DCM", "126702", "ATSM Cu^62^", (4021,))
"""ATSM Cu^62^ (DCM 126702)."""

ATSMCu64: _Final[_Code] = _Code("SCT", "422855001", "ATSM Cu^64^", (4021,))
"""ATSM Cu^64^ (SCT 422855001)."""

Benralizumab89Zr: _Final[_Code] = _Code("DCM", "126722", "Benralizumab ^89^Zr", (4021,))
"""Benralizumab ^89^Zr (DCM 126722)."""

Bevacizumab89Zr: _Final[_Code] = _Code("DCM", "126516", "Bevacizumab ^89^Zr", (4021,))
"""Bevacizumab ^89^Zr (DCM 126516)."""

Blinatumomab89Zr: _Final[_Code] = _Code("DCM", "126727", "Blinatumomab ^89^Zr", (4021,))
"""Blinatumomab ^89^Zr (DCM 126727)."""

Brentuximab89Zr: _Final[_Code] = _Code("DCM", "126735", "Brentuximab ^89^Zr", (4021,))
"""Brentuximab ^89^Zr (DCM 126735)."""

ButanolO15: _Final[_Code] = _Code("SCT", "422540000", "Butanol O^15^", (4021,))
"""Butanol O^15^ (SCT 422540000)."""

CarbonDioxideO15: _Final[_Code] = _Code("SCT", "129507008", "Carbon dioxide O^15^", (4021,))
"""Carbon dioxide O^15^ (SCT 129507008)."""

CarbonMonoxideC11: _Final[_Code] = _Code("SCT", "129515006", "Carbon monoxide C^11^", (4021,))
"""Carbon monoxide C^11^ (SCT 129515006)."""

CarbonMonoxideO15: _Final[_Code] = _Code("SCT", "129506004", "Carbon monoxide O^15^", (4021,))
"""Carbon monoxide O^15^ (SCT 129506004)."""

CarfentanilC11: _Final[_Code] = _Code("SCT", "129511002", "Carfentanil C^11^", (4021,))
"""Carfentanil C^11^ (SCT 129511002)."""

Cetuximab89Zr: _Final[_Code] = _Code("DCM", "126513", "Cetuximab ^89^Zr", (4021,))
"""Cetuximab ^89^Zr (DCM 126513)."""

Cg250FAb289Zr: _Final[_Code] = _Code("DCM", "126517", "cG250-F(ab')(2) ^89^Zr", (4021,))
"""cG250-F(ab')(2) ^89^Zr (DCM 126517)."""

CholineC11: _Final[_Code] = _Code("DCM", "126703", "Choline C^11^", (4021,))
"""Choline C^11^ (DCM 126703)."""

CLR1404I124: _Final[_Code] = _Code("DCM", "126715", "CLR1404 I^124^", (4021,))
"""CLR1404 I^124^ (DCM 126715)."""

CLR1404I131: _Final[_Code] = _Code("DCM", "126716", "CLR1404 I^131^", (4021,))
"""CLR1404 I^131^ (DCM 126716)."""

CmabU3689Zr: _Final[_Code] = _Code("DCM", "126746", "cMAb U36 ^89^Zr", (4021,))
"""cMAb U36 ^89^Zr (DCM 126746)."""

Cu3689Zr: _Final[_Code] = _Code("DCM", "126515", "cU36 ^89^Zr", (4021,))
"""cU36 ^89^Zr (DCM 126515)."""

DCFBCF18: _Final[_Code] = _Code("NCIt", "C96234", "DCFBC F^18^", (4021,))
"""DCFBC F^18^ (NCIt C96234)."""

PiflufolastatF18: _Final[_Code] = _Code("NCIt", "C116352", "Piflufolastat F^18^", (4021,))
"""Piflufolastat F^18^ (NCIt C116352)."""

DfFK289Zr: _Final[_Code] = _Code("DCM", "126762", "Df-[FK](2) ^89^Zr", (4021,))
"""Df-[FK](2) ^89^Zr (DCM 126762)."""

DfFK23PEG489Zr: _Final[_Code] = _Code("DCM", "126763", "Df-[FK](2)-3PEG(4) ^89^Zr", (4021,))
"""Df-[FK](2)-3PEG(4) ^89^Zr (DCM 126763)."""

DfCD4589Zr: _Final[_Code] = _Code("DCM", "126520", "Df-CD45 ^89^Zr", (4021,))
"""Df-CD45 ^89^Zr (DCM 126520)."""

DfFK89Zr: _Final[_Code] = _Code("DCM", "126760", "Df-FK ^89^Zr", (4021,))
"""Df-FK ^89^Zr (DCM 126760)."""

DfFKPEG389Zr: _Final[_Code] = _Code("DCM", "126761", "Df-FK-PEG(3) ^89^Zr", (4021,))
"""Df-FK-PEG(3) ^89^Zr (DCM 126761)."""

DN3089Zr: _Final[_Code] = _Code("DCM", "126747", "DN30 ^89^Zr", (4021,))
"""DN30 ^89^Zr (DCM 126747)."""

DPA71311C: _Final[_Code] = _Code("DCM", "126765", "DPA-713 ^11^C", (4021,))
"""DPA-713 ^11^C (DCM 126765)."""

DPA71418F: _Final[_Code] = _Code("DCM", "126766", "DPA-714 ^18^F", (4021,))
"""DPA-714 ^18^F (DCM 126766)."""

E4G1089Zr: _Final[_Code] = _Code("DCM", "126519", "E4G10 ^89^Zr", (4021,))
"""E4G10 ^89^Zr (DCM 126519)."""

Ecromeximab89Zr: _Final[_Code] = _Code("DCM", "126732", "Ecromeximab ^89^Zr", (4021,))
"""Ecromeximab ^89^Zr (DCM 126732)."""

EdotreotideGa68: _Final[_Code] = _Code("UMLS", "C2713594", "Edotreotide Ga^68^", (4021,))
"""Edotreotide Ga^68^ (UMLS C2713594)."""

EDTAGa68: _Final[_Code] = _Code("SCT", "423498000", "EDTA Ga^68^", (4021,))
"""EDTA Ga^68^ (SCT 423498000)."""

FallyprideC11: _Final[_Code] = _Code("DCM", "126704", "Fallypride C^11^", (4021,))
"""Fallypride C^11^ (DCM 126704)."""

FallyprideF18: _Final[_Code] = _Code("DCM", "126705", "Fallypride F^18^", (4021,))
"""Fallypride F^18^ (DCM 126705)."""

FLB457C11: _Final[_Code] = _Code("DCM", "126706", "FLB 457 C^11^", (4021,))
"""FLB 457 C^11^ (DCM 126706)."""

FlorbetabenF18: _Final[_Code] = _Code("SCT", "712736002", "Florbetaben F^18^", (4021,))
"""Florbetaben F^18^ (SCT 712736002)."""

FlorbetapirF18: _Final[_Code] = _Code("SCT", "456995000", "Florbetapir F^18^", (4021,))
"""Florbetapir F^18^ (SCT 456995000)."""

FlortaucipirF18: _Final[_Code] = _Code("SCT", "879808000", "Flortaucipir F^18^", (4021,))
"""Flortaucipir F^18^ (SCT 879808000)."""

FlubatineF18: _Final[_Code] = _Code("DCM", "126503", "Flubatine F^18^", (4021,))
"""Flubatine F^18^ (DCM 126503)."""

FluciclatideF18: _Final[_Code] = _Code("SCT", "456999006", "Fluciclatide F^18^", (4021,))
"""Fluciclatide F^18^ (SCT 456999006)."""

FluciclovineF18: _Final[_Code] = _Code("SCT", "457000009", "Fluciclovine F^18^", (4021,))
"""Fluciclovine F^18^ (SCT 457000009)."""

FlumazenilC11: _Final[_Code] = _Code("SCT", "423543007", "Flumazenil C^11^", (4021,))
"""Flumazenil C^11^ (SCT 423543007)."""

FlumazenilF18: _Final[_Code] = _Code("SCT", "422975006", "Flumazenil F^18^", (4021,))
"""Flumazenil F^18^ (SCT 422975006)."""

FluorethyltyrosinF18: _Final[_Code] = _Code("SCT", "424708001", "Fluorethyltyrosin F^18^", (4021,))
"""Fluorethyltyrosin F^18^ (SCT 424708001)."""

FluorobenzothiazoleF18: _Final[_Code] = _Code(
    "SCT", "423546004", "Fluorobenzothiazole F^18^", (4021,)
)
"""Fluorobenzothiazole F^18^ (SCT 423546004)."""

FluorocholineF18: _Final[_Code] = _Code("SCT", "456992002", "Fluorocholine F^18^", (4021,))
"""Fluorocholine F^18^ (SCT 456992002)."""

FluorodeoxyglucoseF18: _Final[_Code] = _Code(
    "SCT", "35321007", "Fluorodeoxyglucose F^18^", (25, 3107, 4021)
)
"""Fluorodeoxyglucose F^18^ (SCT 35321007)."""

FluoroestradiolF18: _Final[_Code] = _Code("SCT", "926372005", "Fluoroestradiol F^18^", (4021,))
"""Fluoroestradiol F^18^ (SCT 926372005)."""

FluoroetanidazoleF18: _Final[_Code] = _Code("UMLS", "C1541539", "Fluoroetanidazole F^18^", (4021,))
"""Fluoroetanidazole F^18^ (UMLS C1541539)."""

FluoroLDopaF18: _Final[_Code] = _Code("SCT", "5811000122108", "Fluoro-L-dopa F^18^", (4021,))
"""Fluoro-L-dopa F^18^ (SCT 5811000122108)."""

FluoromethaneF18: _Final[_Code] = _Code("SCT", "422763008", "Fluoromethane F^18^", (4021,))
"""Fluoromethane F^18^ (SCT 422763008)."""

FluoromisonidazoleF18: _Final[_Code] = _Code(
    "SCT", "422598008", "Fluoromisonidazole F^18^", (4021,)
)
"""Fluoromisonidazole F^18^ (SCT 422598008)."""

FluoropropylDihydrotetrabenazineF18: _Final[_Code] = _Code(
    "UMLS", "C2934038", "Fluoropropyl-dihydrotetrabenazine F^18^", (4021,)
)
"""Fluoropropyl-dihydrotetrabenazine F^18^ (UMLS C2934038)."""

FluorotrioprideF18: _Final[_Code] = _Code("DCM", "126707", "Fluorotriopride F^18^", (4021,))
"""Fluorotriopride F^18^ (DCM 126707)."""

FluorouracilF18: _Final[_Code] = _Code("SCT", "425236000", "Fluorouracil F^18^", (4021,))
"""Fluorouracil F^18^ (SCT 425236000)."""

FlurpiridazF18: _Final[_Code] = _Code("DCM", "126718", "Flurpiridaz F^18^", (4021,))
"""Flurpiridaz F^18^ (DCM 126718)."""

FlutemetamolF18: _Final[_Code] = _Code("SCT", "456997008", "Flutemetamol F^18^", (4021,))
"""Flutemetamol F^18^ (SCT 456997008)."""

Fresolimumab89Zr: _Final[_Code] = _Code("DCM", "126748", "Fresolimumab ^89^Zr", (4021,))
"""Fresolimumab ^89^Zr (DCM 126748)."""

GA20189Zr: _Final[_Code] = _Code("DCM", "126731", "GA201 ^89^Zr", (4021,))
"""GA201 ^89^Zr (DCM 126731)."""

GermaniumGe68: _Final[_Code] = _Code("SCT", "53315004", "Germanium Ge^68^", (4020, 4021))
"""Germanium Ge^68^ (SCT 53315004)."""

GlembatumumabVedotin89Zr: _Final[_Code] = _Code(
    "DCM", "126724", "Glembatumumab vedotin ^89^Zr", (4021,)
)
"""Glembatumumab vedotin ^89^Zr (DCM 126724)."""

GlutamateN13: _Final[_Code] = _Code("SCT", "129509006", "Glutamate N^13^", (4021,))
"""Glutamate N^13^ (SCT 129509006)."""

GlutamineC11: _Final[_Code] = _Code("DCM", "126709", "Glutamine C^11^", (4021,))
"""Glutamine C^11^ (DCM 126709)."""

GlutamineC14: _Final[_Code] = _Code("DCM", "126710", "Glutamine C^14^", (4021,))
"""Glutamine C^14^ (DCM 126710)."""

GlutamineF18: _Final[_Code] = _Code("DCM", "126711", "Glutamine F^18^", (4021,))
"""Glutamine F^18^ (DCM 126711)."""

ISO1F18: _Final[_Code] = _Code("UMLS", "C2981788", "ISO-1 F^18^", (4021,))
"""ISO-1 F^18^ (UMLS C2981788)."""

J59189Zr: _Final[_Code] = _Code("DCM", "126514", "J591 ^89^Zr", (4021,))
"""J591 ^89^Zr (DCM 126514)."""

Margetuximab89Zr: _Final[_Code] = _Code("DCM", "126740", "Margetuximab ^89^Zr", (4021,))
"""Margetuximab ^89^Zr (DCM 126740)."""

MEDI55189Zr: _Final[_Code] = _Code("DCM", "126730", "MEDI-551 ^89^Zr", (4021,))
"""MEDI-551 ^89^Zr (DCM 126730)."""

MespiperoneC11: _Final[_Code] = _Code("SCT", "424789007", "Mespiperone C^11^", (4021,))
"""Mespiperone C^11^ (SCT 424789007)."""

MethionineC11: _Final[_Code] = _Code("SCT", "129510001", "Methionine C^11^", (4021,))
"""Methionine C^11^ (SCT 129510001)."""

MK6240F18: _Final[_Code] = _Code("UMLS", "C4506764", "MK-6240 F^18^", (4021,))
"""MK-6240 F^18^ (UMLS C4506764)."""

Mogamulizumab89Zr: _Final[_Code] = _Code("DCM", "126738", "Mogamulizumab ^89^Zr", (4021,))
"""Mogamulizumab ^89^Zr (DCM 126738)."""

MonoclonalAntibody64Cu: _Final[_Code] = _Code(
    "DCM", "126510", "Monoclonal Antibody ^64^Cu", (4021,)
)
"""Monoclonal Antibody ^64^Cu (DCM 126510)."""

MonoclonalAntibody89Zr: _Final[_Code] = _Code(
    "DCM", "126511", "Monoclonal Antibody ^89^Zr", (4021,)
)
"""Monoclonal Antibody ^89^Zr (DCM 126511)."""

MonoclonalAntibodyI124: _Final[_Code] = _Code(
    "SCT", "423249007", "Monoclonal antibody I^124^", (4021,)
)
"""Monoclonal antibody I^124^ (SCT 423249007)."""

NanocolloidalAlbumin89Zr: _Final[_Code] = _Code(
    "DCM", "126753", "Nanocolloidal albumin ^89^Zr", (4021,)
)
"""Nanocolloidal albumin ^89^Zr (DCM 126753)."""

NifeneF18: _Final[_Code] = _Code("DCM", "126714", "Nifene F^18^", (4021,))
"""Nifene F^18^ (DCM 126714)."""

Obinituzimab89Zr: _Final[_Code] = _Code("DCM", "126721", "Obinituzimab ^89^Zr", (4021,))
"""Obinituzimab ^89^Zr (DCM 126721)."""

Ocaratuzumab89Zr: _Final[_Code] = _Code("DCM", "126723", "Ocaratuzumab ^89^Zr", (4021,))
"""Ocaratuzumab ^89^Zr (DCM 126723)."""

OxygenO15: _Final[_Code] = _Code("SCT", "129504001", "Oxygen O^15^", (4020, 4021))
"""Oxygen O^15^ (SCT 129504001)."""

OxygenWaterO15: _Final[_Code] = _Code("SCT", "129505000", "Oxygen-water O^15^", (4021,))
"""Oxygen-water O^15^ (SCT 129505000)."""

PalmitateC11: _Final[_Code] = _Code("SCT", "129514005", "Palmitate C^11^", (4021,))
"""Palmitate C^11^ (SCT 129514005)."""

Panitumumab89Zr: _Final[_Code] = _Code("DCM", "126736", "Panitumumab ^89^Zr", (4021,))
"""Panitumumab ^89^Zr (DCM 126736)."""

Pegdinetanib89Zr: _Final[_Code] = _Code("DCM", "126728", "Pegdinetanib ^89^Zr", (4021,))
"""Pegdinetanib ^89^Zr (DCM 126728)."""

PinatuzumabVedotin89Zr: _Final[_Code] = _Code(
    "DCM", "126725", "Pinatuzumab vedotin ^89^Zr", (4021,)
)
"""Pinatuzumab vedotin ^89^Zr (DCM 126725)."""

PittsburghCompoundBC11: _Final[_Code] = _Code(
    "DCM", "126500", "Pittsburgh compound B C^11^", (4021,)
)
"""Pittsburgh compound B C^11^ (DCM 126500)."""

PK1119511C: _Final[_Code] = _Code("UMLS", "C1609883", "PK11195 ^11^C", (4021,))
"""PK11195 ^11^C (UMLS C1609883)."""

PolatuzumabVedotin89Zr: _Final[_Code] = _Code(
    "DCM", "126726", "Polatuzumab vedotin ^89^Zr", (4021,)
)
"""Polatuzumab vedotin ^89^Zr (DCM 126726)."""

PSMA1007F18: _Final[_Code] = _Code("DCM", "126758", "PSMA-1007 F^18^", (4021,))
"""PSMA-1007 F^18^ (DCM 126758)."""

PSMA11Ga68: _Final[_Code] = _Code("NCIt", "C118961", "PSMA-11 Ga^68^", (4021,))
"""PSMA-11 Ga^68^ (NCIt C118961)."""

PSMA617Ga68: _Final[_Code] = _Code("DCM", "126759", "PSMA-617 Ga^68^", (4021,))
"""PSMA-617 Ga^68^ (DCM 126759)."""

PTSMCu62: _Final[_Code] = _Code("SCT", "422789008", "PTSM Cu^62^", (4021,))
"""PTSM Cu^62^ (SCT 422789008)."""

R150789Zr: _Final[_Code] = _Code("DCM", "126518", "R1507 ^89^Zr", (4021,))
"""R1507 ^89^Zr (DCM 126518)."""

RacloprideC11: _Final[_Code] = _Code("SCT", "129512009", "Raclopride C^11^", (4021,))
"""Raclopride C^11^ (SCT 129512009)."""

Ranibizumab89Zr: _Final[_Code] = _Code("DCM", "126742", "Ranibizumab ^89^Zr", (4021,))
"""Ranibizumab ^89^Zr (DCM 126742)."""

Rituximab89Zr: _Final[_Code] = _Code("DCM", "126737", "Rituximab ^89^Zr", (4021,))
"""Rituximab ^89^Zr (DCM 126737)."""

RO532344189Zr: _Final[_Code] = _Code("DCM", "126755", "RO5323441 ^89^Zr", (4021,))
"""RO5323441 ^89^Zr (DCM 126755)."""

RO54290889Zr: _Final[_Code] = _Code("DCM", "126756", "RO542908 ^89^Zr", (4021,))
"""RO542908 ^89^Zr (DCM 126756)."""

RO692496311C: _Final[_Code] = _Code("DCM", "126719", "RO6924963 ^11^C", (4021,))
"""RO6924963 ^11^C (DCM 126719)."""

RO693164311C: _Final[_Code] = _Code("DCM", "126720", "RO6931643 ^11^C", (4021,))
"""RO6931643 ^11^C (DCM 126720)."""

RO695894818F: _Final[_Code] = _Code("DCM", "126757", "RO6958948 ^18^F", (4021,))
"""RO6958948 ^18^F (DCM 126757)."""

Roledumab89Zr: _Final[_Code] = _Code("DCM", "126733", "Roledumab ^89^Zr", (4021,))
"""Roledumab ^89^Zr (DCM 126733)."""

RubidiumChlorideRb82: _Final[_Code] = _Code("SCT", "129503007", "Rubidium chloride Rb^82^", (4021,))
"""Rubidium chloride Rb^82^ (SCT 129503007)."""

SAR341989Zr: _Final[_Code] = _Code("DCM", "126741", "SAR3419 ^89^Zr", (4021,))
"""SAR3419 ^89^Zr (DCM 126741)."""

SarcosineC11: _Final[_Code] = _Code("NCIt", "C122684", "Sarcosine C^11^", (4021,))
"""Sarcosine C^11^ (NCIt C122684)."""

SodiumFluorideF18: _Final[_Code] = _Code("SCT", "129501009", "Sodium fluoride F^18^", (25, 4021))
"""Sodium fluoride F^18^ (SCT 129501009)."""

SodiumIodideI124: _Final[_Code] = _Code("SCT", "422980002", "Sodium iodide I^124^", (4021,))
"""Sodium iodide I^124^ (SCT 422980002)."""

SodiumNa22: _Final[_Code] = _Code("SCT", "71633006", "Sodium Na^22^", (18, 4020, 4021))
"""Sodium Na^22^ (SCT 71633006)."""

SpiperoneF18: _Final[_Code] = _Code("SCT", "129499001", "Spiperone F^18^", (4021,))
"""Spiperone F^18^ (SCT 129499001)."""

T807F18: _Final[_Code] = _Code("DCM", "126502", "T807 F^18^", (4021,))
"""T807 F^18^ (DCM 126502)."""

THK5317F18: _Final[_Code] = _Code("UMLS", "C4550127", "THK5317 F^18^", (4021,))
"""THK5317 F^18^ (UMLS C4550127)."""

THK5351F18: _Final[_Code] = _Code("UMLS", "C4279748", "THK5351 F^18^", (4021,))
"""THK5351 F^18^ (UMLS C4279748)."""

ThymidineF18: _Final[_Code] = _Code("SCT", "129502002", "Thymidine F^18^", (4021,))
"""Thymidine F^18^ (SCT 129502002)."""

Trastuzumab89Zr: _Final[_Code] = _Code("DCM", "126512", "Trastuzumab ^89^Zr", (4021,))
"""Trastuzumab ^89^Zr (DCM 126512)."""

TRC10589Zr: _Final[_Code] = _Code("DCM", "126749", "TRC105 ^89^Zr", (4021,))
"""TRC105 ^89^Zr (DCM 126749)."""

DotatateGa68: _Final[_Code] = _Code("SCT", "724025002", "Dotatate Ga^68^", (4021,))
"""Dotatate Ga^68^ (SCT 724025002)."""

Ublituximab89Zr: _Final[_Code] = _Code("DCM", "126739", "Ublituximab ^89^Zr", (4021,))
"""Ublituximab ^89^Zr (DCM 126739)."""

UCBJC11: _Final[_Code] = _Code("UMLS", "C4506788", "UCB-J C^11^", (4021,))
"""UCB-J C^11^ (UMLS C4506788)."""

Xmab557489Zr: _Final[_Code] = _Code("DCM", "126734", "XmAb5574 ^89^Zr", (4021,))
"""XmAb5574 ^89^Zr (DCM 126734)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_28H189Zr: _Final[_Code] = V28H189Zr
_2FAF18: _Final[_Code] = V2FAF18
_7D1289Zr: _Final[_Code] = V7D1289Zr
_7E1189Zr: _Final[_Code] = V7E1189Zr

MEMBERS: _Final[tuple[_Code, ...]] = (
    V28H189Zr,
    V2FAF18,
    V7D1289Zr,
    V7E1189Zr,
    AcetateC11,
    AGN15099889Zr,
    AmmoniaN13,
    AntiB22089Zr,
    ATSMCu60,
    ATSMCu61,
    ATSMCu62,
    ATSMCu64,
    Benralizumab89Zr,
    Bevacizumab89Zr,
    Blinatumomab89Zr,
    Brentuximab89Zr,
    ButanolO15,
    CarbonDioxideO15,
    CarbonMonoxideC11,
    CarbonMonoxideO15,
    CarfentanilC11,
    Cetuximab89Zr,
    Cg250FAb289Zr,
    CholineC11,
    CLR1404I124,
    CLR1404I131,
    CmabU3689Zr,
    Cu3689Zr,
    DCFBCF18,
    PiflufolastatF18,
    DfFK289Zr,
    DfFK23PEG489Zr,
    DfCD4589Zr,
    DfFK89Zr,
    DfFKPEG389Zr,
    DN3089Zr,
    DPA71311C,
    DPA71418F,
    E4G1089Zr,
    Ecromeximab89Zr,
    EdotreotideGa68,
    EDTAGa68,
    FallyprideC11,
    FallyprideF18,
    FLB457C11,
    FlorbetabenF18,
    FlorbetapirF18,
    FlortaucipirF18,
    FlubatineF18,
    FluciclatideF18,
    FluciclovineF18,
    FlumazenilC11,
    FlumazenilF18,
    FluorethyltyrosinF18,
    FluorobenzothiazoleF18,
    FluorocholineF18,
    FluorodeoxyglucoseF18,
    FluoroestradiolF18,
    FluoroetanidazoleF18,
    FluoroLDopaF18,
    FluoromethaneF18,
    FluoromisonidazoleF18,
    FluoropropylDihydrotetrabenazineF18,
    FluorotrioprideF18,
    FluorouracilF18,
    FlurpiridazF18,
    FlutemetamolF18,
    Fresolimumab89Zr,
    GA20189Zr,
    GermaniumGe68,
    GlembatumumabVedotin89Zr,
    GlutamateN13,
    GlutamineC11,
    GlutamineC14,
    GlutamineF18,
    ISO1F18,
    J59189Zr,
    Margetuximab89Zr,
    MEDI55189Zr,
    MespiperoneC11,
    MethionineC11,
    MK6240F18,
    Mogamulizumab89Zr,
    MonoclonalAntibody64Cu,
    MonoclonalAntibody89Zr,
    MonoclonalAntibodyI124,
    NanocolloidalAlbumin89Zr,
    NifeneF18,
    Obinituzimab89Zr,
    Ocaratuzumab89Zr,
    OxygenO15,
    OxygenWaterO15,
    PalmitateC11,
    Panitumumab89Zr,
    Pegdinetanib89Zr,
    PinatuzumabVedotin89Zr,
    PittsburghCompoundBC11,
    PK1119511C,
    PolatuzumabVedotin89Zr,
    PSMA1007F18,
    PSMA11Ga68,
    PSMA617Ga68,
    PTSMCu62,
    R150789Zr,
    RacloprideC11,
    Ranibizumab89Zr,
    Rituximab89Zr,
    RO532344189Zr,
    RO54290889Zr,
    RO692496311C,
    RO693164311C,
    RO695894818F,
    Roledumab89Zr,
    RubidiumChlorideRb82,
    SAR341989Zr,
    SarcosineC11,
    SodiumFluorideF18,
    SodiumIodideI124,
    SodiumNa22,
    SpiperoneF18,
    T807F18,
    THK5317F18,
    THK5351F18,
    ThymidineF18,
    Trastuzumab89Zr,
    TRC10589Zr,
    DotatateGa68,
    Ublituximab89Zr,
    UCBJC11,
    Xmab557489Zr,
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
