"""CID 3250 Catheterization Procedure Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.55.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3250Code]]
