"""CID 10010 Dose Measurement Device.

Extensible, version 20051101, UID 1.2.840.10008.6.1.543.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10010
NAME: Final[str] = "Dose Measurement Device"
KEYWORD: Final[str | None] = "DoseMeasurementDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.543"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051101"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Dosimeter: Final[Code] = Code("SCT", "15869005", "Dosimeter", (10010, 10020))
"""Dosimeter (SCT 15869005)."""

MEMBERS: Final[tuple[Code, ...]] = (Dosimeter,)
"""The resolved membership: own members, then those of the included groups, in order."""
