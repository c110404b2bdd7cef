"""CID 12232 Myocardium Mass Method.

Extensible, version 20100317, UID 1.2.840.10008.6.1.623.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12232
NAME: Final[str] = "Myocardium Mass Method"
KEYWORD: Final[str | None] = "MyocardiumMassMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.623"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricleMassByMMode: Final[Code] = Code(
    "DCM", "125221", "Left Ventricle Mass by M-mode", (12232,)
)
"""Left Ventricle Mass by M-mode (DCM 125221)."""

LeftVentricleMassByTruncatedEllipse: Final[Code] = Code(
    "DCM", "125222", "Left Ventricle Mass by Truncated Ellipse", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse (DCM 125222)."""

LeftVentricleMassByAreaLength: Final[Code] = Code(
    "DCM", "125270", "Left Ventricle Mass by Area Length", (12232,)
)
"""Left Ventricle Mass by Area Length (DCM 125270)."""

LeftVentricleMassByMModeAdjustedByHeight: Final[Code] = Code(
    "DCM", "125271", "Left Ventricle Mass by M-mode - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by M-mode - adjusted by Height (DCM 125271)."""

LeftVentricleMassByTruncatedEllipseAdjustedByHeight: Final[Code] = Code(
    "DCM", "125272", "Left Ventricle Mass by Truncated Ellipse - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Truncated Ellipse - adjusted by Height (DCM 125272)."""

LeftVentricleMassByAreaLengthAdjustedByHeight: Final[Code] = Code(
    "DCM", "125273", "Left Ventricle Mass by Area Length - adjusted by Height", (12232,)
)
"""Left Ventricle Mass by Area Length - adjusted by Height (DCM 125273)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricleMassByMMode,
    LeftVentricleMassByTruncatedEllipse,
    LeftVentricleMassByAreaLength,
    LeftVentricleMassByMModeAdjustedByHeight,
    LeftVentricleMassByTruncatedEllipseAdjustedByHeight,
    LeftVentricleMassByAreaLengthAdjustedByHeight,
)
"""The resolved membership: own members, then those of the included groups, in order."""
