"""CID 8132 Magnification Selection.

Extensible, version 20120605, UID 1.2.840.10008.6.1.949.

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
_5X: _Final[_Code]
_10X: _Final[_Code]
_20X: _Final[_Code]
_40X: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
