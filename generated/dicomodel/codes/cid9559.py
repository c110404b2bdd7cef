"""CID 9559 Robotic Delivery Device Dosimeter Unit.

Non-extensible, version 20200117, UID 1.2.840.10008.6.1.1310.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9559
NAME: Final[str] = "Robotic Delivery Device Dosimeter Unit"
KEYWORD: Final[str | None] = "RoboticDeliveryDeviceDosimeterUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1310"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20200117"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MonitorUnits: Final[Code] = Code("UCUM", "{MU}", "Monitor Units", (9552, 9557, 9559))
"""Monitor Units (UCUM {MU})."""

MEMBERS: Final[tuple[Code, ...]] = (MonitorUnits,)
"""The resolved membership: own members, then those of the included groups, in order."""
