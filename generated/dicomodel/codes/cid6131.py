"""CID 6131 Chest Texture Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.451.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6131
NAME: Final[str] = "Chest Texture Descriptor"
KEYWORD: Final[str | None] = "ChestTextureDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.451"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Homogeneous: Final[Code] = Code("DCM", "112160", "Homogeneous", (6131, 6344))
"""Homogeneous (DCM 112160)."""

Inhomogeneous: Final[Code] = Code("DCM", "112161", "Inhomogeneous", (6131,))
"""Inhomogeneous (DCM 112161)."""

MEMBERS: Final[tuple[Code, ...]] = (Homogeneous, Inhomogeneous)
"""The resolved membership: own members, then those of the included groups, in order."""
