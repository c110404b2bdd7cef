"""CID 613 Anesthesia Induction Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1078.
Includes CID 614.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 613
NAME: _Final[str] = "Anesthesia Induction Code Type for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "AnesthesiaInductionCodeTypeForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1078"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = (614,)
EXTERNAL_SCHEME: _Final[str | None] = None

IntraperitonealRoute: _Final[_Code] = _Code("SCT", "38239002", "Intraperitoneal route", (11, 613))
"""Intraperitoneal route (SCT 38239002)."""

ByInhalation: _Final[_Code] = _Code("SCT", "446406008", "By inhalation", (11, 614))
"""By inhalation (SCT 446406008). Included from CID 614."""

IntravenousRoute: _Final[_Code] = _Code("SCT", "47625008", "Intravenous route", (11, 614))
"""Intravenous route (SCT 47625008). Included from CID 614."""

PerRectum: _Final[_Code] = _Code("SCT", "37161004", "Per rectum", (11, 614))
"""Per rectum (SCT 37161004). Included from CID 614."""

IntramuscularRoute: _Final[_Code] = _Code("SCT", "78421000", "Intramuscular route", (11, 614))
"""Intramuscular route (SCT 78421000). Included from CID 614."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IntraperitonealRoute,
    ByInhalation,
    IntravenousRoute,
    PerRectum,
    IntramuscularRoute,
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
