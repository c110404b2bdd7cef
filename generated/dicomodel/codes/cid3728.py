"""CID 3728 Cath Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.228.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3728
NAME: _Final[str] = "Cath Finding"
KEYWORD: _Final[str | None] = "CathFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.228"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalLeftHeartHemodynamics: _Final[_Code] = _Code(
    "SCT", "371856001", "Normal left heart hemodynamics", (3728,)
)
"""Normal left heart hemodynamics (SCT 371856001)."""

NormalRightHeartHemodynamics: _Final[_Code] = _Code(
    "SCT", "371859008", "Normal right heart hemodynamics", (3728,)
)
"""Normal right heart hemodynamics (SCT 371859008)."""

NormalLeftAndRightHeartHemodynamics: _Final[_Code] = _Code(
    "SCT", "371858000", "Normal left and right heart hemodynamics", (3728,)
)
"""Normal left and right heart hemodynamics (SCT 371858000)."""

NormalLeftVentricularSystolicFunctionAndWallMotion: _Final[_Code] = _Code(
    "SCT", "371857005", "Normal left ventricular systolic function and wall motion", (3728,)
)
"""Normal left ventricular systolic function and wall motion (SCT 371857005)."""

NormalCoronaryArteries: _Final[_Code] = _Code(
    "SCT", "371860003", "Normal coronary arteries", (3728,)
)
"""Normal coronary arteries (SCT 371860003)."""

MildIntimalCoronaryIrregularitiesNoSignificantStenoses: _Final[_Code] = _Code(
    "SCT", "371861004", "Mild intimal coronary irregularities, no significant stenoses", (3728,)
)
"""Mild intimal coronary irregularities, no significant stenoses (SCT 371861004)."""

SingleVesselCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "194842008", "Single vessel coronary artery disease.", (3728,)
)
"""Single vessel coronary artery disease. (SCT 194842008)."""

DoubleVesselCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "194843003", "Double vessel coronary artery disease.", (3728,)
)
"""Double vessel coronary artery disease. (SCT 194843003)."""

TripleVesselCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "233817007", "Triple vessel coronary artery disease.", (3728,)
)
"""Triple vessel coronary artery disease. (SCT 233817007)."""

MultiVesselCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "371803003", "Multi vessel coronary artery disease.", (3728,)
)
"""Multi vessel coronary artery disease. (SCT 371803003)."""

LeftMainCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "371804009", "Left main coronary artery disease", (3728,)
)
"""Left main coronary artery disease (SCT 371804009)."""

SignificantCoronaryBypassGraftDisease: _Final[_Code] = _Code(
    "SCT", "371805005", "Significant coronary bypass graft disease", (3728,)
)
"""Significant coronary bypass graft disease (SCT 371805005)."""

AorticStenosis: _Final[_Code] = _Code("SCT", "60573004", "Aortic stenosis", (64, 3700, 3728, 12248))
"""Aortic stenosis (SCT 60573004)."""

AorticInsufficiency: _Final[_Code] = _Code("SCT", "194983005", "Aortic insufficiency", (3700, 3728))
"""Aortic insufficiency (SCT 194983005)."""

MitralStenosis: _Final[_Code] = _Code("SCT", "79619009", "Mitral stenosis", (3700, 3728, 12248))
"""Mitral stenosis (SCT 79619009)."""

MitralRegurgitation: _Final[_Code] = _Code(
    "SCT", "48724000", "Mitral regurgitation", (3700, 3728, 12248)
)
"""Mitral regurgitation (SCT 48724000)."""

DepressionOfLeftVentricularSystolicFunction: _Final[_Code] = _Code(
    "SCT", "371862006", "Depression of left ventricular systolic function", (3728,)
)
"""Depression of left ventricular systolic function (SCT 371862006)."""

AcuteMitralRegurgitationFromChordalRupture: _Final[_Code] = _Code(
    "SCT", "371813006", "Acute mitral regurgitation from chordal rupture", (3728,)
)
"""Acute mitral regurgitation from chordal rupture (SCT 371813006)."""

AcuteMitralRegurgitationFromChordalDysfunction: _Final[_Code] = _Code(
    "SCT", "371814000", "Acute mitral regurgitation from chordal dysfunction", (3728,)
)
"""Acute mitral regurgitation from chordal dysfunction (SCT 371814000)."""

AcuteMitralRegurgitationFromPapillaryMuscleRupture: _Final[_Code] = _Code(
    "SCT", "371816003", "Acute mitral regurgitation from papillary muscle rupture", (3728,)
)
"""Acute mitral regurgitation from papillary muscle rupture (SCT 371816003)."""

AcuteMitralRegurgitationFromPapillaryMuscleDysfunction: _Final[_Code] = _Code(
    "SCT", "371815004", "Acute mitral regurgitation from papillary muscle dysfunction", (3728,)
)
"""Acute mitral regurgitation from papillary muscle dysfunction (SCT 371815004)."""

MitralValveProlapse: _Final[_Code] = _Code(
    "SCT", "409712001", "Mitral valve prolapse", (3700, 3728, 12248)
)
"""Mitral valve prolapse (SCT 409712001)."""

CongestiveCardiomyopathy: _Final[_Code] = _Code(
    "SCT", "399020009", "Congestive cardiomyopathy", (3700, 3728)
)
"""Congestive cardiomyopathy (SCT 399020009)."""

HypertrophicCardiomyopathyWithObstruction: _Final[_Code] = _Code(
    "SCT", "45227007", "Hypertrophic cardiomyopathy with obstruction", (3700, 3728)
)
"""Hypertrophic cardiomyopathy with obstruction (SCT 45227007)."""

HypertrophicCardiomyopathyWithoutObstruction: _Final[_Code] = _Code(
    "SCT", "195020003", "Hypertrophic cardiomyopathy without obstruction", (3728,)
)
"""Hypertrophic cardiomyopathy without obstruction (SCT 195020003)."""

HypertensiveHeartDisease: _Final[_Code] = _Code(
    "SCT", "64715009", "Hypertensive heart disease", (3700, 3728)
)
"""Hypertensive heart disease (SCT 64715009)."""

RestrictiveCardiomyopathy: _Final[_Code] = _Code(
    "SCT", "90828009", "Restrictive cardiomyopathy", (3700, 3728)
)
"""Restrictive cardiomyopathy (SCT 90828009)."""

PericardialTamponade: _Final[_Code] = _Code(
    "SCT", "35304003", "Pericardial tamponade", (3700, 3728, 3755)
)
"""Pericardial tamponade (SCT 35304003)."""

ConstrictivePericarditis: _Final[_Code] = _Code(
    "SCT", "85598007", "Constrictive pericarditis", (3700, 3728)
)
"""Constrictive pericarditis (SCT 85598007)."""

PulmonaryHypertension: _Final[_Code] = _Code(
    "SCT", "70995007", "Pulmonary hypertension", (64, 3640, 3700, 3728)
)
"""Pulmonary hypertension (SCT 70995007)."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial septal defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial septal defect (SCT 70142008)."""

VentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30288003", "Ventricular septal defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular septal defect (SCT 30288003)."""

AcuteVentricularSeptalRupture: _Final[_Code] = _Code(
    "SCT", "371817007", "Acute ventricular septal rupture", (3700, 3728)
)
"""Acute ventricular septal rupture (SCT 371817007)."""

HeartDiseaseCongenital: _Final[_Code] = _Code(
    "SCT", "13213009", "heart disease - congenital", (3700, 3727, 3728, 12246)
)
"""heart disease - congenital (SCT 13213009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalLeftHeartHemodynamics,
    NormalRightHeartHemodynamics,
    NormalLeftAndRightHeartHemodynamics,
    NormalLeftVentricularSystolicFunctionAndWallMotion,
    NormalCoronaryArteries,
    MildIntimalCoronaryIrregularitiesNoSignificantStenoses,
    SingleVesselCoronaryArteryDisease,
    DoubleVesselCoronaryArteryDisease,
    TripleVesselCoronaryArteryDisease,
    MultiVesselCoronaryArteryDisease,
    LeftMainCoronaryArteryDisease,
    SignificantCoronaryBypassGraftDisease,
    AorticStenosis,
    AorticInsufficiency,
    MitralStenosis,
    MitralRegurgitation,
    DepressionOfLeftVentricularSystolicFunction,
    AcuteMitralRegurgitationFromChordalRupture,
    AcuteMitralRegurgitationFromChordalDysfunction,
    AcuteMitralRegurgitationFromPapillaryMuscleRupture,
    AcuteMitralRegurgitationFromPapillaryMuscleDysfunction,
    MitralValveProlapse,
    CongestiveCardiomyopathy,
    HypertrophicCardiomyopathyWithObstruction,
    HypertrophicCardiomyopathyWithoutObstruction,
    HypertensiveHeartDisease,
    RestrictiveCardiomyopathy,
    PericardialTamponade,
    ConstrictivePericarditis,
    PulmonaryHypertension,
    AtrialSeptalDefect,
    VentricularSeptalDefect,
    AcuteVentricularSeptalRupture,
    HeartDiseaseCongenital,
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
