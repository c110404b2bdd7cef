"""CID 7160 Pelvic Organ Segmentation Type.

Extensible, version 20230630, UID 1.2.840.10008.6.1.506.

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
Bladder: _Final[_Code]
Cervix: _Final[_Code]
FallopianTube: _Final[_Code]
Vulva: _Final[_Code]
FemaleInternalGenitalia: _Final[_Code]
MaleExternalGenitalia: _Final[_Code]
MaleInternalGenitalia: _Final[_Code]
Ovary: _Final[_Code]
Pelvis: _Final[_Code]
PelvicCavityFalseAndOrTrue: _Final[_Code]
PelvicCavityFalse: _Final[_Code]
PelvicCavityTrue: _Final[_Code]
Prostate: _Final[_Code]
Rectum: _Final[_Code]
SeminalVesicle: _Final[_Code]
Testis: _Final[_Code]
Uterus: _Final[_Code]
Vagina: _Final[_Code]
VasDeferens: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
