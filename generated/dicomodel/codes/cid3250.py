"""CID 3250 Catheterization Procedure Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.55.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3250
NAME: Final[str] = "Catheterization Procedure Phase"
KEYWORD: Final[str | None] = "CatheterizationProcedurePhase"
UID: Final[str | None] = "1.2.840.10008.6.1.55"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CardiacCatheterizationBailoutPhase: Final[Code] = Code(
    "SCT", "128961006", "Cardiac catheterization bailout phase", (3250,)
)
"""Cardiac catheterization bailout phase (SCT 128961006)."""

CardiacCatheterizationBaselinePhase: Final[Code] = Code(
    "SCT", "128955008", "Cardiac catheterization baseline phase", (3250, 3651)
)
"""Cardiac catheterization baseline phase (SCT 128955008)."""

CardiacCatheterizationImageAcquisitionPhase: Final[Code] = Code(
    "SCT", "128956009", "Cardiac catheterization image acquisition phase", (3250,)
)
"""Cardiac catheterization image acquisition phase (SCT 128956009)."""

CardiacCatheterizationInterventionPhase: Final[Code] = Code(
    "SCT", "128957000", "Cardiac catheterization intervention phase", (3250,)
)
"""Cardiac catheterization intervention phase (SCT 128957000)."""

CardiacCatheterizationPostContrastPhase: Final[Code] = Code(
    "SCT", "129083002", "Cardiac catheterization post contrast phase", (3250, 3651)
)
"""Cardiac catheterization post contrast phase (SCT 129083002)."""

CardiacCatheterizationPostInterventionPhase: Final[Code] = Code(
    "SCT", "128960007", "Cardiac catheterization post-intervention phase", (3250, 3480, 3651)
)
"""Cardiac catheterization post-intervention phase (SCT 128960007)."""

CardiacCatheterizationPreInterventionPhase: Final[Code] = Code(
    "SCT", "128958005", "Cardiac catheterization pre-intervention phase", (3250, 3480)
)
"""Cardiac catheterization pre-intervention phase (SCT 128958005)."""

CardiacCatheterizationTestChallengePhase: Final[Code] = Code(
    "SCT", "373105002", "Cardiac catheterization test/challenge phase", (3250, 3651)
)
"""Cardiac catheterization test/challenge phase (SCT 373105002)."""

CardiacCatheterizationTherapyPhase: Final[Code] = Code(
    "SCT", "128959002", "Cardiac catheterization therapy phase", (3250,)
)
"""Cardiac catheterization therapy phase (SCT 128959002)."""

CatheterizationOfBothLeftAndRightHeartWithGraft: Final[Code] = Code(
    "SCT", "128952006", "Catheterization of both left and right heart with graft", (3250, 3739)
)
"""Catheterization of both left and right heart with graft (SCT 128952006)."""

CatheterizationOfBothLeftAndRightHeartWithoutGraft: Final[Code] = Code(
    "SCT", "128953001", "Catheterization of both left and right heart without graft", (3250, 3739)
)
"""Catheterization of both left and right heart without graft (SCT 128953001)."""

CatheterizationOfLeftHeart: Final[Code] = Code(
    "SCT", "67629009", "Catheterization of left heart", (3250, 3739)
)
"""Catheterization of left heart (SCT 67629009)."""

CatheterizationOfRightHeart: Final[Code] = Code(
    "SCT", "40403005", "Catheterization of right heart", (3250, 3739)
)
"""Catheterization of right heart (SCT 40403005)."""

TransseptalCatheterization: Final[Code] = Code(
    "SCT", "67338003", "Transseptal catheterization", (3250,)
)
"""Transseptal catheterization (SCT 67338003)."""

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
    CardiacCatheterizationBailoutPhase,
    CardiacCatheterizationBaselinePhase,
    CardiacCatheterizationImageAcquisitionPhase,
    CardiacCatheterizationInterventionPhase,
    CardiacCatheterizationPostContrastPhase,
    CardiacCatheterizationPostInterventionPhase,
    CardiacCatheterizationPreInterventionPhase,
    CardiacCatheterizationTestChallengePhase,
    CardiacCatheterizationTherapyPhase,
    CatheterizationOfBothLeftAndRightHeartWithGraft,
    CatheterizationOfBothLeftAndRightHeartWithoutGraft,
    CatheterizationOfLeftHeart,
    CatheterizationOfRightHeart,
    TransseptalCatheterization,
    DrugInfusionChallenge,
    ExerciseChallenge,
    RestingState,
)
"""The resolved membership: own members, then those of the included groups, in order."""
