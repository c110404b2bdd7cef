"""CID 6111 Bronchovascular Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.431.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6111
NAME: _Final[str] = "Bronchovascular Anatomy Finding or Feature"
KEYWORD: _Final[str | None] = "BronchovascularAnatomyFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.431"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AirwayStructure: _Final[_Code] = _Code("SCT", "89187006", "Airway structure", (6111,))
"""Airway structure (SCT 89187006)."""

Bronchus: _Final[_Code] = _Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009)."""

Carina: _Final[_Code] = _Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002)."""

CarinaAngle: _Final[_Code] = _Code("DCM", "112086", "Carina angle", (6111,))
"""Carina angle (DCM 112086)."""

CentrilobularStructures: _Final[_Code] = _Code("DCM", "112087", "Centrilobular structures", (6111,))
"""Centrilobular structures (DCM 112087)."""

HilumOfLung: _Final[_Code] = _Code("SCT", "46750007", "Hilum of lung", (6111, 6129))
"""Hilum of lung (SCT 46750007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AirwayStructure,
    Bronchus,
    Carina,
    CarinaAngle,
    CentrilobularStructures,
    HilumOfLung,
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
