"""CID 8303 Display Device Type.

Extensible, version 20170417, UID 1.2.840.10008.6.1.983.

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
CRTDisplay: _Final[_Code]
LiquidCrystalDisplay: _Final[_Code]
PlasmaDisplay: _Final[_Code]
OLED: _Final[_Code]
DLPRearProjectionSystem: _Final[_Code]
DLPFrontProjectionSystem: _Final[_Code]
CRTRearProjectionSystem: _Final[_Code]
CRTFrontProjectionSystem: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
