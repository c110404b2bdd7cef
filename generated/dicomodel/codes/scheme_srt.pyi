"""Coding scheme SRT: SNOMED CT.

10 codes of PS3.16 context groups and Annex D.

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
MEMBERS: _Final[tuple[_Code, ...]]
