"""CID 7155 Thoracic Segmentation Type.

Extensible, version 20200704, UID 1.2.840.10008.6.1.501.
Includes CID 6170.

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
BloodVessel: _Final[_Code]
BoneOfThorax: _Final[_Code]
Bronchus: _Final[_Code]
ChestCavity: _Final[_Code]
ChestWallMuscle: _Final[_Code]
Clavicle: _Final[_Code]
Diaphragm: _Final[_Code]
Esophagus: _Final[_Code]
Lung: _Final[_Code]
Mediastinum: _Final[_Code]
Pleura: _Final[_Code]
Rib: _Final[_Code]
SkinOfChest: _Final[_Code]
Sternum: _Final[_Code]
ThoracicSpine: _Final[_Code]
Thorax: _Final[_Code]
Trachea: _Final[_Code]
Thymus: _Final[_Code]
UpperLobeOfLung: _Final[_Code]
MiddleLobeOfRightLung: _Final[_Code]
LowerLobeOfLung: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
