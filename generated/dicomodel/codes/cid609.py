"""CID 609 Animal Feeding Method.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1074.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 609
NAME: _Final[str] = "Animal Feeding Method"
KEYWORD: _Final[str | None] = "AnimalFeedingMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1074"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AdLibitum: _Final[_Code] = _Code("NCIt", "C64636", "ad libitum", (609,))
"""ad libitum (NCIt C64636)."""

RestrictedDiet: _Final[_Code] = _Code("UMLS", "C0425422", "Restricted diet", (609,))
"""Restricted diet (UMLS C0425422)."""

FoodTreat: _Final[_Code] = _Code("DCM", "127391", "Food treat", (609,))
"""Food treat (DCM 127391)."""

Gavage: _Final[_Code] = _Code("SCT", "61420007", "Gavage", (609,))
"""Gavage (SCT 61420007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AdLibitum, RestrictedDiet, FoodTreat, Gavage)
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
