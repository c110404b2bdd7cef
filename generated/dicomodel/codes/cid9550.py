"""CID 9550 C-Arm Photon-Electron Delivery Rate Unit.

Non-extensible, version 20190715, UID 1.2.840.10008.6.1.1297.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9550
NAME: Final[str] = "C-Arm Photon-Electron Delivery Rate Unit"
KEYWORD: Final[str | None] = "CArmPhotonElectronDeliveryRateUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1297"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MonitorUnitsSecond: Final[Code] = Code("UCUM", "{MU}/s", "Monitor Units/Second", (9550, 9558))
"""Monitor Units/Second (UCUM {MU}/s)."""

MEMBERS: Final[tuple[Code, ...]] = (MonitorUnitsSecond,)
"""The resolved membership: own members, then those of the included groups, in order."""
