"""CID 3250 Catheterization Procedure Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.55.

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
CardiacCatheterizationBailoutPhase: _Final[_groups.Cid3250Code]
CardiacCatheterizationBaselinePhase: _Final[_groups.Cid3250Code]
CardiacCatheterizationImageAcquisitionPhase: _Final[_groups.Cid3250Code]
CardiacCatheterizationInterventionPhase: _Final[_groups.Cid3250Code]
CardiacCatheterizationPostContrastPhase: _Final[_groups.Cid3250Code]
CardiacCatheterizationPostInterventionPhase: _Final[_groups.Cid3250Code]
CardiacCatheterizationPreInterventionPhase: _Final[_groups.Cid3250Code]
CardiacCatheterizationTestChallengePhase: _Final[_groups.Cid3250Code]
CardiacCatheterizationTherapyPhase: _Final[_groups.Cid3250Code]
CatheterizationOfBothLeftAndRightHeartWithGraft: _Final[_groups.Cid3250Code]
CatheterizationOfBothLeftAndRightHeartWithoutGraft: _Final[_groups.Cid3250Code]
CatheterizationOfLeftHeart: _Final[_groups.Cid3250Code]
CatheterizationOfRightHeart: _Final[_groups.Cid3250Code]
TransseptalCatheterization: _Final[_groups.Cid3250Code]
DrugInfusionChallenge: _Final[_groups.Cid3250Code]
ExerciseChallenge: _Final[_groups.Cid3250Code]
RestingState: _Final[_groups.Cid3250Code]
MEMBERS: _Final[tuple[_groups.Cid3250Code, ...]]
