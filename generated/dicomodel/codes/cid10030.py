"""CID 10030 Detector Type.

Extensible, version 20120406, UID 1.2.840.10008.6.1.959.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10030
NAME: Final[str] = "Detector Type"
KEYWORD: Final[str | None] = "DetectorType"
UID: Final[str | None] = "1.2.840.10008.6.1.959"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20120406"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DirectDetector: Final[Code] = Code("DCM", "113948", "Direct Detector", (10030,))
"""Direct Detector (DCM 113948)."""

IndirectDetector: Final[Code] = Code("DCM", "113949", "Indirect Detector", (10030,))
"""Indirect Detector (DCM 113949)."""

StorageDetector: Final[Code] = Code("DCM", "113950", "Storage Detector", (10030,))
"""Storage Detector (DCM 113950)."""

Film: Final[Code] = Code("DCM", "113951", "Film", (10030,))
"""Film (DCM 113951)."""

MEMBERS: Final[tuple[Code, ...]] = (DirectDetector, IndirectDetector, StorageDetector, Film)
"""The resolved membership: own members, then those of the included groups, in order."""
