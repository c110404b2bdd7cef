"""CID 3651 Hemodynamic Measurement Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.179.

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
CardiacCatheterizationBaselinePhase: _Final[_Code]
CardiacCatheterizationPostContrastPhase: _Final[_Code]
CardiacCatheterizationPostInterventionPhase: _Final[_Code]
CardiacCatheterizationTestChallengePhase: _Final[_Code]
CardiacCatheterizationGradientAssessmentPhase: _Final[_Code]
DrugInfusionChallenge: _Final[_Code]
ExerciseChallenge: _Final[_Code]
RestingState: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
