"""CID 3651 Hemodynamic Measurement Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.179.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CardiacCatheterizationBaselinePhase: _Final[_groups.Cid3651Code]
CardiacCatheterizationPostContrastPhase: _Final[_groups.Cid3651Code]
CardiacCatheterizationPostInterventionPhase: _Final[_groups.Cid3651Code]
CardiacCatheterizationTestChallengePhase: _Final[_groups.Cid3651Code]
CardiacCatheterizationGradientAssessmentPhase: _Final[_groups.Cid3651Code]
DrugInfusionChallenge: _Final[_groups.Cid3651Code]
ExerciseChallenge: _Final[_groups.Cid3651Code]
RestingState: _Final[_groups.Cid3651Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3651Code]]
