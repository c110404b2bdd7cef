"""CID 9559 Robotic Delivery Device Dosimeter Unit.

Non-extensible, version 20200117, UID 1.2.840.10008.6.1.1310.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9559
NAME: _Final[str] = "Robotic Delivery Device Dosimeter Unit"
KEYWORD: _Final[str | None] = "RoboticDeliveryDeviceDosimeterUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1310"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20200117"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MonitorUnits: _Final[_Code] = _Code("UCUM", "{MU}", "Monitor Units", (9552, 9557, 9559))
"""Monitor Units (UCUM {MU})."""

MEMBERS: _Final[tuple[_Code, ...]] = (MonitorUnits,)
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
