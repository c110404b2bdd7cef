"""CID 608 Animal Feed Source.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1073.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 608
NAME: _Final[str] = "Animal Feed Source"
KEYWORD: _Final[str | None] = "AnimalFeedSource"
UID: _Final[str | None] = "1.2.840.10008.6.1.1073"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CommercialProduct: _Final[_Code] = _Code("UMLS", "C1547887", "Commercial product", (608,))
"""Commercial product (UMLS C1547887)."""

LocallyManufacturedProduct: _Final[_Code] = _Code(
    "DCM", "127390", "Locally manufactured product", (608,)
)
"""Locally manufactured product (DCM 127390)."""

MEMBERS: _Final[tuple[_Code, ...]] = (CommercialProduct, LocallyManufacturedProduct)
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
