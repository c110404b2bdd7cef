"""CID 12017 Growth Distribution Rank.

Extensible, version 20030130, UID 1.2.840.10008.6.1.565.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12017
NAME: _Final[str] = "Growth Distribution Rank"
KEYWORD: _Final[str | None] = "GrowthDistributionRank"
UID: _Final[str | None] = "1.2.840.10008.6.1.565"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GrowthPercentileRank: _Final[_Code] = _Code("DCM", "125012", "Growth Percentile Rank", (12017,))
"""Growth Percentile Rank (DCM 125012)."""

GrowthZScore: _Final[_Code] = _Code("DCM", "125013", "Growth Z-score", (12017,))
"""Growth Z-score (DCM 125013)."""

MEMBERS: _Final[tuple[_Code, ...]] = (GrowthPercentileRank, GrowthZScore)
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
