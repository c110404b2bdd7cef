"""CID 3250 Catheterization Procedure Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.55.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3250
NAME: _Final[str] = "Catheterization Procedure Phase"
KEYWORD: _Final[str | None] = "CatheterizationProcedurePhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.55"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacCatheterizationBailoutPhase: _Final[_Code] = _Code(
    "SCT", "128961006", "Cardiac catheterization bailout phase", (3250,)
)
"""Cardiac catheterization bailout phase (SCT 128961006)."""

CardiacCatheterizationBaselinePhase: _Final[_Code] = _Code(
    "SCT", "128955008", "Cardiac catheterization baseline phase", (3250, 3651)
)
"""Cardiac catheterization baseline phase (SCT 128955008)."""

CardiacCatheterizationImageAcquisitionPhase: _Final[_Code] = _Code(
    "SCT", "128956009", "Cardiac catheterization image acquisition phase", (3250,)
)
"""Cardiac catheterization image acquisition phase (SCT 128956009)."""

CardiacCatheterizationInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128957000", "Cardiac catheterization intervention phase", (3250,)
)
"""Cardiac catheterization intervention phase (SCT 128957000)."""

CardiacCatheterizationPostContrastPhase: _Final[_Code] = _Code(
    "SCT", "129083002", "Cardiac catheterization post contrast phase", (3250, 3651)
)
"""Cardiac catheterization post contrast phase (SCT 129083002)."""

CardiacCatheterizationPostInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128960007", "Cardiac catheterization post-intervention phase", (3250, 3480, 3651)
)
"""Cardiac catheterization post-intervention phase (SCT 128960007)."""

CardiacCatheterizationPreInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128958005", "Cardiac catheterization pre-intervention phase", (3250, 3480)
)
"""Cardiac catheterization pre-intervention phase (SCT 128958005)."""

CardiacCatheterizationTestChallengePhase: _Final[_Code] = _Code(
    "SCT", "373105002", "Cardiac catheterization test/challenge phase", (3250, 3651)
)
"""Cardiac catheterization test/challenge phase (SCT 373105002)."""

CardiacCatheterizationTherapyPhase: _Final[_Code] = _Code(
    "SCT", "128959002", "Cardiac catheterization therapy phase", (3250,)
)
"""Cardiac catheterization therapy phase (SCT 128959002)."""

CatheterizationOfBothLeftAndRightHeartWithGraft: _Final[_Code] = _Code(
    "SCT", "128952006", "Catheterization of both left and right heart with graft", (3250, 3739)
)
"""Catheterization of both left and right heart with graft (SCT 128952006)."""

CatheterizationOfBothLeftAndRightHeartWithoutGraft: _Final[_Code] = _Code(
    "SCT", "128953001", "Catheterization of both left and right heart without graft", (3250, 3739)
)
"""Catheterization of both left and right heart without graft (SCT 128953001)."""

CatheterizationOfLeftHeart: _Final[_Code] = _Code(
    "SCT", "67629009", "Catheterization of left heart", (3250, 3739)
)
"""Catheterization of left heart (SCT 67629009)."""

CatheterizationOfRightHeart: _Final[_Code] = _Code(
    "SCT", "40403005", "Catheterization of right heart", (3250, 3739)
)
"""Catheterization of right heart (SCT 40403005)."""

TransseptalCatheterization: _Final[_Code] = _Code(
    "SCT", "67338003", "Transseptal catheterization", (3250,)
)
"""Transseptal catheterization (SCT 67338003)."""

DrugInfusionChallenge: _Final[_Code] = _Code(
    "SCT", "133882006", "Drug Infusion Challenge", (3250, 3271, 3651)
)
"""Drug Infusion Challenge (SCT 133882006)."""

ExerciseChallenge: _Final[_Code] = _Code(
    "SCT", "128967005", "Exercise challenge", (3250, 3271, 3651)
)
"""Exercise challenge (SCT 128967005)."""

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
