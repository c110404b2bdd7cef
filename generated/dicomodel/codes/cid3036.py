"""CID 3036 EMG Annotation – Neurophysiological Enumeration.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1334.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3036
NAME: _Final[str] = "EMG Annotation – Neurophysiological Enumeration"
KEYWORD: _Final[str | None] = "EMGAnnotationNeurophysiologicalEnumeration"
UID: _Final[str | None] = "1.2.840.10008.6.1.1334"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EMGUnspecifiedWaveform: _Final[_Code] = _Code("MDC", "2:24336", "EMG unspecified waveform", (3036,))
"""EMG unspecified waveform (MDC 2:24336)."""

EMGWaveformUnderVoluntaryControl: _Final[_Code] = _Code(
    "MDC", "2:24344", "EMG waveform under voluntary control", (3036,)
)
"""EMG waveform under voluntary control (MDC 2:24344)."""

EMGMotorUnitPotential: _Final[_Code] = _Code("MDC", "2:24352", "EMG motor unit potential", (3036,))
"""EMG motor unit potential (MDC 2:24352)."""

EMGDoubletWaveform: _Final[_Code] = _Code("MDC", "2:24360", "EMG doublet waveform", (3036,))
"""EMG doublet waveform (MDC 2:24360)."""

EMGTripletWaveform: _Final[_Code] = _Code("MDC", "2:24368", "EMG triplet waveform", (3036,))
"""EMG triplet waveform (MDC 2:24368)."""

EMGMultipletWaveform: _Final[_Code] = _Code("MDC", "2:24376", "EMG multiplet waveform", (3036,))
"""EMG multiplet waveform (MDC 2:24376)."""

EMGInsertionalActivity: _Final[_Code] = _Code("MDC", "2:24384", "EMG insertional activity", (3036,))
"""EMG insertional activity (MDC 2:24384)."""

EMGEndplateNoise: _Final[_Code] = _Code("MDC", "2:24392", "EMG endplate noise", (3036,))
"""EMG endplate noise (MDC 2:24392)."""

EMGEndplateSpike: _Final[_Code] = _Code("MDC", "2:24400", "EMG endplate spike", (3036,))
"""EMG endplate spike (MDC 2:24400)."""

EMGUnspecifiedIterativeDischarge: _Final[_Code] = _Code(
    "MDC", "2:24408", "EMG unspecified iterative discharge", (3036,)
)
"""EMG unspecified iterative discharge (MDC 2:24408)."""

EMGFibrillationPotential: _Final[_Code] = _Code(
    "MDC", "2:24416", "EMG fibrillation potential", (3036,)
)
"""EMG fibrillation potential (MDC 2:24416)."""

EMGPositiveSharpWave: _Final[_Code] = _Code("MDC", "2:24424", "EMG positive sharp wave", (3036,))
"""EMG positive sharp wave (MDC 2:24424)."""

EMGFasciculationPotential: _Final[_Code] = _Code(
    "MDC", "2:24432", "EMG fasciculation potential", (3036,)
)
"""EMG fasciculation potential (MDC 2:24432)."""

EMGMyotonicDischarge: _Final[_Code] = _Code("MDC", "2:24440", "EMG myotonic discharge", (3036,))
"""EMG myotonic discharge (MDC 2:24440)."""

EMGComplexRepetitiveDischarge: _Final[_Code] = _Code(
    "MDC", "2:24448", "EMG complex repetitive discharge", (3036,)
)
"""EMG complex repetitive discharge (MDC 2:24448)."""

EMGMyokymicDischarge: _Final[_Code] = _Code("MDC", "2:24456", "EMG myokymic discharge", (3036,))
"""EMG myokymic discharge (MDC 2:24456)."""

EMGCrampDischarge: _Final[_Code] = _Code("MDC", "2:24464", "EMG cramp discharge", (3036,))
"""EMG cramp discharge (MDC 2:24464)."""

EMGWaveformAfterDischarge: _Final[_Code] = _Code(
    "MDC", "2:24472", "EMG waveform after discharge", (3036,)
)
"""EMG waveform after discharge (MDC 2:24472)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
