"""CID 645 Exogenous Substance Origin Tissue.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1110.

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
Anus: _Final[_Code]
AsciticFluid: _Final[_Code]
Bladder: _Final[_Code]
Bone: _Final[_Code]
BoneAndSoftTissue: _Final[_Code]
Brain: _Final[_Code]
Breast: _Final[_Code]
CentralNervousSystem: _Final[_Code]
Cervix: _Final[_Code]
Colon: _Final[_Code]
ConnectiveTissue: _Final[_Code]
EmbryonicKidney: _Final[_Code]
HeadAndNeck: _Final[_Code]
Kidney: _Final[_Code]
Larynx: _Final[_Code]
Lung: _Final[_Code]
Lymph: _Final[_Code]
LymphoidTissue: _Final[_Code]
LymphNode: _Final[_Code]
Mesothelium: _Final[_Code]
Metastasis: _Final[_Code]
Mouth: _Final[_Code]
Ovary: _Final[_Code]
Pancreas: _Final[_Code]
PeripheralNerveMyelinSheath: _Final[_Code]
PleuralEffusion: _Final[_Code]
Prostate: _Final[_Code]
PulmonaryMetastasis: _Final[_Code]
Rectum: _Final[_Code]
SalivaryGland: _Final[_Code]
Skin: _Final[_Code]
SoftTissue: _Final[_Code]
Thyroid: _Final[_Code]
Uterus: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
