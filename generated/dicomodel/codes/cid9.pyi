"""CID 9 Image Guided Therapeutic Procedure.

Extensible, version 20240611, UID 1.2.840.10008.6.1.7.

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
Vasoconstriction: _Final[_Code]
Vasodilatation: _Final[_Code]
Biopsy: _Final[_Code]
RemovalOfForeignBody: _Final[_Code]
IntraArterialInfusionOfThrombolyticAgent: _Final[_Code]
Irrigation: _Final[_Code]
Catheterization: _Final[_Code]
Atherectomy: _Final[_Code]
AtherectomyByRotaryCutter: _Final[_Code]
AtherectomyByLaser: _Final[_Code]
SelectiveEmbolizationOfArtery: _Final[_Code]
PercutaneousTransluminalBalloonAngioplasty: _Final[_Code]
TranscatheterTherapyForEmbolization: _Final[_Code]
PercutaneousRemovalOfIntravascularForeignBody: _Final[_Code]
FailedAttemptedProcedure: _Final[_Code]
StentPlacement: _Final[_Code]
CatheterManipulation: _Final[_Code]
CatheterReplacement: _Final[_Code]
OcclusionOfCatheter: _Final[_Code]
RemovalOfCatheter: _Final[_Code]
TranscatheterDeploymentOfDetachableBalloon: _Final[_Code]
PercutaneousInsertionOfIntravascularFilter: _Final[_Code]
Amniocentesis: _Final[_Code]
UltrasonicGuidanceForAmniocentesis: _Final[_Code]
AmnioinfusionInjectionOfAmnion: _Final[_Code]
IntrauterineCordocentesis: _Final[_Code]
Thoracentesis: _Final[_Code]
BreechVersionObstetricalVersion: _Final[_Code]
IntrauterineTransfusion: _Final[_Code]
Fetocide: _Final[_Code]
ProstaglandinInjection: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
