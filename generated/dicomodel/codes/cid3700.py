"""CID 3700 Cath Diagnosis.

Extensible, version 20220922, UID 1.2.840.10008.6.1.203.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3700
NAME: _Final[str] = "Cath Diagnosis"
KEYWORD: _Final[str | None] = "CathDiagnosis"
UID: _Final[str | None] = "1.2.840.10008.6.1.203"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "53741008", "Coronary artery disease", (3201, 3700, 12246)
)
"""Coronary artery disease (SCT 53741008)."""

AcuteMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "57054005", "Acute myocardial infarction", (3700,)
)
"""Acute myocardial infarction (SCT 57054005)."""

AtypicalChestPain: _Final[_Code] = _Code("SCT", "102589003", "Atypical chest pain", (3700,))
"""Atypical chest pain (SCT 102589003)."""

StableAngina: _Final[_Code] = _Code("SCT", "233819005", "Stable Angina", (3202, 3700))
"""Stable Angina (SCT 233819005)."""

AtypicalAnginaVariantAngina: _Final[_Code] = _Code(
    "SCT", "87343002", "Atypical Angina, Variant Angina", (3700,)
)
"""Atypical Angina, Variant Angina (SCT 87343002)."""

UnstableAnginaProgressiveAngina: _Final[_Code] = _Code(
    "SCT", "4557003", "Unstable Angina, Progressive Angina", (3202, 3700)
)
"""Unstable Angina, Progressive Angina (SCT 4557003)."""

PostInfarctionAngina: _Final[_Code] = _Code("SCT", "314116003", "Post-infarction angina", (3700,))
"""Post-infarction angina (SCT 314116003)."""

RecurrentAnginaPostPTCA: _Final[_Code] = _Code(
    "SCT", "371808007", "Recurrent angina Post-PTCA", (3700,)
)
"""Recurrent angina Post-PTCA (SCT 371808007)."""

RecurrentAnginaPostDCA: _Final[_Code] = _Code(
    "SCT", "371812001", "Recurrent angina Post-DCA", (3700,)
)
"""Recurrent angina Post-DCA (SCT 371812001)."""

RecurrentAnginaPostRotationalAtherectomy: _Final[_Code] = _Code(
    "SCT", "371811008", "Recurrent angina Post-Rotational Atherectomy", (3700,)
)
"""Recurrent angina Post-Rotational Atherectomy (SCT 371811008)."""

RecurrentAnginaPostStent: _Final[_Code] = _Code(
    "SCT", "371809004", "Recurrent angina Post-Stent", (3700,)
)
"""Recurrent angina Post-Stent (SCT 371809004)."""

RecurrentAnginaPostCABG: _Final[_Code] = _Code(
    "SCT", "371810009", "Recurrent angina Post-CABG", (3700,)
)
"""Recurrent angina Post-CABG (SCT 371810009)."""

CongestiveHeartFailure: _Final[_Code] = _Code(
    "SCT", "42343007", "Congestive heart failure", (3700, 3755)
)
"""Congestive heart failure (SCT 42343007)."""

PulmonaryEdema: _Final[_Code] = _Code("SCT", "19242006", "Pulmonary edema", (3700,))
"""Pulmonary edema (SCT 19242006)."""

CardiogenicShock: _Final[_Code] = _Code(
    "SCT", "89138009", "cardiogenic shock", (3700, 3726, 3727, 3755)
)
"""cardiogenic shock (SCT 89138009)."""

AcuteVentricularSeptalRupture: _Final[_Code] = _Code(
    "SCT", "371817007", "Acute ventricular septal rupture", (3700, 3728)
)
"""Acute ventricular septal rupture (SCT 371817007)."""

MitralValveDisease: _Final[_Code] = _Code("SCT", "11851006", "Mitral valve disease", (3700,))
"""Mitral valve disease (SCT 11851006)."""

MitralStenosis: _Final[_Code] = _Code("SCT", "79619009", "Mitral stenosis", (3700, 3728, 12248))
"""Mitral stenosis (SCT 79619009)."""

MitralRegurgitation: _Final[_Code] = _Code(
    "SCT", "48724000", "Mitral regurgitation", (3700, 3728, 12248)
)
"""Mitral regurgitation (SCT 48724000)."""

AcuteMitralRegurgitation: _Final[_Code] = _Code(
    "SCT", "373116009", "Acute mitral regurgitation", (3700,)
)
"""Acute mitral regurgitation (SCT 373116009)."""

SilentIschemia: _Final[_Code] = _Code("SCT", "233823002", "Silent ischemia", (3700,))
"""Silent ischemia (SCT 233823002)."""

SPMIPositiveStressForIschemia: _Final[_Code] = _Code(
    "SCT", "371824008", "s/p MI positive stress for ischemia", (3700,)
)
"""s/p MI positive stress for ischemia (SCT 371824008)."""

Myocarditis: _Final[_Code] = _Code("SCT", "50920009", "Myocarditis", (3700,))
"""Myocarditis (SCT 50920009)."""

SubacuteBacterialEndocarditis: _Final[_Code] = _Code(
    "SCT", "73774007", "Subacute bacterial endocarditis", (3700,)
)
"""Subacute bacterial endocarditis (SCT 73774007)."""

HypertrophicObstructiveCardiomyopathy: _Final[_Code] = _Code(
    "SCT", "45227007", "Hypertrophic obstructive cardiomyopathy", (3700, 3728)
)
"""Hypertrophic obstructive cardiomyopathy (SCT 45227007)."""

PulmonaryHypertension: _Final[_Code] = _Code(
    "SCT", "70995007", "Pulmonary hypertension", (64, 3640, 3700, 3728)
)
"""Pulmonary hypertension (SCT 70995007)."""

TricuspidValveDisease: _Final[_Code] = _Code("SCT", "20721001", "Tricuspid valve disease", (3700,))
"""Tricuspid valve disease (SCT 20721001)."""

TricuspidRegurgitation: _Final[_Code] = _Code(
    "SCT", "111287006", "Tricuspid regurgitation", (3700,)
)
"""Tricuspid regurgitation (SCT 111287006)."""

MitralValveProlapse: _Final[_Code] = _Code(
    "SCT", "409712001", "Mitral valve prolapse", (3700, 3728, 12248)
)
"""Mitral valve prolapse (SCT 409712001)."""

VentricularTachycardia: _Final[_Code] = _Code(
    "SCT", "25569003", "Ventricular tachycardia", (3230, 3234, 3700)
)
"""Ventricular tachycardia (SCT 25569003)."""

VentricularFibrillation: _Final[_Code] = _Code(
    "SCT", "71908006", "Ventricular fibrillation", (3230, 3700)
)
"""Ventricular fibrillation (SCT 71908006)."""

CongestiveCardiomyopathy: _Final[_Code] = _Code(
    "SCT", "399020009", "Congestive cardiomyopathy", (3700, 3728)
)
"""Congestive cardiomyopathy (SCT 399020009)."""

HypertensiveHeartDisease: _Final[_Code] = _Code(
    "SCT", "64715009", "Hypertensive heart disease", (3700, 3728)
)
"""Hypertensive heart disease (SCT 64715009)."""

RestrictiveCardiomyopathy: _Final[_Code] = _Code(
    "SCT", "90828009", "Restrictive cardiomyopathy", (3700, 3728)
)
"""Restrictive cardiomyopathy (SCT 90828009)."""

PericardialDisease: _Final[_Code] = _Code("SCT", "55855009", "Pericardial disease", (3700,))
"""Pericardial disease (SCT 55855009)."""

PericardialTamponade: _Final[_Code] = _Code(
    "SCT", "35304003", "Pericardial tamponade", (3700, 3728, 3755)
)
"""Pericardial tamponade (SCT 35304003)."""

AorticValveDisease: _Final[_Code] = _Code("SCT", "8722008", "Aortic valve disease", (3700,))
"""Aortic valve disease (SCT 8722008)."""

AorticStenosis: _Final[_Code] = _Code("SCT", "60573004", "Aortic stenosis", (64, 3700, 3728, 12248))
"""Aortic stenosis (SCT 60573004)."""

AorticInsufficiency: _Final[_Code] = _Code("SCT", "194983005", "Aortic insufficiency", (3700, 3728))
"""Aortic insufficiency (SCT 194983005)."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial septal defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial septal defect (SCT 70142008)."""

