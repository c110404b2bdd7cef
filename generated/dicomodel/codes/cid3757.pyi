"""CID 3757 Cardiac Diagnostic Procedure.

Extensible, version 20160314, UID 1.2.840.10008.6.1.252.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CardiacBloodPoolImaging: _Final[_Code]
CardiacCathCoronaryAngiogramAndLeftVentriculogram: _Final[_Code]
CardiacCatheterization: _Final[_Code]
CardiacCatheterizationCoronaryAngiogram: _Final[_Code]
CardiacCT: _Final[_Code]
CardiacCTForCalciumScoring: _Final[_Code]
CardiacMRI: _Final[_Code]
CardiacMRIStress: _Final[_Code]
CTAngiographyOfCoronaryArteries: _Final[_Code]
Echocardiography: _Final[_Code]
ExerciseStressEchocardiography: _Final[_Code]
ExerciseToleranceTest: _Final[_Code]
MagneticResonanceAngiography: _Final[_Code]
NuclearMedicineCardiovascularStudy: _Final[_Code]
PerfusionImaging: _Final[_Code]
PETHeartStudy: _Final[_Code]
PharmacologicAndExerciseStressTest: _Final[_Code]
PharmacologicalStressTest: _Final[_Code]
RadionuclideAngiocardiography: _Final[_Code]
RadionuclideMyocardialPerfusionStudy: _Final[_Code]
SPECT: _Final[_Code]
StressTestUsingCardiacPacing: _Final[_Code]
TransesophagealEchocardiography: _Final[_Code]
TransthoracicEchocardiography: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
