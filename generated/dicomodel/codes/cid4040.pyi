"""CID 4040 Endoscopy Anatomic Region.

Extensible, version 20210120, UID 1.2.840.10008.6.1.311.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnusRectumAndSigmoidColon: _Final[_groups.Cid4040Code]
BileDuct: _Final[_groups.Cid4040Code]
BiliaryTract: _Final[_groups.Cid4040Code]
Bladder: _Final[_groups.Cid4040Code]
BladderAndUrethra: _Final[_groups.Cid4040Code]
Bronchus: _Final[_groups.Cid4040Code]
Cervix: _Final[_groups.Cid4040Code]
CommonBileDuct: _Final[_groups.Cid4040Code]
EsophagusStomachAndDuodenum: _Final[_groups.Cid4040Code]
ExternalAuditoryCanal: _Final[_groups.Cid4040Code]
Gallbladder: _Final[_groups.Cid4040Code]
InguinalRegion: _Final[_groups.Cid4040Code]
IntraAbdominopelvic: _Final[_groups.Cid4040Code]
IntraPelvic: _Final[_groups.Cid4040Code]
IntraThoracic: _Final[_groups.Cid4040Code]
Joint: _Final[_groups.Cid4040Code]
Kidney: _Final[_groups.Cid4040Code]
Knee: _Final[_groups.Cid4040Code]
LargeIntestine: _Final[_groups.Cid4040Code]
Larynx: _Final[_groups.Cid4040Code]
LumenOfBloodVessel: _Final[_groups.Cid4040Code]
Mediastinum: _Final[_groups.Cid4040Code]
Nasopharynx: _Final[_groups.Cid4040Code]
PancreaticDuct: _Final[_groups.Cid4040Code]
PancreaticDuctAndBileDuctSystems: _Final[_groups.Cid4040Code]
ParanasalSinus: _Final[_groups.Cid4040Code]
Pharynx: _Final[_groups.Cid4040Code]
PharynxAndLarynx: _Final[_groups.Cid4040Code]
Rectum: _Final[_groups.Cid4040Code]
Shoulder: _Final[_groups.Cid4040Code]
SigmoidColon: _Final[_groups.Cid4040Code]
Spine: _Final[_groups.Cid4040Code]
TracheaAndBronchus: _Final[_groups.Cid4040Code]
UpperUrinaryTract: _Final[_groups.Cid4040Code]
Ureter: _Final[_groups.Cid4040Code]
UterusAndFallopianTubes: _Final[_groups.Cid4040Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4040Code]]
