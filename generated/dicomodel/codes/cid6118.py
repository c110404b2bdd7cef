"""CID 6118 Size Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.438.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6118
NAME: Final[str] = "Size Descriptor"
KEYWORD: Final[str | None] = "SizeDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.438"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ExtremelySmall: Final[Code] = Code("DCM", "112131", "Extremely small", (6118,))
"""Extremely small (DCM 112131)."""

VerySmall: Final[Code] = Code("DCM", "112132", "Very small", (6118,))
"""Very small (DCM 112132)."""

Small: Final[Code] = Code("SCT", "255507004", "Small", (252, 6118))
"""Small (SCT 255507004)."""

Medium: Final[Code] = Code("SCT", "255508009", "Medium", (252, 6118))
"""Medium (SCT 255508009)."""

Large: Final[Code] = Code("SCT", "255509001", "Large", (252, 6118))
"""Large (SCT 255509001)."""

Enlarged: Final[Code] = Code("SCT", "260376009", "Enlarged", (6107, 6118))
"""Enlarged (SCT 260376009)."""

TooSmall: Final[Code] = Code("DCM", "112133", "Too small", (6118,))
"""Too small (DCM 112133)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ExtremelySmall,
    VerySmall,
    Small,
    Medium,
    Large,
    Enlarged,
    TooSmall,
)
"""The resolved membership: own members, then those of the included groups, in order."""
