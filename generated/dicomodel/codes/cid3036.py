"""CID 3036 EMG Annotation – Neurophysiological Enumeration.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1334.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3036
NAME: Final[str] = "EMG Annotation – Neurophysiological Enumeration"
KEYWORD: Final[str | None] = "EMGAnnotationNeurophysiologicalEnumeration"
UID: Final[str | None] = "1.2.840.10008.6.1.1334"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EMGUnspecifiedWaveform: Final[Code] = Code("MDC", "2:24336", "EMG unspecified waveform", (3036,))
"""EMG unspecified waveform (MDC 2:24336)."""

EMGWaveformUnderVoluntaryControl: Final[Code] = Code(
    "MDC", "2:24344", "EMG waveform under voluntary control", (3036,)
)
"""EMG waveform under voluntary control (MDC 2:24344)."""

EMGMotorUnitPotential: Final[Code] = Code("MDC", "2:24352", "EMG motor unit potential", (3036,))
"""EMG motor unit potential (MDC 2:24352)."""

EMGDoubletWaveform: Final[Code] = Code("MDC", "2:24360", "EMG doublet waveform", (3036,))
"""EMG doublet waveform (MDC 2:24360)."""

EMGTripletWaveform: Final[Code] = Code("MDC", "2:24368", "EMG triplet waveform", (3036,))
"""EMG triplet waveform (MDC 2:24368)."""

EMGMultipletWaveform: Final[Code] = Code("MDC", "2:24376", "EMG multiplet waveform", (3036,))
"""EMG multiplet waveform (MDC 2:24376)."""

EMGInsertionalActivity: Final[Code] = Code("MDC", "2:24384", "EMG insertional activity", (3036,))
"""EMG insertional activity (MDC 2:24384)."""

EMGEndplateNoise: Final[Code] = Code("MDC", "2:24392", "EMG endplate noise", (3036,))
"""EMG endplate noise (MDC 2:24392)."""

EMGEndplateSpike: Final[Code] = Code("MDC", "2:24400", "EMG endplate spike", (3036,))
"""EMG endplate spike (MDC 2:24400)."""

EMGUnspecifiedIterativeDischarge: Final[Code] = Code(
    "MDC", "2:24408", "EMG unspecified iterative discharge", (3036,)
)
"""EMG unspecified iterative discharge (MDC 2:24408)."""

EMGFibrillationPotential: Final[Code] = Code(
    "MDC", "2:24416", "EMG fibrillation potential", (3036,)
)
"""EMG fibrillation potential (MDC 2:24416)."""

EMGPositiveSharpWave: Final[Code] = Code("MDC", "2:24424", "EMG positive sharp wave", (3036,))
"""EMG positive sharp wave (MDC 2:24424)."""

EMGFasciculationPotential: Final[Code] = Code(
    "MDC", "2:24432", "EMG fasciculation potential", (3036,)
)
"""EMG fasciculation potential (MDC 2:24432)."""

EMGMyotonicDischarge: Final[Code] = Code("MDC", "2:24440", "EMG myotonic discharge", (3036,))
"""EMG myotonic discharge (MDC 2:24440)."""

EMGComplexRepetitiveDischarge: Final[Code] = Code(
    "MDC", "2:24448", "EMG complex repetitive discharge", (3036,)
)
"""EMG complex repetitive discharge (MDC 2:24448)."""

EMGMyokymicDischarge: Final[Code] = Code("MDC", "2:24456", "EMG myokymic discharge", (3036,))
"""EMG myokymic discharge (MDC 2:24456)."""

EMGCrampDischarge: Final[Code] = Code("MDC", "2:24464", "EMG cramp discharge", (3036,))
"""EMG cramp discharge (MDC 2:24464)."""

EMGWaveformAfterDischarge: Final[Code] = Code(
    "MDC", "2:24472", "EMG waveform after discharge", (3036,)
)
"""EMG waveform after discharge (MDC 2:24472)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EMGUnspecifiedWaveform,
    EMGWaveformUnderVoluntaryControl,
    EMGMotorUnitPotential,
    EMGDoubletWaveform,
    EMGTripletWaveform,
    EMGMultipletWaveform,
    EMGInsertionalActivity,
    EMGEndplateNoise,
    EMGEndplateSpike,
    EMGUnspecifiedIterativeDischarge,
    EMGFibrillationPotential,
    EMGPositiveSharpWave,
    EMGFasciculationPotential,
    EMGMyotonicDischarge,
    EMGComplexRepetitiveDischarge,
    EMGMyokymicDischarge,
    EMGCrampDischarge,
    EMGWaveformAfterDischarge,
)
"""The resolved membership: own members, then those of the included groups, in order."""
