"""CID 3048 Waveform Annotations Document Title.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1488.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3048
NAME: Final[str] = "Waveform Annotations Document Title"
KEYWORD: Final[str | None] = "WaveformAnnotationsDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.1488"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240616"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NeurophysiologyRecordingAnnotations: Final[Code] = Code(
    "DCM", "130867", "Neurophysiology Recording Annotations", (3048,)
)
"""Neurophysiology Recording Annotations (DCM 130867)."""

NeurophysiologyPostHocReviewAnnotations: Final[Code] = Code(
    "DCM", "130868", "Neurophysiology Post-hoc Review Annotations", (3048,)
)
"""Neurophysiology Post-hoc Review Annotations (DCM 130868)."""

NeurophysiologyAutomatedAnalysisAnnotations: Final[Code] = Code(
    "DCM", "130869", "Neurophysiology Automated Analysis Annotations", (3048,)
)
"""Neurophysiology Automated Analysis Annotations (DCM 130869)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NeurophysiologyRecordingAnnotations,
    NeurophysiologyPostHocReviewAnnotations,
    NeurophysiologyAutomatedAnalysisAnnotations,
)
"""The resolved membership: own members, then those of the included groups, in order."""
