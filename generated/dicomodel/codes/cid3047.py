"""CID 3047 Waveform Annotation Classification.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1487.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3047
NAME: Final[str] = "Waveform Annotation Classification"
KEYWORD: Final[str | None] = "WaveformAnnotationClassification"
UID: Final[str | None] = "1.2.840.10008.6.1.1487"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240616"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PatternEvent: Final[Code] = Code("DCM", "130860", "Pattern Event", (3047,))
"""Pattern Event (DCM 130860)."""

EEGAnnotation: Final[Code] = Code("DCM", "130861", "EEG Annotation", (3047,))
"""EEG Annotation (DCM 130861)."""

EMGAnnotation: Final[Code] = Code("DCM", "130862", "EMG Annotation", (3047,))
"""EMG Annotation (DCM 130862)."""

EOGAnnotation: Final[Code] = Code("DCM", "130863", "EOG Annotation", (3047,))
"""EOG Annotation (DCM 130863)."""

DeviceRelatedAndEnvironmentRelatedEvent: Final[Code] = Code(
    "DCM", "130864", "Device-related and Environment-related Event", (3047,)
)
"""Device-related and Environment-related Event (DCM 130864)."""

PatientConsciousness: Final[Code] = Code("DCM", "130865", "Patient Consciousness", (3047,))
"""Patient Consciousness (DCM 130865)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PatternEvent,
    EEGAnnotation,
    EMGAnnotation,
    EOGAnnotation,
    DeviceRelatedAndEnvironmentRelatedEvent,
    PatientConsciousness,
)
"""The resolved membership: own members, then those of the included groups, in order."""
