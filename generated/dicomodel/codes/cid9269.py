"""CID 9269 RT Radiation Meterset Units.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1468.
Includes CID 9552, CID 9557, CID 9559.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9269
NAME: Final[str] = "RT Radiation Meterset Units"
KEYWORD: Final[str | None] = "RTRadiationMetersetUnits"
UID: Final[str | None] = "1.2.840.10008.6.1.1468"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = (9552, 9557, 9559)
EXTERNAL_SCHEME: Final[str | None] = None

MonitorUnits: Final[Code] = Code("UCUM", "{MU}", "Monitor Units", (9552, 9557, 9559))
"""Monitor Units (UCUM {MU}). Included from CID 9552."""

S: Final[Code] = Code("UCUM", "s", "s", (7181, 7183, 9557))
"""s (UCUM s). Included from CID 9557."""

MEMBERS: Final[tuple[Code, ...]] = (MonitorUnits, S)
"""The resolved membership: own members, then those of the included groups, in order."""
