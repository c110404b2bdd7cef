"""CID 7230 Automation of Measurement.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1319.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7230
NAME: Final[str] = "Automation of Measurement"
KEYWORD: Final[str | None] = "AutomationOfMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1319"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200704"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Automated: Final[Code] = Code("SCT", "8359006", "Automated", (7230,))
"""Automated (SCT 8359006)."""

Manual: Final[Code] = Code("SCT", "87982008", "Manual", (7230,))
"""Manual (SCT 87982008)."""

MEMBERS: Final[tuple[Code, ...]] = (Automated, Manual)
"""The resolved membership: own members, then those of the included groups, in order."""
