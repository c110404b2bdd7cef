"""CID 9558 Tomotherapeutic Dose Rate Unit.

Non-extensible, version 20200117, UID 1.2.840.10008.6.1.1309.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9558
NAME: Final[str] = "Tomotherapeutic Dose Rate Unit"
KEYWORD: Final[str | None] = "TomotherapeuticDoseRateUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1309"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20200117"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GyS: Final[Code] = Code("UCUM", "Gy/s", "Gy/s", (9558, 9560))
"""Gy/s (UCUM Gy/s)."""

MonitorUnitsS: Final[Code] = Code("UCUM", "{MU}/s", "Monitor Units/s", (9550, 9558))
"""Monitor Units/s (UCUM {MU}/s)."""

MEMBERS: Final[tuple[Code, ...]] = (GyS, MonitorUnitsS)
"""The resolved membership: own members, then those of the included groups, in order."""
