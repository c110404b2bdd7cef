"""CID 6207 Colon Quantitative Temporal Difference Type.

Extensible, version 20090717, UID 1.2.840.10008.6.1.794.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6207
NAME: _Final[str] = "Colon Quantitative Temporal Difference Type"
KEYWORD: _Final[str | None] = "ColonQuantitativeTemporalDifferenceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.794"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090717"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DifferenceInSize: _Final[_Code] = _Code("SCT", "442714003", "Difference in size", (6133, 6207))
"""Difference in size (SCT 442714003)."""

DifferenceInLocation: _Final[_Code] = _Code(
    "SCT", "442726008", "Difference in location", (6133, 6207)
)
"""Difference in location (SCT 442726008)."""

DifferenceInAttenuation: _Final[_Code] = _Code(
    "SCT", "442707000", "Difference in attenuation", (6207,)
)
"""Difference in attenuation (SCT 442707000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DifferenceInSize,
    DifferenceInLocation,
    DifferenceInAttenuation,
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
