"""CID 3405 Procedure Action Value.

Extensible, version 20190817, UID 1.2.840.10008.6.1.70.
Includes CID 3250, CID 3406, CID 3428.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Atherectomy: _Final[_groups.Cid3405Code]
AtherectomyByRotaryCutter: _Final[_groups.Cid3405Code]
AtherectomyByLaser: _Final[_groups.Cid3405Code]
SelectiveEmbolizationOfArtery: _Final[_groups.Cid3405Code]
PercutaneousTransluminalBalloonAngioplasty: _Final[_groups.Cid3405Code]
TranscatheterTherapyForEmbolization: _Final[_groups.Cid3405Code]
PercutaneousRemovalOfIntravascularForeignBody: _Final[_groups.Cid3405Code]
StentPlacement: _Final[_groups.Cid3405Code]
TranscatheterDeploymentOfDetachableBalloon: _Final[_groups.Cid3405Code]
PercutaneousInsertionOfIntravascularFilter: _Final[_groups.Cid3405Code]
CardiacCatheterizationBailoutPhase: _Final[_groups.Cid3405Code]
CardiacCatheterizationBaselinePhase: _Final[_groups.Cid3405Code]
CardiacCatheterizationImageAcquisitionPhase: _Final[_groups.Cid3405Code]
CardiacCatheterizationInterventionPhase: _Final[_groups.Cid3405Code]
CardiacCatheterizationPostContrastPhase: _Final[_groups.Cid3405Code]
CardiacCatheterizationPostInterventionPhase: _Final[_groups.Cid3405Code]
CardiacCatheterizationPreInterventionPhase: _Final[_groups.Cid3405Code]
CardiacCatheterizationTestChallengePhase: _Final[_groups.Cid3405Code]
CardiacCatheterizationTherapyPhase: _Final[_groups.Cid3405Code]
CatheterizationOfBothLeftAndRightHeartWithGraft: _Final[_groups.Cid3405Code]
CatheterizationOfBothLeftAndRightHeartWithoutGraft: _Final[_groups.Cid3405Code]
CatheterizationOfLeftHeart: _Final[_groups.Cid3405Code]
CatheterizationOfRightHeart: _Final[_groups.Cid3405Code]
TransseptalCatheterization: _Final[_groups.Cid3405Code]
DrugInfusionChallenge: _Final[_groups.Cid3405Code]
ExerciseChallenge: _Final[_groups.Cid3405Code]
RestingState: _Final[_groups.Cid3405Code]
ValvularIntervention: _Final[_groups.Cid3405Code]
AorticIntervention: _Final[_groups.Cid3405Code]
SeptalDefectIntervention: _Final[_groups.Cid3405Code]
VascularIntervention: _Final[_groups.Cid3405Code]
MyocardialBiopsy: _Final[_groups.Cid3405Code]
Angiography: _Final[_groups.Cid3405Code]
Aortography: _Final[_groups.Cid3405Code]
CoronaryArteriography: _Final[_groups.Cid3405Code]
CardiacVentriculography: _Final[_groups.Cid3405Code]
LeftVentriculography: _Final[_groups.Cid3405Code]
RightVentriculography: _Final[_groups.Cid3405Code]
BypassGraftAngiography: _Final[_groups.Cid3405Code]
ArterialConduitAngiography: _Final[_groups.Cid3405Code]
TransesophagealEchocardiography: _Final[_groups.Cid3405Code]
TransthoracicEchocardiography: _Final[_groups.Cid3405Code]
EpicardialEchocardiography: _Final[_groups.Cid3405Code]
IntravascularUltrasound: _Final[_groups.Cid3405Code]
IntracardiacEchocardiography: _Final[_groups.Cid3405Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3405Code]]
