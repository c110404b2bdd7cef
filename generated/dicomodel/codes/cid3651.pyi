"""CID 3651 Hemodynamic Measurement Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.179.

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
CardiacCatheterizationBaselinePhase: _Final[_groups.Cid3651Code]
CardiacCatheterizationPostContrastPhase: _Final[_groups.Cid3651Code]
CardiacCatheterizationPostInterventionPhase: _Final[_groups.Cid3651Code]
CardiacCatheterizationTestChallengePhase: _Final[_groups.Cid3651Code]
CardiacCatheterizationGradientAssessmentPhase: _Final[_groups.Cid3651Code]
DrugInfusionChallenge: _Final[_groups.Cid3651Code]
ExerciseChallenge: _Final[_groups.Cid3651Code]
RestingState: _Final[_groups.Cid3651Code]
MEMBERS: _Final[tuple[_groups.Cid3651Code, ...]]
