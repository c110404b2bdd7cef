"""CID 12140 Pelvic Vasculature Anatomical Location.

Extensible, version 20040322, UID 1.2.840.10008.6.1.591.

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
UmbilicalArtery: _Final[_Code]
UmbilicalVein: _Final[_Code]
OvarianArtery: _Final[_Code]
OvarianVein: _Final[_Code]
UterineArtery: _Final[_Code]
UterineVein: _Final[_Code]
VitellineArteryOfPlacenta: _Final[_Code]
VitellineVeinOfPlacenta: _Final[_Code]
CommonIliacArtery: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
