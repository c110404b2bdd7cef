"""CID 6119 Chest Border Shape.

Extensible, version 20030108, UID 1.2.840.10008.6.1.439.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6119
NAME: Final[str] = "Chest Border Shape"
KEYWORD: Final[str | None] = "ChestBorderShape"
UID: Final[str | None] = "1.2.840.10008.6.1.439"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RoundShape: Final[Code] = Code("SCT", "42700002", "Round shape", (6005, 6119, 6340))
"""Round shape (SCT 42700002)."""

Elliptic: Final[Code] = Code("DCM", "112134", "Elliptic", (6119,))
"""Elliptic (DCM 112134)."""

Irregular: Final[Code] = Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

Lobulated: Final[Code] = Code("DCM", "112135", "Lobulated", (6119, 6340))
"""Lobulated (DCM 112135)."""

Spiculated: Final[Code] = Code("DCM", "112136", "Spiculated", (6119,))
"""Spiculated (DCM 112136)."""

MEMBERS: Final[tuple[Code, ...]] = (RoundShape, Elliptic, Irregular, Lobulated, Spiculated)
"""The resolved membership: own members, then those of the included groups, in order."""
