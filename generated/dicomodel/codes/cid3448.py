"""CID 3448 Airway Assessment.

Extensible, version 20030327, UID 1.2.840.10008.6.1.97.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3448
NAME: _Final[str] = "Airway Assessment"
KEYWORD: _Final[str | None] = "AirwayAssessment"
UID: _Final[str | None] = "1.2.840.10008.6.1.97"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AirwayUnobstructed: _Final[_Code] = _Code("DCM", "122281", "airway unobstructed", (3448,))
"""airway unobstructed (DCM 122281)."""

AirwayPartiallyObstructed: _Final[_Code] = _Code(
    "DCM", "122282", "airway partially obstructed", (3448,)
)
"""airway partially obstructed (DCM 122282)."""

AirwaySeverelyObstructed: _Final[_Code] = _Code(
    "DCM", "122283", "airway severely obstructed", (3448,)
)
"""airway severely obstructed (DCM 122283)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AirwayUnobstructed,
    AirwayPartiallyObstructed,
    AirwaySeverelyObstructed,
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
