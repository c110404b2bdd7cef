"""CID 9560 Robotic Delivery Device Dose Rate Unit.

Non-extensible, version 20200117, UID 1.2.840.10008.6.1.1311.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9560
NAME: Final[str] = "Robotic Delivery Device Dose Rate Unit"
KEYWORD: Final[str | None] = "RoboticDeliveryDeviceDoseRateUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1311"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20200117"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GyS: Final[Code] = Code("UCUM", "Gy/s", "Gy/s", (9558, 9560))
"""Gy/s (UCUM Gy/s)."""

MEMBERS: Final[tuple[Code, ...]] = (GyS,)
"""The resolved membership: own members, then those of the included groups, in order."""
