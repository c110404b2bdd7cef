"""CID 6166 CAD Geometry Secondary Graphical Representation.

Extensible, version 20060822, UID 1.2.840.10008.6.1.480.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6166
NAME: _Final[str] = "CAD Geometry Secondary Graphical Representation"
KEYWORD: _Final[str | None] = "CADGeometrySecondaryGraphicalRepresentation"
UID: _Final[str | None] = "1.2.840.10008.6.1.480"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20060822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OutlineOfLobulations: _Final[_Code] = _Code("DCM", "113661", "Outline of lobulations", (6166,))
"""Outline of lobulations (DCM 113661)."""

InnerLimitsOfFuzzyMargin: _Final[_Code] = _Code(
    "DCM", "113662", "Inner limits of fuzzy margin", (6166,)
)
"""Inner limits of fuzzy margin (DCM 113662)."""

OuterLimitsOfFuzzyMargin: _Final[_Code] = _Code(
    "DCM", "113663", "Outer limits of fuzzy margin", (6166,)
)
"""Outer limits of fuzzy margin (DCM 113663)."""

OutlineOfSpiculations: _Final[_Code] = _Code("DCM", "113664", "Outline of spiculations", (6166,))
"""Outline of spiculations (DCM 113664)."""

LinearSpiculation: _Final[_Code] = _Code("DCM", "113665", "Linear spiculation", (6166,))
"""Linear spiculation (DCM 113665)."""

PixelatedSpiculations: _Final[_Code] = _Code("DCM", "113666", "Pixelated spiculations", (6166,))
"""Pixelated spiculations (DCM 113666)."""

LongAxis: _Final[_Code] = _Code("SCT", "103339001", "Long axis", (6, 6166, 7470))
"""Long axis (SCT 103339001)."""

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short axis", (6, 27, 6166, 7470))
"""Short axis (SCT 103340004)."""

OrthogonalLocationArc: _Final[_Code] = _Code("DCM", "113669", "Orthogonal location arc", (6166,))
"""Orthogonal location arc (DCM 113669)."""

OrthogonalLocationArcInnerMargin: _Final[_Code] = _Code(
    "DCM", "113670", "Orthogonal location arc inner margin", (6166,)
)
"""Orthogonal location arc inner margin (DCM 113670)."""

OrthogonalLocationArcOuterMargin: _Final[_Code] = _Code(
    "DCM", "113671", "Orthogonal location arc outer margin", (6166,)
)
"""Orthogonal location arc outer margin (DCM 113671)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    OutlineOfLobulations,
    InnerLimitsOfFuzzyMargin,
    OuterLimitsOfFuzzyMargin,
    OutlineOfSpiculations,
    LinearSpiculation,
    PixelatedSpiculations,
    LongAxis,
    ShortAxis,
    OrthogonalLocationArc,
    OrthogonalLocationArcInnerMargin,
    OrthogonalLocationArcOuterMargin,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
