"""CID 3040 EEG Annotation - Neurological Monitoring Measurement.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1338.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3040
NAME: Final[str] = "EEG Annotation - Neurological Monitoring Measurement"
KEYWORD: Final[str | None] = "EEGAnnotationNeurologicalMonitoringMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1338"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CircumHead: Final[Code] = Code("MDC", "2:22784", "Circum head", (3040,))
"""Circum head (MDC 2:22784)."""

Arousal: Final[Code] = Code("MDC", "2:22952", "Arousal", (3040,))
"""Arousal (MDC 2:22952)."""

MEMBERS: Final[tuple[Code, ...]] = (CircumHead, Arousal)
"""The resolved membership: own members, then those of the included groups, in order."""
