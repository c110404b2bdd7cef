"""CID 3405 Procedure Action Value.

Extensible, version 20190817, UID 1.2.840.10008.6.1.70.
Includes CID 3250, CID 3406, CID 3428.

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
Atherectomy: _Final[_Code]
AtherectomyByRotaryCutter: _Final[_Code]
AtherectomyByLaser: _Final[_Code]
SelectiveEmbolizationOfArtery: _Final[_Code]
PercutaneousTransluminalBalloonAngioplasty: _Final[_Code]
TranscatheterTherapyForEmbolization: _Final[_Code]
PercutaneousRemovalOfIntravascularForeignBody: _Final[_Code]
StentPlacement: _Final[_Code]
TranscatheterDeploymentOfDetachableBalloon: _Final[_Code]
PercutaneousInsertionOfIntravascularFilter: _Final[_Code]
CardiacCatheterizationBailoutPhase: _Final[_Code]
CardiacCatheterizationBaselinePhase: _Final[_Code]
CardiacCatheterizationImageAcquisitionPhase: _Final[_Code]
CardiacCatheterizationInterventionPhase: _Final[_Code]
CardiacCatheterizationPostContrastPhase: _Final[_Code]
CardiacCatheterizationPostInterventionPhase: _Final[_Code]
CardiacCatheterizationPreInterventionPhase: _Final[_Code]
CardiacCatheterizationTestChallengePhase: _Final[_Code]
CardiacCatheterizationTherapyPhase: _Final[_Code]
CatheterizationOfBothLeftAndRightHeartWithGraft: _Final[_Code]
CatheterizationOfBothLeftAndRightHeartWithoutGraft: _Final[_Code]
CatheterizationOfLeftHeart: _Final[_Code]
CatheterizationOfRightHeart: _Final[_Code]
TransseptalCatheterization: _Final[_Code]
DrugInfusionChallenge: _Final[_Code]
ExerciseChallenge: _Final[_Code]
RestingState: _Final[_Code]
ValvularIntervention: _Final[_Code]
AorticIntervention: _Final[_Code]
SeptalDefectIntervention: _Final[_Code]
VascularIntervention: _Final[_Code]
MyocardialBiopsy: _Final[_Code]
Angiography: _Final[_Code]
Aortography: _Final[_Code]
CoronaryArteriography: _Final[_Code]
CardiacVentriculography: _Final[_Code]
LeftVentriculography: _Final[_Code]
RightVentriculography: _Final[_Code]
BypassGraftAngiography: _Final[_Code]
ArterialConduitAngiography: _Final[_Code]
TransesophagealEchocardiography: _Final[_Code]
TransthoracicEchocardiography: _Final[_Code]
EpicardialEchocardiography: _Final[_Code]
IntravascularUltrasound: _Final[_Code]
IntracardiacEchocardiography: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
