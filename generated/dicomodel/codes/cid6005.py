"""CID 6005 Shape Characteristic from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.335.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6005
NAME: _Final[str] = "Shape Characteristic from BI-RADS®"
KEYWORD: _Final[str | None] = "ShapeCharacteristicFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.335"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RoundShape: _Final[_Code] = _Code("SCT", "42700002", "Round shape", (6005, 6119, 6340))
"""Round shape (SCT 42700002)."""

OvoidShapeOval: _Final[_Code] = _Code("SCT", "84360004", "Ovoid shape (Oval)", (6005, 6340))
"""Ovoid shape (Oval) (SCT 84360004)."""

Lobular: _Final[_Code] = _Code("SCT", "40266001", "Lobular", (6005,))
"""Lobular (SCT 40266001)."""

Irregular: _Final[_Code] = _Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (RoundShape, OvoidShapeOval, Lobular, Irregular)
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
