"""CID 6166 CAD Geometry Secondary Graphical Representation.

Extensible, version 20060822, UID 1.2.840.10008.6.1.480.

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
OutlineOfLobulations: _Final[_Code]
InnerLimitsOfFuzzyMargin: _Final[_Code]
OuterLimitsOfFuzzyMargin: _Final[_Code]
OutlineOfSpiculations: _Final[_Code]
LinearSpiculation: _Final[_Code]
PixelatedSpiculations: _Final[_Code]
LongAxis: _Final[_Code]
ShortAxis: _Final[_Code]
OrthogonalLocationArc: _Final[_Code]
OrthogonalLocationArcInnerMargin: _Final[_Code]
OrthogonalLocationArcOuterMargin: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
