"""CID 3757 Cardiac Diagnostic Procedure.

Extensible, version 20160314, UID 1.2.840.10008.6.1.252.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3757
NAME: _Final[str] = "Cardiac Diagnostic Procedure"
KEYWORD: _Final[str | None] = "CardiacDiagnosticProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.252"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacBloodPoolImaging: _Final[_Code] = _Code(
    "SCT", "35621002", "Cardiac blood pool imaging (nuclear)", (3206, 3757)
)
"""Cardiac blood pool imaging (nuclear) (SCT 35621002)."""

CardiacCathCoronaryAngiogramAndLeftVentriculogram: _Final[_Code] = _Code(
    "SCT", "418903008", "Cardiac cath coronary angiogram and left ventriculogram", (3757,)
)
"""Cardiac cath coronary angiogram and left ventriculogram (SCT 418903008)."""

CardiacCatheterization: _Final[_Code] = _Code("SCT", "41976001", "Cardiac catheterization", (3757,))
"""Cardiac catheterization (SCT 41976001)."""

CardiacCatheterizationCoronaryAngiogram: _Final[_Code] = _Code(
    "SCT", "419416005", "Cardiac catheterization coronary angiogram", (3757,)
)
"""Cardiac catheterization coronary angiogram (SCT 419416005)."""

CardiacCT: _Final[_Code] = _Code("SCT", "241547009", "Cardiac CT", (3757,))
"""Cardiac CT (SCT 241547009)."""

CardiacCTForCalciumScoring: _Final[_Code] = _Code(
    "SCT", "426005005", "Cardiac CT for calcium scoring", (3757,)
)
"""Cardiac CT for calcium scoring (SCT 426005005)."""

CardiacMRI: _Final[_Code] = _Code("SCT", "241620005", "Cardiac MRI", (3206, 3757, 3820))
"""Cardiac MRI (SCT 241620005)."""

CardiacMRIStress: _Final[_Code] = _Code("SCT", "431609005", "Cardiac MRI stress", (3757,))
"""Cardiac MRI stress (SCT 431609005)."""

CTAngiographyOfCoronaryArteries: _Final[_Code] = _Code(
    "SCT", "419545005", "CT angiography of coronary arteries", (3757,)
)
"""CT angiography of coronary arteries (SCT 419545005)."""

Echocardiography: _Final[_Code] = _Code(
    "SCT", "40701008", "Echocardiography", (3206, 3744, 3757, 12001)
)
"""Echocardiography (SCT 40701008)."""

ExerciseStressEchocardiography: _Final[_Code] = _Code(
    "SCT", "433233004", "Exercise Stress echocardiography", (3757, 12001)
)
"""Exercise Stress echocardiography (SCT 433233004)."""

ExerciseToleranceTest: _Final[_Code] = _Code(
    "SCT", "165079009", "Exercise Tolerance Test", (3200, 3757)
)
"""Exercise Tolerance Test (SCT 165079009)."""

MagneticResonanceAngiography: _Final[_Code] = _Code(
    "SCT", "241663008", "Magnetic resonance angiography", (3757, 3820)
)
"""Magnetic resonance angiography (SCT 241663008)."""

NuclearMedicineCardiovascularStudy: _Final[_Code] = _Code(
    "SCT", "108294005", "Nuclear medicine cardiovascular study", (3108, 3206, 3757)
)
"""Nuclear medicine cardiovascular study (SCT 108294005)."""

PerfusionImaging: _Final[_Code] = _Code("SCT", "35202002", "Perfusion imaging (nuclear)", (3757,))
"""Perfusion imaging (nuclear) (SCT 35202002)."""

PETHeartStudy: _Final[_Code] = _Code("SCT", "241439007", "PET heart study", (3108, 3206, 3757))
"""PET heart study (SCT 241439007)."""

PharmacologicAndExerciseStressTest: _Final[_Code] = _Code(
    "SCT", "428813002", "Pharmacologic and exercise stress test", (3200, 3261, 3757)
)
"""Pharmacologic and exercise stress test (SCT 428813002)."""

PharmacologicalStressTest: _Final[_Code] = _Code(
    "SCT", "424064009", "Pharmacological stress test", (3200, 3261, 3757)
)
"""Pharmacological stress test (SCT 424064009)."""

RadionuclideAngiocardiography: _Final[_Code] = _Code(
    "SCT", "426940008", "Radionuclide angiocardiography", (3757,)
)
"""Radionuclide angiocardiography (SCT 426940008)."""

RadionuclideMyocardialPerfusionStudy: _Final[_Code] = _Code(
    "SCT", "252432008", "Radionuclide myocardial perfusion study", (3757,)
)
"""Radionuclide myocardial perfusion study (SCT 252432008)."""

SPECT: _Final[_Code] = _Code("SCT", "105371005", "SPECT", (3206, 3757))
"""SPECT (SCT 105371005)."""

StressTestUsingCardiacPacing: _Final[_Code] = _Code(
    "SCT", "428685003", "Stress test using cardiac pacing", (3200, 3261, 3757)
)
"""Stress test using cardiac pacing (SCT 428685003)."""

TransesophagealEchocardiography: _Final[_Code] = _Code(
    "SCT", "105376000", "Transesophageal echocardiography", (3428, 3757, 12001)
)
"""Transesophageal echocardiography (SCT 105376000)."""

TransthoracicEchocardiography: _Final[_Code] = _Code(
    "SCT", "433236007", "Transthoracic echocardiography", (3428, 3757, 12001)
)
"""Transthoracic echocardiography (SCT 433236007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CardiacBloodPoolImaging,
    CardiacCathCoronaryAngiogramAndLeftVentriculogram,
    CardiacCatheterization,
    CardiacCatheterizationCoronaryAngiogram,
    CardiacCT,
    CardiacCTForCalciumScoring,
    CardiacMRI,
    CardiacMRIStress,
    CTAngiographyOfCoronaryArteries,
    Echocardiography,
    ExerciseStressEchocardiography,
    ExerciseToleranceTest,
    MagneticResonanceAngiography,
    NuclearMedicineCardiovascularStudy,
    PerfusionImaging,
    PETHeartStudy,
    PharmacologicAndExerciseStressTest,
    PharmacologicalStressTest,
    RadionuclideAngiocardiography,
    RadionuclideMyocardialPerfusionStudy,
    SPECT,
    StressTestUsingCardiacPacing,
    TransesophagealEchocardiography,
    TransthoracicEchocardiography,
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
