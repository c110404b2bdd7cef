"""CID 6121 Chest Orientation Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.441.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6121
NAME: Final[str] = "Chest Orientation Descriptor"
KEYWORD: Final[str | None] = "ChestOrientationDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.441"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Horizontal: Final[Code] = Code("SCT", "24020000", "Horizontal", (2, 6121))
"""Horizontal (SCT 24020000)."""

Vertical: Final[Code] = Code("SCT", "33096000", "Vertical", (2, 6121))
"""Vertical (SCT 33096000)."""

Oblique: Final[Code] = Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003)."""

MEMBERS: Final[tuple[Code, ...]] = (Horizontal, Vertical, Oblique)
"""The resolved membership: own members, then those of the included groups, in order."""
