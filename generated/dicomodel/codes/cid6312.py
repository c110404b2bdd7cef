"""CID 6312 Cross-sectional Scan Plane Orientation.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1369.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6312
NAME: Final[str] = "Cross-sectional Scan Plane Orientation"
KEYWORD: Final[str | None] = "CrossSectionalScanPlaneOrientation"
UID: Final[str | None] = "1.2.840.10008.6.1.1369"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Sagittal: Final[Code] = Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003)."""

Axial: Final[Code] = Code("SCT", "24422004", "Axial", (2, 26, 6312))
"""Axial (SCT 24422004)."""

Coronal: Final[Code] = Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009)."""

Oblique: Final[Code] = Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003)."""

MEMBERS: Final[tuple[Code, ...]] = (Sagittal, Axial, Coronal, Oblique)
"""The resolved membership: own members, then those of the included groups, in order."""
