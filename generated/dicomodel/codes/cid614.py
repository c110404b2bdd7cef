"""CID 614 Anesthesia Induction Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1079.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 614
NAME: _Final[str] = "Anesthesia Induction Code Type from Anesthesia Quality Initiative"
KEYWORD: _Final[str | None] = "AnesthesiaInductionCodeTypeFromAnesthesiaQualityInitiative"
UID: _Final[str | None] = "1.2.840.10008.6.1.1079"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ByInhalation: _Final[_Code] = _Code("SCT", "446406008", "By inhalation", (11, 614))
"""By inhalation (SCT 446406008)."""

IntravenousRoute: _Final[_Code] = _Code("SCT", "47625008", "Intravenous route", (11, 614))
"""Intravenous route (SCT 47625008)."""

PerRectum: _Final[_Code] = _Code("SCT", "37161004", "Per rectum", (11, 614))
"""Per rectum (SCT 37161004)."""

IntramuscularRoute: _Final[_Code] = _Code("SCT", "78421000", "Intramuscular route", (11, 614))
"""Intramuscular route (SCT 78421000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ByInhalation, IntravenousRoute, PerRectum, IntramuscularRoute)
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
