"""CID 612 Anesthesia Category Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1077.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 612
NAME: _Final[str] = "Anesthesia Category Code Type from Anesthesia Quality Initiative"
KEYWORD: _Final[str | None] = "AnesthesiaCategoryCodeTypeFromAnesthesiaQualityInitiative"
UID: _Final[str | None] = "1.2.840.10008.6.1.1077"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GeneralAnesthesia: _Final[_Code] = _Code("SCT", "50697003", "General anesthesia", (612,))
"""General anesthesia (SCT 50697003)."""

Sedation: _Final[_Code] = _Code("SCT", "72641008", "Sedation", (612, 9577))
"""Sedation (SCT 72641008)."""

SpinalAnesthesia: _Final[_Code] = _Code("SCT", "231249005", "Spinal anesthesia", (612,))
"""Spinal anesthesia (SCT 231249005)."""

EpiduralAnesthesia: _Final[_Code] = _Code("SCT", "18946005", "Epidural anesthesia", (612,))
"""Epidural anesthesia (SCT 18946005)."""

RegionalAnesthesia: _Final[_Code] = _Code("SCT", "27372005", "Regional anesthesia", (612,))
"""Regional anesthesia (SCT 27372005)."""

TopicalLocalAnesthesia: _Final[_Code] = _Code(
    "SCT", "386760001", "Topical local anesthesia", (612,)
)
"""Topical local anesthesia (SCT 386760001)."""

LocalAnesthesia: _Final[_Code] = _Code("SCT", "386761002", "Local anesthesia", (612,))
"""Local anesthesia (SCT 386761002)."""

MonitoredAnesthesiaCareMAC: _Final[_Code] = _Code(
    "SCT", "398239001", "Monitored Anesthesia Care (MAC)", (612,)
)
"""Monitored Anesthesia Care (MAC) (SCT 398239001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GeneralAnesthesia,
    Sedation,
    SpinalAnesthesia,
    EpiduralAnesthesia,
    RegionalAnesthesia,
    TopicalLocalAnesthesia,
    LocalAnesthesia,
    MonitoredAnesthesiaCareMAC,
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
