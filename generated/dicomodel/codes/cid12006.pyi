"""CID 12006 Fetal Long Bones Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.555.

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
HumerusLength: _Final[_Code]
RadiusLength: _Final[_Code]
UlnaLength: _Final[_Code]
TibiaLength: _Final[_Code]
FibulaLength: _Final[_Code]
ClavicleLength: _Final[_Code]
FemurLength: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
