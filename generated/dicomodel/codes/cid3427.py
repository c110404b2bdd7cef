"""CID 3427 Equipment Event.

Extensible, version 20100608, UID 1.2.840.10008.6.1.89.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3427
NAME: Final[str] = "Equipment Event"
KEYWORD: Final[str | None] = "EquipmentEvent"
UID: Final[str | None] = "1.2.840.10008.6.1.89"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100608"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EquipmentFailure: Final[Code] = Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

EquipmentBroughtToProcedureRoom: Final[Code] = Code(
    "DCM", "122047", "Equipment brought to procedure room", (3427,)
)
"""Equipment brought to procedure room (DCM 122047)."""

EquipmentReady: Final[Code] = Code("DCM", "122048", "Equipment ready", (3427,))
"""Equipment ready (DCM 122048)."""

EquipmentRemoved: Final[Code] = Code("DCM", "122049", "Equipment removed", (3427,))
"""Equipment removed (DCM 122049)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EquipmentFailure,
    EquipmentBroughtToProcedureRoom,
    EquipmentReady,
    EquipmentRemoved,
)
"""The resolved membership: own members, then those of the included groups, in order."""
