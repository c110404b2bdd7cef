"""CID 9269 RT Radiation Meterset Units.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1468.
Includes CID 9552, CID 9557, CID 9559.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9269
NAME: _Final[str] = "RT Radiation Meterset Units"
KEYWORD: _Final[str | None] = "RTRadiationMetersetUnits"
UID: _Final[str | None] = "1.2.840.10008.6.1.1468"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = (9552, 9557, 9559)
EXTERNAL_SCHEME: _Final[str | None] = None

MonitorUnits: _Final[_Code] = _Code("UCUM", "{MU}", "Monitor Units", (9552, 9557, 9559))
"""Monitor Units (UCUM {MU}). Included from CID 9552."""

S: _Final[_Code] = _Code("UCUM", "s", "s", (7181, 7183, 9557))
"""s (UCUM s). Included from CID 9557."""

MEMBERS: _Final[tuple[_Code, ...]] = (MonitorUnits, S)
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
