"""CID 3746 Percutaneous Entry Site.

Extensible, version 20110609, UID 1.2.840.10008.6.1.243.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3746
NAME: _Final[str] = "Percutaneous Entry Site"
KEYWORD: _Final[str | None] = "PercutaneousEntrySite"
UID: _Final[str | None] = "1.2.840.10008.6.1.243"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110609"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ViaFemoralArtery: _Final[_Code] = _Code("SCT", "260590008", "Via femoral artery", (3746,))
"""Via femoral artery (SCT 260590008)."""

ViaRadialArtery: _Final[_Code] = _Code("SCT", "444850002", "Via radial artery", (3746,))
"""Via radial artery (SCT 444850002)."""

ViaBrachialArtery: _Final[_Code] = _Code("SCT", "260585005", "Via brachial artery", (3746,))
"""Via brachial artery (SCT 260585005)."""

ViaArtery: _Final[_Code] = _Code("SCT", "103387006", "Via artery", (3746,))
"""Via artery (SCT 103387006)."""

ViaArmVein: _Final[_Code] = _Code("SCT", "261459001", "Via arm vein", (3746,))
"""Via arm vein (SCT 261459001)."""

ViaFemoralVein: _Final[_Code] = _Code("SCT", "260601006", "Via femoral vein", (3746,))
"""Via femoral vein (SCT 260601006)."""

ViaVein: _Final[_Code] = _Code("SCT", "103386002", "Via vein", (3746,))
"""Via vein (SCT 103386002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ViaFemoralArtery,
    ViaRadialArtery,
    ViaBrachialArtery,
    ViaArtery,
    ViaArmVein,
    ViaFemoralVein,
    ViaVein,
)
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
