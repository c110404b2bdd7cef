"""CID 3047 Waveform Annotation Classification.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1487.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3047
NAME: _Final[str] = "Waveform Annotation Classification"
KEYWORD: _Final[str | None] = "WaveformAnnotationClassification"
UID: _Final[str | None] = "1.2.840.10008.6.1.1487"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PatternEvent: _Final[_Code] = _Code("DCM", "130860", "Pattern Event", (3047,))
"""Pattern Event (DCM 130860)."""

EEGAnnotation: _Final[_Code] = _Code("DCM", "130861", "EEG Annotation", (3047,))
"""EEG Annotation (DCM 130861)."""

EMGAnnotation: _Final[_Code] = _Code("DCM", "130862", "EMG Annotation", (3047,))
"""EMG Annotation (DCM 130862)."""

EOGAnnotation: _Final[_Code] = _Code("DCM", "130863", "EOG Annotation", (3047,))
"""EOG Annotation (DCM 130863)."""

DeviceRelatedAndEnvironmentRelatedEvent: _Final[_Code] = _Code(
    "DCM", "130864", "Device-related and Environment-related Event", (3047,)
)
"""Device-related and Environment-related Event (DCM 130864)."""

PatientConsciousness: _Final[_Code] = _Code("DCM", "130865", "Patient Consciousness", (3047,))
"""Patient Consciousness (DCM 130865)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PatternEvent,
    EEGAnnotation,
    EMGAnnotation,
    EOGAnnotation,
    DeviceRelatedAndEnvironmentRelatedEvent,
    PatientConsciousness,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
