"""CID 4040 Endoscopy Anatomic Region.

Extensible, version 20210120, UID 1.2.840.10008.6.1.311.

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
AnusRectumAndSigmoidColon: _Final[_Code]
BileDuct: _Final[_Code]
BiliaryTract: _Final[_Code]
Bladder: _Final[_Code]
BladderAndUrethra: _Final[_Code]
Bronchus: _Final[_Code]
Cervix: _Final[_Code]
CommonBileDuct: _Final[_Code]
EsophagusStomachAndDuodenum: _Final[_Code]
ExternalAuditoryCanal: _Final[_Code]
Gallbladder: _Final[_Code]
InguinalRegion: _Final[_Code]
IntraAbdominopelvic: _Final[_Code]
IntraPelvic: _Final[_Code]
IntraThoracic: _Final[_Code]
Joint: _Final[_Code]
Kidney: _Final[_Code]
Knee: _Final[_Code]
LargeIntestine: _Final[_Code]
Larynx: _Final[_Code]
LumenOfBloodVessel: _Final[_Code]
Mediastinum: _Final[_Code]
Nasopharynx: _Final[_Code]
PancreaticDuct: _Final[_Code]
PancreaticDuctAndBileDuctSystems: _Final[_Code]
ParanasalSinus: _Final[_Code]
Pharynx: _Final[_Code]
PharynxAndLarynx: _Final[_Code]
Rectum: _Final[_Code]
Shoulder: _Final[_Code]
SigmoidColon: _Final[_Code]
Spine: _Final[_Code]
TracheaAndBronchus: _Final[_Code]
UpperUrinaryTract: _Final[_Code]
Ureter: _Final[_Code]
UterusAndFallopianTubes: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
