"""CID 252 S-M-L Size Descriptor.

Extensible, version 20080927, UID 1.2.840.10008.6.1.735.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 252
NAME: Final[str] = "S-M-L Size Descriptor"
KEYWORD: Final[str | None] = "SMLSizeDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.735"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Small: Final[Code] = Code("SCT", "255507004", "Small", (252, 6118))
"""Small (SCT 255507004)."""

Medium: Final[Code] = Code("SCT", "255508009", "Medium", (252, 6118))
"""Medium (SCT 255508009)."""

Large: Final[Code] = Code("SCT", "255509001", "Large", (252, 6118))
"""Large (SCT 255509001)."""

MEMBERS: Final[tuple[Code, ...]] = (Small, Medium, Large)
"""The resolved membership: own members, then those of the included groups, in order."""
