"""CID 3757 Cardiac Diagnostic Procedure.

Extensible, version 20160314, UID 1.2.840.10008.6.1.252.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3757Code]]
