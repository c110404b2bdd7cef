"""CID 8203 Surface Scan Registration Method Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.956.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8203
NAME: Final[str] = "Surface Scan Registration Method Type"
KEYWORD: Final[str | None] = "SurfaceScanRegistrationMethodType"
UID: Final[str | None] = "1.2.840.10008.6.1.956"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20121129"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IterativeClosestPoint: Final[Code] = Code("DCM", "114213", "Iterative Closest Point", (8203,))
"""Iterative Closest Point (DCM 114213)."""

FiducialAlignment: Final[Code] = Code("DCM", "125022", "Fiducial Alignment", (7100, 8203))
"""Fiducial Alignment (DCM 125022)."""

Freehand: Final[Code] = Code("DCM", "114215", "Freehand", (8203,))
"""Freehand (DCM 114215)."""

MEMBERS: Final[tuple[Code, ...]] = (IterativeClosestPoint, FiducialAlignment, Freehand)
"""The resolved membership: own members, then those of the included groups, in order."""
