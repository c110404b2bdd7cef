"""CID 3215 Perfusion Finding Method.

Extensible, version 20080927, UID 1.2.840.10008.6.1.769.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3215
NAME: Final[str] = "Perfusion Finding Method"
KEYWORD: Final[str | None] = "PerfusionFindingMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.769"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ECGAnalysis: Final[Code] = Code("SCT", "258181008", "ECG analysis", (3215,))
"""ECG analysis (SCT 258181008)."""

ImageAnalysis: Final[Code] = Code("SCT", "24587005", "Image analysis", (3215,))
"""Image analysis (SCT 24587005)."""

MEMBERS: Final[tuple[Code, ...]] = (ECGAnalysis, ImageAnalysis)
"""The resolved membership: own members, then those of the included groups, in order."""
