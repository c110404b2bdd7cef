"""CID 3426 Consumables Parameter.

Extensible, version 20030327, UID 1.2.840.10008.6.1.88.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3426
NAME: _Final[str] = "Consumables Parameter"
KEYWORD: _Final[str | None] = "ConsumablesParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.88"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DescriptionOfMaterial: _Final[_Code] = _Code("DCM", "121145", "Description of Material", (3426,))
"""Description of Material (DCM 121145)."""

UnitSerialIdentifier: _Final[_Code] = _Code("DCM", "121148", "Unit Serial Identifier", (3426,))
"""Unit Serial Identifier (DCM 121148)."""

LotIdentifier: _Final[_Code] = _Code("DCM", "121149", "Lot Identifier", (3426,))
"""Lot Identifier (DCM 121149)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DescriptionOfMaterial, UnitSerialIdentifier, LotIdentifier)
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
