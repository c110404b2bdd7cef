"""CID 7154 Abdominal Segmentation Type.

Extensible, version 20220922, UID 1.2.840.10008.6.1.500.
Includes CID 7171.

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
Abdomen: _Final[_Code]
AbdominopelvicCavity: _Final[_Code]
AbdominalWallMuscle: _Final[_Code]
AdrenalGland: _Final[_Code]
AbdominalAorta: _Final[_Code]
BileDuct: _Final[_Code]
BiliaryTract: _Final[_Code]
Gallbladder: _Final[_Code]
InferiorVenaCava: _Final[_Code]
Kidney: _Final[_Code]
Liver: _Final[_Code]
LumenOfGallbladder: _Final[_Code]
Omentum: _Final[_Code]
Pancreas: _Final[_Code]
PancreaticDuct: _Final[_Code]
PancreaticDuctAndBileDuctSystems: _Final[_Code]
PeritonealCavity: _Final[_Code]
Peritioneum: _Final[_Code]
RetroperitonealSpace: _Final[_Code]
SkinOfAbdomen: _Final[_Code]
SmallIntestine: _Final[_Code]
Spleen: _Final[_Code]
UrinarySystem: _Final[_Code]
WallOfGallbladder: _Final[_Code]
CouinaudHepaticSegmentI: _Final[_Code]
CouinaudHepaticSegmentII: _Final[_Code]
CouinaudHepaticSegmentIII: _Final[_Code]
CouinaudHepaticSegmentIV: _Final[_Code]
CouinaudHepaticSegmentV: _Final[_Code]
CouinaudHepaticSegmentVI: _Final[_Code]
CouinaudHepaticSegmentVII: _Final[_Code]
CouinaudHepaticSegmentVIII: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
