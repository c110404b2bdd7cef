"""CID 3427 Equipment Event.

Extensible, version 20100608, UID 1.2.840.10008.6.1.89.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3427
NAME: _Final[str] = "Equipment Event"
KEYWORD: _Final[str | None] = "EquipmentEvent"
UID: _Final[str | None] = "1.2.840.10008.6.1.89"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100608"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

EquipmentBroughtToProcedureRoom: _Final[_Code] = _Code(
    "DCM", "122047", "Equipment brought to procedure room", (3427,)
)
"""Equipment brought to procedure room (DCM 122047)."""

EquipmentReady: _Final[_Code] = _Code("DCM", "122048", "Equipment ready", (3427,))
"""Equipment ready (DCM 122048)."""

EquipmentRemoved: _Final[_Code] = _Code("DCM", "122049", "Equipment removed", (3427,))
"""Equipment removed (DCM 122049)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EquipmentFailure,
    EquipmentBroughtToProcedureRoom,
    EquipmentReady,
    EquipmentRemoved,
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
