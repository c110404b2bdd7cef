"""CID 227 Sample Statistical Descriptor.

Extensible, version 20030327, UID 1.2.840.10008.6.1.32.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 227
NAME: _Final[str] = "Sample Statistical Descriptor"
KEYWORD: _Final[str | None] = "SampleStatisticalDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.32"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PercentileRankingOfMeasurement: _Final[_Code] = _Code(
    "DCM", "121415", "Percentile Ranking of measurement", (227,)
)
"""Percentile Ranking of measurement (DCM 121415)."""

ZScoreOfMeasurement: _Final[_Code] = _Code("DCM", "121416", "Z-Score of measurement", (227,))
"""Z-Score of measurement (DCM 121416)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PercentileRankingOfMeasurement, ZScoreOfMeasurement)
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
