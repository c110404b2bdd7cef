"""CID 636 Temperature Sensor Device Component Type for Small Animal Procedure.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1101.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 636
NAME: _Final[str] = "Temperature Sensor Device Component Type for Small Animal Procedure"
KEYWORD: _Final[str | None] = "TemperatureSensorDeviceComponentTypeForSmallAnimalProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1101"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RectalTemperature: _Final[_Code] = _Code("SCT", "307047009", "Rectal temperature", (636,))
"""Rectal temperature (SCT 307047009)."""

Thermography: _Final[_Code] = _Code("UMLS", "C0039810", "Thermography", (636,))
"""Thermography (UMLS C0039810)."""

CarrierTemperatureSensor: _Final[_Code] = _Code(
    "DCM", "127240", "Carrier temperature sensor", (636,)
)
"""Carrier temperature sensor (DCM 127240)."""

MEMBERS: _Final[tuple[_Code, ...]] = (RectalTemperature, Thermography, CarrierTemperatureSensor)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
