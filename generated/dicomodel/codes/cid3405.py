"""CID 3405 Procedure Action Value.

Extensible, version 20190817, UID 1.2.840.10008.6.1.70.
Includes CID 3250, CID 3406, CID 3428.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3405
NAME: _Final[str] = "Procedure Action Value"
KEYWORD: _Final[str | None] = "ProcedureActionValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.70"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = (3250, 3406, 3428)
EXTERNAL_SCHEME: _Final[str | None] = None

Atherectomy: _Final[_Code] = _Code("SCT", "6832004", "Atherectomy", (9, 3405))
"""Atherectomy (SCT 6832004)."""

AtherectomyByRotaryCutter: _Final[_Code] = _Code(
    "SCT", "65659003", "Atherectomy by rotary cutter", (9, 3405)
)
"""Atherectomy by rotary cutter (SCT 65659003)."""

AtherectomyByLaser: _Final[_Code] = _Code("SCT", "76611008", "Atherectomy by laser", (9, 3405))
"""Atherectomy by laser (SCT 76611008)."""

SelectiveEmbolizationOfArtery: _Final[_Code] = _Code(
    "SCT", "57238002", "Selective embolization of artery", (9, 3405)
)
"""Selective embolization of artery (SCT 57238002)."""

PercutaneousTransluminalBalloonAngioplasty: _Final[_Code] = _Code(
    "SCT", "68457009", "Percutaneous transluminal balloon angioplasty", (9, 3405)
)
"""Percutaneous transluminal balloon angioplasty (SCT 68457009)."""

TranscatheterTherapyForEmbolization: _Final[_Code] = _Code(
    "SCT", "16736007", "Transcatheter therapy for embolization", (9, 3405)
)
"""Transcatheter therapy for embolization (SCT 16736007)."""

PercutaneousRemovalOfIntravascularForeignBody: _Final[_Code] = _Code(
    "SCT", "240946003", "Percutaneous removal of intravascular foreign body", (9, 3405)
)
"""Percutaneous removal of intravascular foreign body (SCT 240946003)."""

StentPlacement: _Final[_Code] = _Code("SCT", "103716009", "Stent placement", (9, 3405))
"""Stent placement (SCT 103716009)."""

TranscatheterDeploymentOfDetachableBalloon: _Final[_Code] = _Code(
    "SCT", "105372003", "Transcatheter deployment of detachable balloon", (9, 3405)
)
"""Transcatheter deployment of detachable balloon (SCT 105372003)."""

PercutaneousInsertionOfIntravascularFilter: _Final[_Code] = _Code(
    "SCT", "105373008", "Percutaneous insertion of intravascular filter", (9, 3405)
)
"""Percutaneous insertion of intravascular filter (SCT 105373008)."""

CardiacCatheterizationBailoutPhase: _Final[_Code] = _Code(
    "SCT", "128961006", "Cardiac catheterization bailout phase", (3250,)
)
"""Cardiac catheterization bailout phase (SCT 128961006). Included from CID 3250."""

CardiacCatheterizationBaselinePhase: _Final[_Code] = _Code(
    "SCT", "128955008", "Cardiac catheterization baseline phase", (3250, 3651)
)
"""Cardiac catheterization baseline phase (SCT 128955008). Included from CID 3250."""

CardiacCatheterizationImageAcquisitionPhase: _Final[_Code] = _Code(
    "SCT", "128956009", "Cardiac catheterization image acquisition phase", (3250,)
)
"""Cardiac catheterization image acquisition phase (SCT 128956009). Included from CID 3250."""

CardiacCatheterizationInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128957000", "Cardiac catheterization intervention phase", (3250,)
)
"""Cardiac catheterization intervention phase (SCT 128957000). Included from CID 3250."""

CardiacCatheterizationPostContrastPhase: _Final[_Code] = _Code(
    "SCT", "129083002", "Cardiac catheterization post contrast phase", (3250, 3651)
)
"""Cardiac catheterization post contrast phase (SCT 129083002). Included from CID 3250."""

CardiacCatheterizationPostInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128960007", "Cardiac catheterization post-intervention phase", (3250, 3480, 3651)
)
"""Cardiac catheterization post-intervention phase (SCT 128960007). Included from CID 3250."""

CardiacCatheterizationPreInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128958005", "Cardiac catheterization pre-intervention phase", (3250, 3480)
)
"""Cardiac catheterization pre-intervention phase (SCT 128958005). Included from CID 3250."""

CardiacCatheterizationTestChallengePhase: _Final[_Code] = _Code(
    "SCT", "373105002", "Cardiac catheterization test/challenge phase", (3250, 3651)
)
"""Cardiac catheterization test/challenge phase (SCT 373105002). Included from CID 3250."""

CardiacCatheterizationTherapyPhase: _Final[_Code] = _Code(
    "SCT", "128959002", "Cardiac catheterization therapy phase", (3250,)
)
"""Cardiac catheterization therapy phase (SCT 128959002). Included from CID 3250."""

CatheterizationOfBothLeftAndRightHeartWithGraft: _Final[_Code] = _Code(
    "SCT", "128952006", "Catheterization of both left and right heart with graft", (3250, 3739)
)
"""Catheterization of both left and right heart with graft (SCT 128952006). Included from CID 3250."""

CatheterizationOfBothLeftAndRightHeartWithoutGraft: _Final[_Code] = _Code(
    "SCT", "128953001", "Catheterization of both left and right heart without graft", (3250, 3739)
)
"""Catheterization of both left and right heart without graft (SCT 128953001). Included from CID 3250."""

CatheterizationOfLeftHeart: _Final[_Code] = _Code(
    "SCT", "67629009", "Catheterization of left heart", (3250, 3739)
)
"""Catheterization of left heart (SCT 67629009). Included from CID 3250."""

CatheterizationOfRightHeart: _Final[_Code] = _Code(
    "SCT", "40403005", "Catheterization of right heart", (3250, 3739)
)
"""Catheterization of right heart (SCT 40403005). Included from CID 3250."""

TransseptalCatheterization: _Final[_Code] = _Code(
    "SCT", "67338003", "Transseptal catheterization", (3250,)
)
"""Transseptal catheterization (SCT 67338003). Included from CID 3250."""

DrugInfusionChallenge: _Final[_Code] = _Code(
    "SCT", "133882006", "Drug Infusion Challenge", (3250, 3271, 3651)
)
"""Drug Infusion Challenge (SCT 133882006). Included from CID 3250."""

ExerciseChallenge: _Final[_Code] = _Code(
    "SCT", "128967005", "Exercise challenge", (3250, 3271, 3651)
)
"""Exercise challenge (SCT 128967005). Included from CID 3250."""

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004). Included from CID 3250."""

