"""CID 10044 Radiosensitive Organ.

Extensible, version 20170914, UID 1.2.840.10008.6.1.976.

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
AdrenalGland: _Final[_Code]
Bladder: _Final[_Code]
Brain: _Final[_Code]
Breast: _Final[_Code]
BoneMarrow: _Final[_Code]
BoneSurface: _Final[_Code]
Colon: _Final[_Code]
Esophagus: _Final[_Code]
EyeLenses: _Final[_Code]
Gallbladder: _Final[_Code]
Heart: _Final[_Code]
Kidney: _Final[_Code]
Liver: _Final[_Code]
Lung: _Final[_Code]
LymphNode: _Final[_Code]
Muscle: _Final[_Code]
OralMucosa: _Final[_Code]
Ovary: _Final[_Code]
Pancreas: _Final[_Code]
Prostate: _Final[_Code]
SalivaryGlands: _Final[_Code]
Skin: _Final[_Code]
SmallIntestine: _Final[_Code]
Spleen: _Final[_Code]
Stomach: _Final[_Code]
Testis: _Final[_Code]
Thymus: _Final[_Code]
Thyroid: _Final[_Code]
Uterus: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
