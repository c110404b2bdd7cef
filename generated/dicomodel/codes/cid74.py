"""CID 74 Imaging Agent Administration Consumable Catheter Type.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1264.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 74
NAME: Final[str] = "Imaging Agent Administration Consumable Catheter Type"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationConsumableCatheterType"
UID: Final[str | None] = "1.2.840.10008.6.1.1264"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PeripheralIntravenousCatheter: Final[Code] = Code(
    "SCT", "82449006", "Peripheral intravenous catheter", (74,)
)
"""Peripheral intravenous catheter (SCT 82449006)."""

CentralVenousCatheter: Final[Code] = Code("SCT", "52124006", "Central venous catheter", (74,))
"""Central venous catheter (SCT 52124006)."""

ImplantableVenousAccessPort: Final[Code] = Code(
    "SCT", "398013009", "Implantable venous access port", (74,)
)
"""Implantable venous access port (SCT 398013009)."""

RectalCatheter: Final[Code] = Code("SCT", "705541005", "Rectal Catheter", (74,))
"""Rectal Catheter (SCT 705541005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PeripheralIntravenousCatheter,
    CentralVenousCatheter,
    ImplantableVenousAccessPort,
    RectalCatheter,
)
"""The resolved membership: own members, then those of the included groups, in order."""
