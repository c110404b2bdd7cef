"""CID 10014 Contrast Imaging Technique.

Extensible, version 20071031, UID 1.2.840.10008.6.1.546.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10014
NAME: Final[str] = "Contrast Imaging Technique"
KEYWORD: Final[str | None] = "ContrastImagingTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.546"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20071031"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DiagnosticRadiographyWithContrastMedia: Final[Code] = Code(
    "SCT", "27483000", "Diagnostic radiography with contrast media", (10014,)
)
"""Diagnostic radiography with contrast media (SCT 27483000)."""

CTWithoutContrast: Final[Code] = Code("SCT", "399331006", "CT without contrast", (10014,))
"""CT without contrast (SCT 399331006)."""

MEMBERS: Final[tuple[Code, ...]] = (DiagnosticRadiographyWithContrastMedia, CTWithoutContrast)
"""The resolved membership: own members, then those of the included groups, in order."""
