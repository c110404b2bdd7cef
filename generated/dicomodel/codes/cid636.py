"""CID 636 Temperature Sensor Device Component Type for Small Animal Procedure.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1101.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 636
NAME: Final[str] = "Temperature Sensor Device Component Type for Small Animal Procedure"
KEYWORD: Final[str | None] = "TemperatureSensorDeviceComponentTypeForSmallAnimalProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.1101"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RectalTemperature: Final[Code] = Code("SCT", "307047009", "Rectal temperature", (636,))
"""Rectal temperature (SCT 307047009)."""

Thermography: Final[Code] = Code("UMLS", "C0039810", "Thermography", (636,))
"""Thermography (UMLS C0039810)."""

CarrierTemperatureSensor: Final[Code] = Code("DCM", "127240", "Carrier temperature sensor", (636,))
"""Carrier temperature sensor (DCM 127240)."""

MEMBERS: Final[tuple[Code, ...]] = (RectalTemperature, Thermography, CarrierTemperatureSensor)
"""The resolved membership: own members, then those of the included groups, in order."""
