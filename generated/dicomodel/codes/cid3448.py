"""CID 3448 Airway Assessment.

Extensible, version 20030327, UID 1.2.840.10008.6.1.97.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3448
NAME: Final[str] = "Airway Assessment"
KEYWORD: Final[str | None] = "AirwayAssessment"
UID: Final[str | None] = "1.2.840.10008.6.1.97"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AirwayUnobstructed: Final[Code] = Code("DCM", "122281", "airway unobstructed", (3448,))
"""airway unobstructed (DCM 122281)."""

AirwayPartiallyObstructed: Final[Code] = Code(
    "DCM", "122282", "airway partially obstructed", (3448,)
)
"""airway partially obstructed (DCM 122282)."""

AirwaySeverelyObstructed: Final[Code] = Code("DCM", "122283", "airway severely obstructed", (3448,))
"""airway severely obstructed (DCM 122283)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AirwayUnobstructed,
    AirwayPartiallyObstructed,
    AirwaySeverelyObstructed,
)
"""The resolved membership: own members, then those of the included groups, in order."""
