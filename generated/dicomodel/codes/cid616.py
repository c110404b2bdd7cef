"""CID 616 Anesthesia Maintenance Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1081.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 616
NAME: _Final[str] = "Anesthesia Maintenance Code Type from Anesthesia Quality Initiative"
KEYWORD: _Final[str | None] = "AnesthesiaMaintenanceCodeTypeFromAnesthesiaQualityInitiative"
UID: _Final[str | None] = "1.2.840.10008.6.1.1081"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

InhalationAnesthesiaSystemClosedRebreathingPrimaryAgent: _Final[_Code] = _Code(
    "SCT", "112987001", "Inhalation anesthesia system closed rebreathing primary agent", (616,)
)
"""Inhalation anesthesia system closed rebreathing primary agent (SCT 112987001)."""

InhalationAnesthesiaSystemClosedNoRebreathingPrimaryAgent: _Final[_Code] = _Code(
    "SCT", "44812007", "Inhalation anesthesia system closed no rebreathing primary agent", (616,)
)
"""Inhalation anesthesia system closed no rebreathing primary agent (SCT 44812007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InhalationAnesthesiaSystemClosedRebreathingPrimaryAgent,
    InhalationAnesthesiaSystemClosedNoRebreathingPrimaryAgent,
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
