"""CID 3403 Percutaneous Entry.

Extensible, version 20030327, UID 1.2.840.10008.6.1.68.
Includes CID 3746, CID 3747.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3403
NAME: Final[str] = "Percutaneous Entry"
KEYWORD: Final[str | None] = "PercutaneousEntry"
UID: Final[str | None] = "1.2.840.10008.6.1.68"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = (3746, 3747)
EXTERNAL_SCHEME: Final[str | None] = None

ViaFemoralArtery: Final[Code] = Code("SCT", "260590008", "Via femoral artery", (3746,))
"""Via femoral artery (SCT 260590008). Included from CID 3746."""

ViaRadialArtery: Final[Code] = Code("SCT", "444850002", "Via radial artery", (3746,))
"""Via radial artery (SCT 444850002). Included from CID 3746."""

ViaBrachialArtery: Final[Code] = Code("SCT", "260585005", "Via brachial artery", (3746,))
"""Via brachial artery (SCT 260585005). Included from CID 3746."""

ViaArtery: Final[Code] = Code("SCT", "103387006", "Via artery", (3746,))
"""Via artery (SCT 103387006). Included from CID 3746."""

ViaArmVein: Final[Code] = Code("SCT", "261459001", "Via arm vein", (3746,))
"""Via arm vein (SCT 261459001). Included from CID 3746."""

ViaFemoralVein: Final[Code] = Code("SCT", "260601006", "Via femoral vein", (3746,))
"""Via femoral vein (SCT 260601006). Included from CID 3746."""

ViaVein: Final[Code] = Code("SCT", "103386002", "Via vein", (3746,))
"""Via vein (SCT 103386002). Included from CID 3746."""

NoClosureDeviceUsedAtPercutaneousEntry: Final[Code] = Code(
    "NCDR", "75-0", "No closure device used at percutaneous entry", (3747,)
)
"""No closure device used at percutaneous entry (NCDR 75-0). Included from CID 3747."""

PercutaneousEntryClosedBySuture: Final[Code] = Code(
    "NCDR", "75-1", "Percutaneous entry closed by suture", (3747,)
)
"""Percutaneous entry closed by suture (NCDR 75-1). Included from CID 3747."""

PercutaneousEntryClosedBySealant: Final[Code] = Code(
    "NCDR", "75-2", "Percutaneous entry closed by sealant", (3747,)
)
"""Percutaneous entry closed by sealant (NCDR 75-2). Included from CID 3747."""

PercutaneousEntryClosedByOtherMechanism: Final[Code] = Code(
    "NCDR", "75-3", "Percutaneous entry closed by other mechanism", (3747,)
)
"""Percutaneous entry closed by other mechanism (NCDR 75-3). Included from CID 3747."""

MEMBERS: Final[tuple[Code, ...]] = (
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
