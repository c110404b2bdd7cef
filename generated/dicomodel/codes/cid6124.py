"""CID 6124 Location in Chest.

Extensible, version 20030108, UID 1.2.840.10008.6.1.444.
Includes CID 6125, CID 6126, CID 6127.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6124
NAME: _Final[str] = "Location in Chest"
KEYWORD: _Final[str | None] = "LocationInChest"
UID: _Final[str | None] = "1.2.840.10008.6.1.444"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = (6125, 6126, 6127)
EXTERNAL_SCHEME: _Final[str | None] = None

Central: _Final[_Code] = _Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008). Included from CID 6125."""

Peripheral: _Final[_Code] = _Code("SCT", "14414005", "Peripheral", (2, 5, 6125))
"""Peripheral (SCT 14414005). Included from CID 6125."""

Apical: _Final[_Code] = _Code("SCT", "43674008", "Apical", (2, 5, 6125))
"""Apical (SCT 43674008). Included from CID 6125."""

Basal: _Final[_Code] = _Code("SCT", "57195005", "Basal", (2, 6125))
"""Basal (SCT 57195005). Included from CID 6125."""

Subpleural: _Final[_Code] = _Code("SCT", "68599007", "Subpleural", (6126,))
"""Subpleural (SCT 68599007). Included from CID 6126."""

UpperZoneOfLung: _Final[_Code] = _Code("SCT", "281392002", "Upper zone of lung", (6171,))
"""Upper zone of lung (SCT 281392002). Included from CID 6171."""

MiddleZoneOfLung: _Final[_Code] = _Code("SCT", "281393007", "Middle zone of lung", (6171,))
"""Middle zone of lung (SCT 281393007). Included from CID 6171."""

LowerZoneOfLung: _Final[_Code] = _Code("SCT", "281394001", "Lower zone of lung", (6171,))
"""Lower zone of lung (SCT 281394001). Included from CID 6171."""

UpperLobeOfLung: _Final[_Code] = _Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009). Included from CID 6170."""

MiddleLobeOfRightLung: _Final[_Code] = _Code(
    "SCT", "72481006", "Middle lobe of right lung", (6170,)
)
"""Middle lobe of right lung (SCT 72481006). Included from CID 6170."""

LowerLobeOfLung: _Final[_Code] = _Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001). Included from CID 6170."""

AnteriorSegmentOfRightUpperLobe: _Final[_Code] = _Code(
    "SCT", "39743006", "Anterior segment of right upper lobe", (6127,)
)
"""Anterior segment of right upper lobe (SCT 39743006). Included from CID 6127."""

AnteriorSegmentOfLeftUpperLobe: _Final[_Code] = _Code(
    "SCT", "22270008", "Anterior segment of left upper lobe", (6127,)
)
"""Anterior segment of left upper lobe (SCT 22270008). Included from CID 6127."""

PosteriorSegmentOfRightUpperLobe: _Final[_Code] = _Code(
    "SCT", "3236000", "Posterior segment of right upper lobe", (6127,)
)
"""Posterior segment of right upper lobe (SCT 3236000). Included from CID 6127."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Central,
    Peripheral,
    Apical,
    Basal,
    Subpleural,
    UpperZoneOfLung,
    MiddleZoneOfLung,
    LowerZoneOfLung,
    UpperLobeOfLung,
    MiddleLobeOfRightLung,
    LowerLobeOfLung,
    AnteriorSegmentOfRightUpperLobe,
    AnteriorSegmentOfLeftUpperLobe,
    PosteriorSegmentOfRightUpperLobe,
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
