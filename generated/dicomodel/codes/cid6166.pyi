"""CID 6166 CAD Geometry Secondary Graphical Representation.

Extensible, version 20060822, UID 1.2.840.10008.6.1.480.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OutlineOfLobulations: _Final[_groups.Cid6166Code]
InnerLimitsOfFuzzyMargin: _Final[_groups.Cid6166Code]
OuterLimitsOfFuzzyMargin: _Final[_groups.Cid6166Code]
OutlineOfSpiculations: _Final[_groups.Cid6166Code]
LinearSpiculation: _Final[_groups.Cid6166Code]
PixelatedSpiculations: _Final[_groups.Cid6166Code]
LongAxis: _Final[_groups.Cid6166Code]
ShortAxis: _Final[_groups.Cid6166Code]
OrthogonalLocationArc: _Final[_groups.Cid6166Code]
OrthogonalLocationArcInnerMargin: _Final[_groups.Cid6166Code]
OrthogonalLocationArcOuterMargin: _Final[_groups.Cid6166Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6166Code]]
