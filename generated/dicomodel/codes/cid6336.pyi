"""CID 6336 MRI Abnormality.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1393.
Includes CID 6337.

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
FocalAbnormality: _Final[_Code]
Focal: _Final[_Code]
IndexLesion: _Final[_Code]
Lesion: _Final[_Code]
Mass: _Final[_Code]
Nodule: _Final[_Code]
NonFocalAbnormality: _Final[_Code]
Diffuse: _Final[_Code]
Multifocal: _Final[_Code]
Regional: _Final[_Code]
BenignProstateHyperplasia: _Final[_Code]
Hemorrhage: _Final[_Code]
Cyst: _Final[_Code]
PathologicCalcification: _Final[_Code]
Prostatitis: _Final[_Code]
Atrophy: _Final[_Code]
Fibrosis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
