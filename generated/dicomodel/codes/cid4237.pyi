"""CID 4237 Lens Constant Type.

Extensible, version 20190124, UID 1.2.840.10008.6.1.883.

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
AConstant: _Final[_Code]
ACDConstant: _Final[_Code]
HaigisA0: _Final[_Code]
HaigisA1: _Final[_Code]
HaigisA2: _Final[_Code]
HofferPacdConstant: _Final[_Code]
SurgeonFactor: _Final[_Code]
BarrettLensFactor: _Final[_Code]
BarrettDesignFactor: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
