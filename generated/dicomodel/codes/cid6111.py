"""CID 6111 Bronchovascular Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.431.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6111
NAME: Final[str] = "Bronchovascular Anatomy Finding or Feature"
KEYWORD: Final[str | None] = "BronchovascularAnatomyFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.431"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AirwayStructure: Final[Code] = Code("SCT", "89187006", "Airway structure", (6111,))
"""Airway structure (SCT 89187006)."""

Bronchus: Final[Code] = Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009)."""

Carina: Final[Code] = Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002)."""

CarinaAngle: Final[Code] = Code("DCM", "112086", "Carina angle", (6111,))
"""Carina angle (DCM 112086)."""

CentrilobularStructures: Final[Code] = Code("DCM", "112087", "Centrilobular structures", (6111,))
"""Centrilobular structures (DCM 112087)."""

HilumOfLung: Final[Code] = Code("SCT", "46750007", "Hilum of lung", (6111, 6129))
"""Hilum of lung (SCT 46750007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AirwayStructure,
    Bronchus,
    Carina,
    CarinaAngle,
    CentrilobularStructures,
    HilumOfLung,
)
"""The resolved membership: own members, then those of the included groups, in order."""