AorticDissection: _Final[_Code] = _Code("SCT", "308546005", "Aortic dissection", (3700,))
"""Aortic dissection (SCT 308546005)."""

PulmonicValveDisease: _Final[_Code] = _Code("SCT", "76267008", "Pulmonic valve disease", (3700,))
"""Pulmonic valve disease (SCT 76267008)."""

VentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30288003", "Ventricular septal defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular septal defect (SCT 30288003)."""

AorticAneurysm: _Final[_Code] = _Code("SCT", "67362008", "Aortic aneurysm", (3700,))
"""Aortic aneurysm (SCT 67362008)."""

Arrhythmia: _Final[_Code] = _Code("SCT", "698247007", "Arrhythmia", (60, 1201, 3700))
"""Arrhythmia (SCT 698247007)."""

AtrialFibrillation: _Final[_Code] = _Code("SCT", "49436004", "Atrial fibrillation", (3230, 3700))
"""Atrial fibrillation (SCT 49436004)."""

HeartDiseaseCongenital: _Final[_Code] = _Code(
    "SCT", "13213009", "heart disease, congenital", (3700, 3727, 3728, 12246)
)
"""heart disease, congenital (SCT 13213009)."""

ConstrictivePericarditis: _Final[_Code] = _Code(
    "SCT", "85598007", "Constrictive pericarditis", (3700, 3728)
)
"""Constrictive pericarditis (SCT 85598007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CoronaryArteryDisease,
    AcuteMyocardialInfarction,
    AtypicalChestPain,
    StableAngina,
    AtypicalAnginaVariantAngina,
    UnstableAnginaProgressiveAngina,
    PostInfarctionAngina,
    RecurrentAnginaPostPTCA,
    RecurrentAnginaPostDCA,
    RecurrentAnginaPostRotationalAtherectomy,
    RecurrentAnginaPostStent,
    RecurrentAnginaPostCABG,
    CongestiveHeartFailure,
    PulmonaryEdema,
    CardiogenicShock,
    AcuteVentricularSeptalRupture,
    MitralValveDisease,
    MitralStenosis,
    MitralRegurgitation,
    AcuteMitralRegurgitation,
    SilentIschemia,
    SPMIPositiveStressForIschemia,
    Myocarditis,
    SubacuteBacterialEndocarditis,
    HypertrophicObstructiveCardiomyopathy,
    PulmonaryHypertension,
    TricuspidValveDisease,
    TricuspidRegurgitation,
    MitralValveProlapse,
    VentricularTachycardia,
    VentricularFibrillation,
    CongestiveCardiomyopathy,
    HypertensiveHeartDisease,
    RestrictiveCardiomyopathy,
    PericardialDisease,
    PericardialTamponade,
    AorticValveDisease,
    AorticStenosis,
    AorticInsufficiency,
    AtrialSeptalDefect,
    AorticDissection,
    PulmonicValveDisease,
    VentricularSeptalDefect,
    AorticAneurysm,
    Arrhythmia,
    AtrialFibrillation,
    HeartDiseaseCongenital,
    ConstrictivePericarditis,
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
