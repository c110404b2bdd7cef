"""CID 7156 Vascular Segmentation Type.

Extensible, version 20210328, UID 1.2.840.10008.6.1.502.

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
Adventitia: _Final[_Code]
CardiovascularSystem: _Final[_Code]
Intima: _Final[_Code]
Lumen: _Final[_Code]
Media: _Final[_Code]
SystemicArtery: _Final[_Code]
SystemicVein: _Final[_Code]
Thrombus: _Final[_Code]
VascularSclerosis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
