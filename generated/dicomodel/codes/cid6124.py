"""CID 6124 Location in Chest.

Extensible, version 20030108, UID 1.2.840.10008.6.1.444.
Includes CID 6125, CID 6126, CID 6127.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6124
NAME: Final[str] = "Location in Chest"
KEYWORD: Final[str | None] = "LocationInChest"
UID: Final[str | None] = "1.2.840.10008.6.1.444"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = (6125, 6126, 6127)
EXTERNAL_SCHEME: Final[str | None] = None

Central: Final[Code] = Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008). Included from CID 6125."""

Peripheral: Final[Code] = Code("SCT", "14414005", "Peripheral", (2, 5, 6125))
"""Peripheral (SCT 14414005). Included from CID 6125."""

Apical: Final[Code] = Code("SCT", "43674008", "Apical", (2, 5, 6125))
"""Apical (SCT 43674008). Included from CID 6125."""

Basal: Final[Code] = Code("SCT", "57195005", "Basal", (2, 6125))
"""Basal (SCT 57195005). Included from CID 6125."""

Subpleural: Final[Code] = Code("SCT", "68599007", "Subpleural", (6126,))
"""Subpleural (SCT 68599007). Included from CID 6126."""

UpperZoneOfLung: Final[Code] = Code("SCT", "281392002", "Upper zone of lung", (6171,))
"""Upper zone of lung (SCT 281392002). Included from CID 6171."""

MiddleZoneOfLung: Final[Code] = Code("SCT", "281393007", "Middle zone of lung", (6171,))
"""Middle zone of lung (SCT 281393007). Included from CID 6171."""

LowerZoneOfLung: Final[Code] = Code("SCT", "281394001", "Lower zone of lung", (6171,))
"""Lower zone of lung (SCT 281394001). Included from CID 6171."""

UpperLobeOfLung: Final[Code] = Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009). Included from CID 6170."""

MiddleLobeOfRightLung: Final[Code] = Code("SCT", "72481006", "Middle lobe of right lung", (6170,))
"""Middle lobe of right lung (SCT 72481006). Included from CID 6170."""

LowerLobeOfLung: Final[Code] = Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001). Included from CID 6170."""

AnteriorSegmentOfRightUpperLobe: Final[Code] = Code(
    "SCT", "39743006", "Anterior segment of right upper lobe", (6127,)
)
"""Anterior segment of right upper lobe (SCT 39743006). Included from CID 6127."""

AnteriorSegmentOfLeftUpperLobe: Final[Code] = Code(
    "SCT", "22270008", "Anterior segment of left upper lobe", (6127,)
)
"""Anterior segment of left upper lobe (SCT 22270008). Included from CID 6127."""

PosteriorSegmentOfRightUpperLobe: Final[Code] = Code(
    "SCT", "3236000", "Posterior segment of right upper lobe", (6127,)
)
"""Posterior segment of right upper lobe (SCT 3236000). Included from CID 6127."""

MEMBERS: Final[tuple[Code, ...]] = (
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
