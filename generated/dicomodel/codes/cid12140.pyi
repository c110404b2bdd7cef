"""CID 12140 Pelvic Vasculature Anatomical Location.

Extensible, version 20040322, UID 1.2.840.10008.6.1.591.

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
UmbilicalArtery: _Final[_groups.Cid12140Code]
UmbilicalVein: _Final[_groups.Cid12140Code]
OvarianArtery: _Final[_groups.Cid12140Code]
OvarianVein: _Final[_groups.Cid12140Code]
UterineArtery: _Final[_groups.Cid12140Code]
UterineVein: _Final[_groups.Cid12140Code]
VitellineArteryOfPlacenta: _Final[_groups.Cid12140Code]
VitellineVeinOfPlacenta: _Final[_groups.Cid12140Code]
CommonIliacArtery: _Final[_groups.Cid12140Code]
MEMBERS: _Final[tuple[_groups.Cid12140Code, ...]]
