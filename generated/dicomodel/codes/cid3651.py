"""CID 3651 Hemodynamic Measurement Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.179.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3651
NAME: _Final[str] = "Hemodynamic Measurement Phase"
KEYWORD: _Final[str | None] = "HemodynamicMeasurementPhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.179"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacCatheterizationBaselinePhase: _Final[_Code] = _Code(
    "SCT", "128955008", "Cardiac catheterization baseline phase", (3250, 3651)
)
"""Cardiac catheterization baseline phase (SCT 128955008)."""

CardiacCatheterizationPostContrastPhase: _Final[_Code] = _Code(
    "SCT", "129083002", "Cardiac catheterization post contrast phase", (3250, 3651)
)
"""Cardiac catheterization post contrast phase (SCT 129083002)."""

CardiacCatheterizationPostInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128960007", "Cardiac catheterization post-intervention phase", (3250, 3480, 3651)
)
"""Cardiac catheterization post-intervention phase (SCT 128960007)."""

CardiacCatheterizationTestChallengePhase: _Final[_Code] = _Code(
    "SCT", "373105002", "Cardiac catheterization test/challenge phase", (3250, 3651)
)
"""Cardiac catheterization test/challenge phase (SCT 373105002)."""

CardiacCatheterizationGradientAssessmentPhase: _Final[_Code] = _Code(
    "SCT", "371874005", "Cardiac catheterization gradient assessment phase", (3651,)
)
"""Cardiac catheterization gradient assessment phase (SCT 371874005)."""

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
