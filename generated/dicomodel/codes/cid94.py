"""CID 94 Physical Force Applied During Acquisition.

Extensible, version 20100625, UID 1.2.840.10008.6.1.894.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 94
NAME: Final[str] = "Physical Force Applied During Acquisition"
KEYWORD: Final[str | None] = "PhysicalForceAppliedDuringAcquisition"
UID: Final[str | None] = "1.2.840.10008.6.1.894"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100625"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TractionAction: Final[Code] = Code("SCT", "129411004", "Traction - action", (94,))
"""Traction - action (SCT 129411004)."""

CompressionAction: Final[Code] = Code("SCT", "263720003", "Compression - action", (94,))
"""Compression - action (SCT 263720003)."""

RotationAction: Final[Code] = Code("SCT", "257912008", "Rotation - action", (94,))
"""Rotation - action (SCT 257912008)."""

MEMBERS: Final[tuple[Code, ...]] = (TractionAction, CompressionAction, RotationAction)
"""The resolved membership: own members, then those of the included groups, in order."""
