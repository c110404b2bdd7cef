"""Coding scheme SRT: SNOMED CT.

10 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

AnteroPosterior: _Final[_Code]
AnteroPosteriorOblique: _Final[_Code]
FrontalOblique: _Final[_Code]
FrontalObliqueAxial: _Final[_Code]
LeftToRightOblique: _Final[_Code]
ObliqueSubmentoVertex: _Final[_Code]
PosteroAnterior: _Final[_Code]
PosteroAnteriorOblique: _Final[_Code]
RightToLeftOblique: _Final[_Code]
SubmentoVertexAxial: _Final[_Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
