"""CID 3757 Cardiac Diagnostic Procedure.

Extensible, version 20160314, UID 1.2.840.10008.6.1.252.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CardiacBloodPoolImaging: _Final[_groups.Cid3757Code]
CardiacCathCoronaryAngiogramAndLeftVentriculogram: _Final[_groups.Cid3757Code]
CardiacCatheterization: _Final[_groups.Cid3757Code]
CardiacCatheterizationCoronaryAngiogram: _Final[_groups.Cid3757Code]
CardiacCT: _Final[_groups.Cid3757Code]
CardiacCTForCalciumScoring: _Final[_groups.Cid3757Code]
CardiacMRI: _Final[_groups.Cid3757Code]
CardiacMRIStress: _Final[_groups.Cid3757Code]
CTAngiographyOfCoronaryArteries: _Final[_groups.Cid3757Code]
Echocardiography: _Final[_groups.Cid3757Code]
ExerciseStressEchocardiography: _Final[_groups.Cid3757Code]
ExerciseToleranceTest: _Final[_groups.Cid3757Code]
MagneticResonanceAngiography: _Final[_groups.Cid3757Code]
NuclearMedicineCardiovascularStudy: _Final[_groups.Cid3757Code]
PerfusionImaging: _Final[_groups.Cid3757Code]
PETHeartStudy: _Final[_groups.Cid3757Code]
PharmacologicAndExerciseStressTest: _Final[_groups.Cid3757Code]
PharmacologicalStressTest: _Final[_groups.Cid3757Code]
RadionuclideAngiocardiography: _Final[_groups.Cid3757Code]
RadionuclideMyocardialPerfusionStudy: _Final[_groups.Cid3757Code]
SPECT: _Final[_groups.Cid3757Code]
StressTestUsingCardiacPacing: _Final[_groups.Cid3757Code]
TransesophagealEchocardiography: _Final[_groups.Cid3757Code]
TransthoracicEchocardiography: _Final[_groups.Cid3757Code]
MEMBERS: _Final[tuple[_groups.Cid3757Code, ...]]
