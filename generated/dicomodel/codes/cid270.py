"""CID 270 Observer Type.

Non-extensible, version 20040920, UID 1.2.840.10008.6.1.40.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 270
NAME: Final[str] = "Observer Type"
KEYWORD: Final[str | None] = "ObserverType"
UID: Final[str | None] = "1.2.840.10008.6.1.40"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20040920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Person: Final[Code] = Code("DCM", "121006", "Person", (270,))
"""Person (DCM 121006)."""

Device: Final[Code] = Code("DCM", "121007", "Device", (270,))
"""Device (DCM 121007)."""

MEMBERS: Final[tuple[Code, ...]] = (Person, Device)
"""The resolved membership: own members, then those of the included groups, in order."""
