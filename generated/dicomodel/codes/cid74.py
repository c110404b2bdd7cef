"""CID 74 Imaging Agent Administration Consumable Catheter Type.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1264.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 74
NAME: _Final[str] = "Imaging Agent Administration Consumable Catheter Type"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationConsumableCatheterType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1264"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PeripheralIntravenousCatheter: _Final[_Code] = _Code(
    "SCT", "82449006", "Peripheral intravenous catheter", (74,)
)
"""Peripheral intravenous catheter (SCT 82449006)."""

CentralVenousCatheter: _Final[_Code] = _Code("SCT", "52124006", "Central venous catheter", (74,))
"""Central venous catheter (SCT 52124006)."""

ImplantableVenousAccessPort: _Final[_Code] = _Code(
    "SCT", "398013009", "Implantable venous access port", (74,)
)
"""Implantable venous access port (SCT 398013009)."""

RectalCatheter: _Final[_Code] = _Code("SCT", "705541005", "Rectal Catheter", (74,))
"""Rectal Catheter (SCT 705541005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PeripheralIntravenousCatheter,
    CentralVenousCatheter,
    ImplantableVenousAccessPort,
    RectalCatheter,
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
