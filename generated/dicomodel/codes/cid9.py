"""CID 9 Image Guided Therapeutic Procedure.

Extensible, version 20240611, UID 1.2.840.10008.6.1.7.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9
NAME: _Final[str] = "Image Guided Therapeutic Procedure"
KEYWORD: _Final[str | None] = "ImageGuidedTherapeuticProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.7"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Vasoconstriction: _Final[_Code] = _Code("SCT", "32318003", "Vasoconstriction", (9,))
"""Vasoconstriction (SCT 32318003)."""

Vasodilatation: _Final[_Code] = _Code("SCT", "30017007", "Vasodilatation", (9,))
"""Vasodilatation (SCT 30017007)."""

Biopsy: _Final[_Code] = _Code("SCT", "86273004", "Biopsy", (9, 8109))
"""Biopsy (SCT 86273004)."""

RemovalOfForeignBody: _Final[_Code] = _Code("SCT", "10849003", "Removal of foreign body", (9,))
"""Removal of foreign body (SCT 10849003)."""

IntraArterialInfusionOfThrombolyticAgent: _Final[_Code] = _Code(
    "SCT", "69245005", "Intra-arterial infusion of thrombolytic agent", (9,)
)
"""Intra-arterial infusion of thrombolytic agent (SCT 69245005)."""

Irrigation: _Final[_Code] = _Code("SCT", "67889009", "Irrigation", (9,))
"""Irrigation (SCT 67889009)."""

Catheterization: _Final[_Code] = _Code("SCT", "45211000", "Catheterization", (9, 6050))
"""Catheterization (SCT 45211000)."""

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

FailedAttemptedProcedure: _Final[_Code] = _Code(
    "SCT", "103709008", "Failed attempted procedure", (9,)
)
"""Failed attempted procedure (SCT 103709008)."""

StentPlacement: _Final[_Code] = _Code("SCT", "103716009", "Stent placement", (9, 3405))
"""Stent placement (SCT 103716009)."""

CatheterManipulation: _Final[_Code] = _Code("SCT", "103712006", "Catheter manipulation", (9,))
"""Catheter manipulation (SCT 103712006)."""

CatheterReplacement: _Final[_Code] = _Code("SCT", "103713001", "Catheter replacement", (9,))
"""Catheter replacement (SCT 103713001)."""

OcclusionOfCatheter: _Final[_Code] = _Code("SCT", "103714007", "Occlusion of catheter", (9,))
"""Occlusion of catheter (SCT 103714007)."""

RemovalOfCatheter: _Final[_Code] = _Code("SCT", "103715008", "Removal of catheter", (9,))
"""Removal of catheter (SCT 103715008)."""

TranscatheterDeploymentOfDetachableBalloon: _Final[_Code] = _Code(
    "SCT", "105372003", "Transcatheter deployment of detachable balloon", (9, 3405)
)
"""Transcatheter deployment of detachable balloon (SCT 105372003)."""

PercutaneousInsertionOfIntravascularFilter: _Final[_Code] = _Code(
    "SCT", "105373008", "Percutaneous insertion of intravascular filter", (9, 3405)
)
"""Percutaneous insertion of intravascular filter (SCT 105373008)."""

Amniocentesis: _Final[_Code] = _Code("SCT", "34536000", "Amniocentesis", (9,))
"""Amniocentesis (SCT 34536000)."""

UltrasonicGuidanceForAmniocentesis: _Final[_Code] = _Code(
    "SCT", "65388005", "Ultrasonic guidance for amniocentesis", (9,)
)
"""Ultrasonic guidance for amniocentesis (SCT 65388005)."""

AmnioinfusionInjectionOfAmnion: _Final[_Code] = _Code(
    "SCT", "15415002", "Amnioinfusion [injection of amnion]", (9,)
)
"""Amnioinfusion [injection of amnion] (SCT 15415002)."""

IntrauterineCordocentesis: _Final[_Code] = _Code(
    "SCT", "6708002", "Intrauterine cordocentesis", (9,)
)
"""Intrauterine cordocentesis (SCT 6708002)."""

Thoracentesis: _Final[_Code] = _Code("SCT", "91602002", "Thoracentesis", (9,))
"""Thoracentesis (SCT 91602002)."""

BreechVersionObstetricalVersion: _Final[_Code] = _Code(
    "SCT", "65240009", "Breech Version [Obstetrical Version]", (9,)
)
"""Breech Version [Obstetrical Version] (SCT 65240009)."""

IntrauterineTransfusion: _Final[_Code] = _Code("SCT", "45460008", "Intrauterine transfusion", (9,))
"""Intrauterine transfusion (SCT 45460008)."""

Fetocide: _Final[_Code] = _Code("SCT", "133874006", "Fetocide (selective reduction)", (9,))
"""Fetocide (selective reduction) (SCT 133874006)."""

ProstaglandinInjection: _Final[_Code] = _Code("SCT", "133875007", "Prostaglandin injection", (9,))
"""Prostaglandin injection (SCT 133875007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Vasoconstriction,
    Vasodilatation,
    Biopsy,
    RemovalOfForeignBody,
    IntraArterialInfusionOfThrombolyticAgent,
    Irrigation,
    Catheterization,
    Atherectomy,
    AtherectomyByRotaryCutter,
    AtherectomyByLaser,
    SelectiveEmbolizationOfArtery,
    PercutaneousTransluminalBalloonAngioplasty,
    TranscatheterTherapyForEmbolization,
    PercutaneousRemovalOfIntravascularForeignBody,
    FailedAttemptedProcedure,
    StentPlacement,
    CatheterManipulation,
    CatheterReplacement,
    OcclusionOfCatheter,
    RemovalOfCatheter,
    TranscatheterDeploymentOfDetachableBalloon,
    PercutaneousInsertionOfIntravascularFilter,
    Amniocentesis,
    UltrasonicGuidanceForAmniocentesis,
    AmnioinfusionInjectionOfAmnion,
    IntrauterineCordocentesis,
    Thoracentesis,
    BreechVersionObstetricalVersion,
    IntrauterineTransfusion,
    Fetocide,
    ProstaglandinInjection,
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
