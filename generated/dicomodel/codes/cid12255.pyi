"""CID 12255 Cardiac Ultrasound Myocardium Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.836.

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
WallMass: _Final[_Code]
MyocardialPerformanceIndexTei: _Final[_Code]
EndocardialArea: _Final[_Code]
EpicardialArea: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
