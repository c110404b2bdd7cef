"""CID 6140 Calculation Method.

Extensible, version 20070625, UID 1.2.840.10008.6.1.460.

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
Estimated: _Final[_groups.Cid6140Code]
UnspecifiedMethodOfCalculation: _Final[_groups.Cid6140Code]
AgatstonScoringMethod: _Final[_groups.Cid6140Code]
VolumeScoringMethod: _Final[_groups.Cid6140Code]
MassScoringMethod: _Final[_groups.Cid6140Code]
TwoDimensionalMethod: _Final[_groups.Cid6140Code]
ThreeDimensionalMethod: _Final[_groups.Cid6140Code]
MEMBERS: _Final[tuple[_groups.Cid6140Code, ...]]
