"""CID 3403 Percutaneous Entry.

Extensible, version 20030327, UID 1.2.840.10008.6.1.68.
Includes CID 3746, CID 3747.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3403
NAME: _Final[str] = "Percutaneous Entry"
KEYWORD: _Final[str | None] = "PercutaneousEntry"
UID: _Final[str | None] = "1.2.840.10008.6.1.68"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = (3746, 3747)
EXTERNAL_SCHEME: _Final[str | None] = None

ViaFemoralArtery: _Final[_Code] = _Code("SCT", "260590008", "Via femoral artery", (3746,))
"""Via femoral artery (SCT 260590008). Included from CID 3746."""

ViaRadialArtery: _Final[_Code] = _Code("SCT", "444850002", "Via radial artery", (3746,))
"""Via radial artery (SCT 444850002). Included from CID 3746."""

ViaBrachialArtery: _Final[_Code] = _Code("SCT", "260585005", "Via brachial artery", (3746,))
"""Via brachial artery (SCT 260585005). Included from CID 3746."""

ViaArtery: _Final[_Code] = _Code("SCT", "103387006", "Via artery", (3746,))
"""Via artery (SCT 103387006). Included from CID 3746."""

ViaArmVein: _Final[_Code] = _Code("SCT", "261459001", "Via arm vein", (3746,))
"""Via arm vein (SCT 261459001). Included from CID 3746."""

ViaFemoralVein: _Final[_Code] = _Code("SCT", "260601006", "Via femoral vein", (3746,))
"""Via femoral vein (SCT 260601006). Included from CID 3746."""

ViaVein: _Final[_Code] = _Code("SCT", "103386002", "Via vein", (3746,))
"""Via vein (SCT 103386002). Included from CID 3746."""

NoClosureDeviceUsedAtPercutaneousEntry: _Final[_Code] = _Code(
    "NCDR", "75-0", "No closure device used at percutaneous entry", (3747,)
)
"""No closure device used at percutaneous entry (NCDR 75-0). Included from CID 3747."""

PercutaneousEntryClosedBySuture: _Final[_Code] = _Code(
    "NCDR", "75-1", "Percutaneous entry closed by suture", (3747,)
)
"""Percutaneous entry closed by suture (NCDR 75-1). Included from CID 3747."""

PercutaneousEntryClosedBySealant: _Final[_Code] = _Code(
    "NCDR", "75-2", "Percutaneous entry closed by sealant", (3747,)
)
"""Percutaneous entry closed by sealant (NCDR 75-2). Included from CID 3747."""

PercutaneousEntryClosedByOtherMechanism: _Final[_Code] = _Code(
    "NCDR", "75-3", "Percutaneous entry closed by other mechanism", (3747,)
)
"""Percutaneous entry closed by other mechanism (NCDR 75-3). Included from CID 3747."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ViaFemoralArtery,
    ViaRadialArtery,
    ViaBrachialArtery,
    ViaArtery,
    ViaArmVein,
    ViaFemoralVein,
    ViaVein,
    NoClosureDeviceUsedAtPercutaneousEntry,
    PercutaneousEntryClosedBySuture,
    PercutaneousEntryClosedBySealant,
    PercutaneousEntryClosedByOtherMechanism,
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
