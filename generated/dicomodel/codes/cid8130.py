"""CID 8130 Staining Protocol.

Extensible, version 20230630, UID 1.2.840.10008.6.1.944.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8130
NAME: Final[str] = "Staining Protocol"
KEYWORD: Final[str | None] = "StainingProtocol"
UID: Final[str | None] = "1.2.840.10008.6.1.944"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Staining: Final[Code] = Code("SCT", "127790008", "Staining", (8111, 8130))
"""Staining (SCT 127790008)."""

HematoxylinAndEosinStainMethod: Final[Code] = Code(
    "SCT", "104210008", "Hematoxylin and eosin stain method", (8130,)
)
"""Hematoxylin and eosin stain method (SCT 104210008)."""

AcidFastStainMethod: Final[Code] = Code("SCT", "67122001", "Acid fast stain method", (8130,))
"""Acid fast stain method (SCT 67122001)."""

MEMBERS: Final[tuple[Code, ...]] = (Staining, HematoxylinAndEosinStainMethod, AcidFastStainMethod)
"""The resolved membership: own members, then those of the included groups, in order."""
