"""CID 6118 Size Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.438.

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
ExtremelySmall: _Final[_Code]
VerySmall: _Final[_Code]
Small: _Final[_Code]
Medium: _Final[_Code]
Large: _Final[_Code]
Enlarged: _Final[_Code]
TooSmall: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
