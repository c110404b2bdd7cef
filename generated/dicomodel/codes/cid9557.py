"""CID 9557 Tomotherapeutic Dosimeter Unit.

Non-extensible, version 20200117, UID 1.2.840.10008.6.1.1308.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9557
NAME: Final[str] = "Tomotherapeutic Dosimeter Unit"
KEYWORD: Final[str | None] = "TomotherapeuticDosimeterUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1308"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20200117"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

S: Final[Code] = Code("UCUM", "s", "s", (7181, 7183, 9557))
"""s (UCUM s)."""

MonitorUnits: Final[Code] = Code("UCUM", "{MU}", "Monitor Units", (9552, 9557, 9559))
"""Monitor Units (UCUM {MU})."""

MEMBERS: Final[tuple[Code, ...]] = (S, MonitorUnits)
"""The resolved membership: own members, then those of the included groups, in order."""
