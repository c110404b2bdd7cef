"""CID 6037 Mammography Quantitative Temporal Difference Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.367.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6037
NAME: _Final[str] = "Mammography Quantitative Temporal Difference Type"
KEYWORD: _Final[str | None] = "MammographyQuantitativeTemporalDifferenceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.367"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DifferenceInSize: _Final[_Code] = _Code("SCT", "129806009", "Difference in size", (6037,))
"""Difference in size (SCT 129806009)."""

DifferenceInOpacity: _Final[_Code] = _Code("SCT", "129807000", "Difference in opacity", (6037,))
"""Difference in opacity (SCT 129807000)."""

DifferenceInLocation: _Final[_Code] = _Code("SCT", "129808005", "Difference in location", (6037,))
"""Difference in location (SCT 129808005)."""

DifferenceInSpatialProximity: _Final[_Code] = _Code(
    "SCT", "129809002", "Difference in spatial proximity", (6037,)
)
"""Difference in spatial proximity (SCT 129809002)."""

DifferenceInNumberOfCalcifications: _Final[_Code] = _Code(
    "SCT", "129810007", "Difference in number of calcifications", (6037,)
)
"""Difference in number of calcifications (SCT 129810007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DifferenceInSize,
    DifferenceInOpacity,
    DifferenceInLocation,
    DifferenceInSpatialProximity,
    DifferenceInNumberOfCalcifications,
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
