"""CID 7036 Image Quality Assessment.

Extensible, version 20150324, UID 1.2.840.10008.6.1.1027.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7036
NAME: Final[str] = "Image Quality Assessment"
KEYWORD: Final[str | None] = "ImageQualityAssessment"
UID: Final[str | None] = "1.2.840.10008.6.1.1027"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150324"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DiagnosticQuality: Final[Code] = Code("RADLEX", "RID12", "Diagnostic quality", (7036,))
"""Diagnostic quality (RADLEX RID12)."""

LimitedQuality: Final[Code] = Code("RADLEX", "RID13", "Limited quality", (7036,))
"""Limited quality (RADLEX RID13)."""

NonDiagnosticQuality: Final[Code] = Code("RADLEX", "RID14", "Non-diagnostic quality", (7036,))
"""Non-diagnostic quality (RADLEX RID14)."""

MEMBERS: Final[tuple[Code, ...]] = (DiagnosticQuality, LimitedQuality, NonDiagnosticQuality)
"""The resolved membership: own members, then those of the included groups, in order."""
