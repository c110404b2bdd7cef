"""CID 9 Image Guided Therapeutic Procedure.

Extensible, version 20240611, UID 1.2.840.10008.6.1.7.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Vasoconstriction: _Final[_groups.Cid9Code]
Vasodilatation: _Final[_groups.Cid9Code]
Biopsy: _Final[_groups.Cid9Code]
RemovalOfForeignBody: _Final[_groups.Cid9Code]
IntraArterialInfusionOfThrombolyticAgent: _Final[_groups.Cid9Code]
Irrigation: _Final[_groups.Cid9Code]
Catheterization: _Final[_groups.Cid9Code]
Atherectomy: _Final[_groups.Cid9Code]
AtherectomyByRotaryCutter: _Final[_groups.Cid9Code]
AtherectomyByLaser: _Final[_groups.Cid9Code]
SelectiveEmbolizationOfArtery: _Final[_groups.Cid9Code]
PercutaneousTransluminalBalloonAngioplasty: _Final[_groups.Cid9Code]
TranscatheterTherapyForEmbolization: _Final[_groups.Cid9Code]
PercutaneousRemovalOfIntravascularForeignBody: _Final[_groups.Cid9Code]
FailedAttemptedProcedure: _Final[_groups.Cid9Code]
StentPlacement: _Final[_groups.Cid9Code]
CatheterManipulation: _Final[_groups.Cid9Code]
CatheterReplacement: _Final[_groups.Cid9Code]
OcclusionOfCatheter: _Final[_groups.Cid9Code]
RemovalOfCatheter: _Final[_groups.Cid9Code]
TranscatheterDeploymentOfDetachableBalloon: _Final[_groups.Cid9Code]
PercutaneousInsertionOfIntravascularFilter: _Final[_groups.Cid9Code]
Amniocentesis: _Final[_groups.Cid9Code]
UltrasonicGuidanceForAmniocentesis: _Final[_groups.Cid9Code]
AmnioinfusionInjectionOfAmnion: _Final[_groups.Cid9Code]
IntrauterineCordocentesis: _Final[_groups.Cid9Code]
Thoracentesis: _Final[_groups.Cid9Code]
BreechVersionObstetricalVersion: _Final[_groups.Cid9Code]
IntrauterineTransfusion: _Final[_groups.Cid9Code]
Fetocide: _Final[_groups.Cid9Code]
ProstaglandinInjection: _Final[_groups.Cid9Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9Code]]
