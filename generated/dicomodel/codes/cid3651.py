"""CID 3651 Hemodynamic Measurement Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.179.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3651
NAME: Final[str] = "Hemodynamic Measurement Phase"
KEYWORD: Final[str | None] = "HemodynamicMeasurementPhase"
UID: Final[str | None] = "1.2.840.10008.6.1.179"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CardiacCatheterizationBaselinePhase: Final[Code] = Code(
    "SCT", "128955008", "Cardiac catheterization baseline phase", (3250, 3651)
)
"""Cardiac catheterization baseline phase (SCT 128955008)."""

CardiacCatheterizationPostContrastPhase: Final[Code] = Code(
    "SCT", "129083002", "Cardiac catheterization post contrast phase", (3250, 3651)
)
"""Cardiac catheterization post contrast phase (SCT 129083002)."""

CardiacCatheterizationPostInterventionPhase: Final[Code] = Code(
    "SCT", "128960007", "Cardiac catheterization post-intervention phase", (3250, 3480, 3651)
)
"""Cardiac catheterization post-intervention phase (SCT 128960007)."""

CardiacCatheterizationTestChallengePhase: Final[Code] = Code(
    "SCT", "373105002", "Cardiac catheterization test/challenge phase", (3250, 3651)
)
"""Cardiac catheterization test/challenge phase (SCT 373105002)."""

CardiacCatheterizationGradientAssessmentPhase: Final[Code] = Code(
    "SCT", "371874005", "Cardiac catheterization gradient assessment phase", (3651,)
)
"""Cardiac catheterization gradient assessment phase (SCT 371874005)."""

DrugInfusionChallenge: Final[Code] = Code(
    "SCT", "133882006", "Drug Infusion Challenge", (3250, 3271, 3651)
)
"""Drug Infusion Challenge (SCT 133882006)."""

ExerciseChallenge: Final[Code] = Code("SCT", "128967005", "Exercise challenge", (3250, 3271, 3651))
"""Exercise challenge (SCT 128967005)."""

RestingState: Final[Code] = Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CardiacCatheterizationBaselinePhase,
    CardiacCatheterizationPostContrastPhase,
    CardiacCatheterizationPostInterventionPhase,
    CardiacCatheterizationTestChallengePhase,
    CardiacCatheterizationGradientAssessmentPhase,
    DrugInfusionChallenge,
    ExerciseChallenge,
    RestingState,
)
"""The resolved membership: own members, then those of the included groups, in order."""
