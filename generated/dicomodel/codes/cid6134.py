"""CID 6134 Chest Qualitative Temporal Difference Type.

Extensible, version 20090717, UID 1.2.840.10008.6.1.454.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6134
NAME: _Final[str] = "Chest Qualitative Temporal Difference Type"
KEYWORD: _Final[str | None] = "ChestQualitativeTemporalDifferenceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.454"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090717"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DifferenceInBorderShape: _Final[_Code] = _Code(
    "SCT", "442755000", "Difference in border shape", (6134,)
)
"""Difference in border shape (SCT 442755000)."""

DifferenceInBorderDefinition: _Final[_Code] = _Code(
    "SCT", "442688001", "Difference in border definition", (6134,)
)
"""Difference in border definition (SCT 442688001)."""

DifferenceInDistribution: _Final[_Code] = _Code(
    "SCT", "442704007", "Difference in distribution", (6134,)
)
"""Difference in distribution (SCT 442704007)."""

DifferenceInSiteInvolvement: _Final[_Code] = _Code(
    "SCT", "442711006", "Difference in site involvement", (6134,)
)
"""Difference in site involvement (SCT 442711006)."""

DifferenceInSubstance: _Final[_Code] = _Code("SCT", "442691001", "Difference in substance", (6134,))
"""Difference in substance (SCT 442691001)."""

DifferenceInTexture: _Final[_Code] = _Code("SCT", "442700003", "Difference in Texture", (6134,))
"""Difference in Texture (SCT 442700003)."""

FindingPartiallyRemoved: _Final[_Code] = _Code(
    "SCT", "129722001", "Finding partially removed", (6003, 6134)
)
"""Finding partially removed (SCT 129722001)."""

NoSignificantChangesInTheFinding: _Final[_Code] = _Code(
    "SCT", "129723006", "No significant changes in the finding", (6003, 6134)
)
"""No significant changes in the finding (SCT 129723006)."""

IncreaseInSize: _Final[_Code] = _Code("SCT", "15454001", "Increase in size", (6003, 6134))
"""Increase in size (SCT 15454001)."""

DecreaseInSize: _Final[_Code] = _Code("SCT", "19776001", "Decrease in size", (6003, 6134))
"""Decrease in size (SCT 19776001)."""

LessDefined: _Final[_Code] = _Code("SCT", "129728002", "Less defined", (6003, 6134))
"""Less defined (SCT 129728002)."""

MoreDefined: _Final[_Code] = _Code("SCT", "129729005", "More defined", (6003, 6134))
"""More defined (SCT 129729005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DifferenceInBorderShape,
    DifferenceInBorderDefinition,
    DifferenceInDistribution,
    DifferenceInSiteInvolvement,
    DifferenceInSubstance,
    DifferenceInTexture,
    FindingPartiallyRemoved,
    NoSignificantChangesInTheFinding,
    IncreaseInSize,
    DecreaseInSize,
    LessDefined,
    MoreDefined,
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