ValvularIntervention: _Final[_Code] = _Code("DCM", "122053", "Valvular Intervention", (3406,))
"""Valvular Intervention (DCM 122053). Included from CID 3406."""

AorticIntervention: _Final[_Code] = _Code("DCM", "122054", "Aortic Intervention", (3406,))
"""Aortic Intervention (DCM 122054). Included from CID 3406."""

SeptalDefectIntervention: _Final[_Code] = _Code(
    "DCM", "122055", "Septal Defect Intervention", (3406,)
)
"""Septal Defect Intervention (DCM 122055). Included from CID 3406."""

VascularIntervention: _Final[_Code] = _Code("DCM", "122056", "Vascular Intervention", (3406,))
"""Vascular Intervention (DCM 122056). Included from CID 3406."""

MyocardialBiopsy: _Final[_Code] = _Code("DCM", "122057", "Myocardial biopsy", (3406,))
"""Myocardial biopsy (DCM 122057). Included from CID 3406."""

Angiography: _Final[_Code] = _Code("SCT", "77343006", "Angiography", (100, 3428))
"""Angiography (SCT 77343006). Included from CID 3428."""

Aortography: _Final[_Code] = _Code("SCT", "54640009", "Aortography", (3428,))
"""Aortography (SCT 54640009). Included from CID 3428."""

CoronaryArteriography: _Final[_Code] = _Code("SCT", "33367005", "Coronary Arteriography", (3428,))
"""Coronary Arteriography (SCT 33367005). Included from CID 3428."""

CardiacVentriculography: _Final[_Code] = _Code(
    "SCT", "252426003", "Cardiac ventriculography", (3428, 3744)
)
"""Cardiac ventriculography (SCT 252426003). Included from CID 3428."""

LeftVentriculography: _Final[_Code] = _Code("SCT", "265484009", "Left Ventriculography", (3428,))
"""Left Ventriculography (SCT 265484009). Included from CID 3428."""

RightVentriculography: _Final[_Code] = _Code("SCT", "265483003", "Right Ventriculography", (3428,))
"""Right Ventriculography (SCT 265483003). Included from CID 3428."""

BypassGraftAngiography: _Final[_Code] = _Code(
    "SCT", "252427007", "Bypass graft angiography", (3428,)
)
"""Bypass graft angiography (SCT 252427007). Included from CID 3428."""

ArterialConduitAngiography: _Final[_Code] = _Code(
    "DCM", "122058", "Arterial conduit angiography", (3428,)
)
"""Arterial conduit angiography (DCM 122058). Included from CID 3428."""

TransesophagealEchocardiography: _Final[_Code] = _Code(
    "SCT", "105376000", "Transesophageal echocardiography", (3428, 3757, 12001)
)
"""Transesophageal echocardiography (SCT 105376000). Included from CID 3428."""

TransthoracicEchocardiography: _Final[_Code] = _Code(
    "SCT", "433236007", "Transthoracic echocardiography", (3428, 3757, 12001)
)
"""Transthoracic echocardiography (SCT 433236007). Included from CID 3428."""

EpicardialEchocardiography: _Final[_Code] = _Code(
    "SCT", "433232009", "Epicardial echocardiography", (3428, 12001)
)
"""Epicardial echocardiography (SCT 433232009). Included from CID 3428."""

IntravascularUltrasound: _Final[_Code] = _Code(
    "SCT", "241466007", "Intravascular ultrasound", (3428,)
)
"""Intravascular ultrasound (SCT 241466007). Included from CID 3428."""

IntracardiacEchocardiography: _Final[_Code] = _Code(
    "SCT", "252421008", "Intracardiac echocardiography", (3428, 12001)
)
"""Intracardiac echocardiography (SCT 252421008). Included from CID 3428."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Atherectomy,
    AtherectomyByRotaryCutter,
    AtherectomyByLaser,
    SelectiveEmbolizationOfArtery,
    PercutaneousTransluminalBalloonAngioplasty,
    TranscatheterTherapyForEmbolization,
    PercutaneousRemovalOfIntravascularForeignBody,
    StentPlacement,
    TranscatheterDeploymentOfDetachableBalloon,
    PercutaneousInsertionOfIntravascularFilter,
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
    ValvularIntervention,
    AorticIntervention,
    SeptalDefectIntervention,
    VascularIntervention,
    MyocardialBiopsy,
    Angiography,
    Aortography,
    CoronaryArteriography,
    CardiacVentriculography,
    LeftVentriculography,
    RightVentriculography,
    BypassGraftAngiography,
    ArterialConduitAngiography,
    TransesophagealEchocardiography,
    TransthoracicEchocardiography,
    EpicardialEchocardiography,
    IntravascularUltrasound,
    IntracardiacEchocardiography,
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
