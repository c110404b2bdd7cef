"""Coding scheme BARI: BARI.

8 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

PosteriorDescendingSeptalPerforators: _Final[_Code]
RamusLaterals: _Final[_Code]
V1stDiagonalCoronaryArteryLaterals: _Final[_Code]
V1stMarginalCoronaryArteryLaterals: _Final[_Code]
V2ndDiagonalCoronaryArteryLaterals: _Final[_Code]
V2ndMarginalCoronaryArteryLaterals: _Final[_Code]
V3rdDiagonalCoronaryArteryLaterals: _Final[_Code]
V3rdMarginalCoronaryArteryLaterals: _Final[_Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
