"""CID 6125 General Chest Location.

Extensible, version 20030108, UID 1.2.840.10008.6.1.445.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6125
NAME: Final[str] = "General Chest Location"
KEYWORD: Final[str | None] = "GeneralChestLocation"
UID: Final[str | None] = "1.2.840.10008.6.1.445"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Central: Final[Code] = Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

Peripheral: Final[Code] = Code("SCT", "14414005", "Peripheral", (2, 5, 6125))
"""Peripheral (SCT 14414005)."""

Apical: Final[Code] = Code("SCT", "43674008", "Apical", (2, 5, 6125))
"""Apical (SCT 43674008)."""

Basal: Final[Code] = Code("SCT", "57195005", "Basal", (2, 6125))
"""Basal (SCT 57195005)."""

MEMBERS: Final[tuple[Code, ...]] = (Central, Peripheral, Apical, Basal)
"""The resolved membership: own members, then those of the included groups, in order."""
