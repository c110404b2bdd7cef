"""CID 6072 Breast Implant Finding.

Extensible, version 20040112, UID 1.2.840.10008.6.1.401.

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
NormalImplants: _Final[_Code]
AsymmetricImplants: _Final[_Code]
CalcifiedImplant: _Final[_Code]
DistortedImplant: _Final[_Code]
SiliconeLadenLymphNodes: _Final[_Code]
FreeSilicone: _Final[_Code]
HerniatedImplant: _Final[_Code]
RuptureOfBreastImplant: _Final[_Code]
Explantation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
