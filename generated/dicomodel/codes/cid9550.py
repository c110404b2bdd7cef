"""CID 9550 C-Arm Photon-Electron Delivery Rate Unit.

Non-extensible, version 20190715, UID 1.2.840.10008.6.1.1297.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9550
NAME: _Final[str] = "C-Arm Photon-Electron Delivery Rate Unit"
KEYWORD: _Final[str | None] = "CArmPhotonElectronDeliveryRateUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1297"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MonitorUnitsSecond: _Final[_Code] = _Code("UCUM", "{MU}/s", "Monitor Units/Second", (9550, 9558))
"""Monitor Units/Second (UCUM {MU}/s)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MonitorUnitsSecond,)
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
