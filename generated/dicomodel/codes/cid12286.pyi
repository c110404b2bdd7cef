"""CID 12286 Cardiac Ultrasound Interventricular Septum Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.866.

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
InterventricularSeptum: _Final[_Code]
VentricularSeptalDefect: _Final[_Code]
BulboventricularForamen: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
