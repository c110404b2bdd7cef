"""CID 9552 C-Arm Photon-Electron Dosimeter Unit.

Non-extensible, version 20190715, UID 1.2.840.10008.6.1.1299.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9552
NAME: Final[str] = "C-Arm Photon-Electron Dosimeter Unit"
KEYWORD: Final[str | None] = "CArmPhotonElectronDosimeterUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1299"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MonitorUnits: Final[Code] = Code("UCUM", "{MU}", "Monitor Units", (9552, 9557, 9559))
"""Monitor Units (UCUM {MU})."""

MEMBERS: Final[tuple[Code, ...]] = (MonitorUnits,)
"""The resolved membership: own members, then those of the included groups, in order."""
