"""CID 8303 Display Device Type.

Extensible, version 20170417, UID 1.2.840.10008.6.1.983.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CRTDisplay: _Final[_groups.Cid8303Code]
LiquidCrystalDisplay: _Final[_groups.Cid8303Code]
PlasmaDisplay: _Final[_groups.Cid8303Code]
OLED: _Final[_groups.Cid8303Code]
DLPRearProjectionSystem: _Final[_groups.Cid8303Code]
DLPFrontProjectionSystem: _Final[_groups.Cid8303Code]
CRTRearProjectionSystem: _Final[_groups.Cid8303Code]
CRTFrontProjectionSystem: _Final[_groups.Cid8303Code]
MEMBERS: _Final[tuple[_groups.Cid8303Code, ...]]
