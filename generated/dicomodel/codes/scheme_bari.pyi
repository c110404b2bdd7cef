"""Coding scheme BARI: BARI.

8 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

DESIGNATOR: _Final[str]
NAME: _Final[str]
UID: _Final[str | None]
URI: _Final[str | None]
RETIRED: _Final[bool]
PosteriorDescendingSeptalPerforators: _Final[_Code]
RamusLaterals: _Final[_Code]
_1stDiagonalCoronaryArteryLaterals: _Final[_Code]
_1stMarginalCoronaryArteryLaterals: _Final[_Code]
_2ndDiagonalCoronaryArteryLaterals: _Final[_Code]
_2ndMarginalCoronaryArteryLaterals: _Final[_Code]
_3rdDiagonalCoronaryArteryLaterals: _Final[_Code]
_3rdMarginalCoronaryArteryLaterals: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
