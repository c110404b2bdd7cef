"""CID 3209 Stress Imaging Summary Code.

Extensible, version 20080927, UID 1.2.840.10008.6.1.764.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3209
NAME: Final[str] = "Stress Imaging Summary Code"
KEYWORD: Final[str | None] = "StressImagingSummaryCode"
UID: Final[str | None] = "1.2.840.10008.6.1.764"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ImagingResultNormal: Final[Code] = Code("SCT", "408573005", "Imaging result normal", (3209,))
"""Imaging result normal (SCT 408573005)."""

ImagingResultAbnormal: Final[Code] = Code("SCT", "408574004", "Imaging result abnormal", (3209,))
"""Imaging result abnormal (SCT 408574004)."""

ImagingResultEquivocal: Final[Code] = Code("SCT", "408379005", "Imaging result equivocal", (3209,))
"""Imaging result equivocal (SCT 408379005)."""

NotPerformed: Final[Code] = Code("SCT", "262008008", "Not performed", (3208, 3209))
"""Not performed (SCT 262008008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ImagingResultNormal,
    ImagingResultAbnormal,
    ImagingResultEquivocal,
    NotPerformed,
)
"""The resolved membership: own members, then those of the included groups, in order."""
