"""CID 3746 Percutaneous Entry Site.

Extensible, version 20110609, UID 1.2.840.10008.6.1.243.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3746
NAME: Final[str] = "Percutaneous Entry Site"
KEYWORD: Final[str | None] = "PercutaneousEntrySite"
UID: Final[str | None] = "1.2.840.10008.6.1.243"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110609"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ViaFemoralArtery: Final[Code] = Code("SCT", "260590008", "Via femoral artery", (3746,))
"""Via femoral artery (SCT 260590008)."""

ViaRadialArtery: Final[Code] = Code("SCT", "444850002", "Via radial artery", (3746,))
"""Via radial artery (SCT 444850002)."""

ViaBrachialArtery: Final[Code] = Code("SCT", "260585005", "Via brachial artery", (3746,))
"""Via brachial artery (SCT 260585005)."""

ViaArtery: Final[Code] = Code("SCT", "103387006", "Via artery", (3746,))
"""Via artery (SCT 103387006)."""

ViaArmVein: Final[Code] = Code("SCT", "261459001", "Via arm vein", (3746,))
"""Via arm vein (SCT 261459001)."""

ViaFemoralVein: Final[Code] = Code("SCT", "260601006", "Via femoral vein", (3746,))
"""Via femoral vein (SCT 260601006)."""

ViaVein: Final[Code] = Code("SCT", "103386002", "Via vein", (3746,))
"""Via vein (SCT 103386002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ViaFemoralArtery,
    ViaRadialArtery,
    ViaBrachialArtery,
    ViaArtery,
    ViaArmVein,
    ViaFemoralVein,
    ViaVein,
)
"""The resolved membership: own members, then those of the included groups, in order."""
