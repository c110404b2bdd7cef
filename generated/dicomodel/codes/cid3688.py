"""CID 3688 Electrophysiology Waveform Voltage.

Extensible, version 20110330, UID 1.2.840.10008.6.1.202.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3688
NAME: _Final[str] = "Electrophysiology Waveform Voltage"
KEYWORD: _Final[str | None] = "ElectrophysiologyWaveformVoltage"
UID: _Final[str | None] = "1.2.840.10008.6.1.202"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

JPointAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:1024", "J point Amplitude, per lead", (3688,)
)
"""J point Amplitude, per lead (MDC 2:1024)."""

AmplitudeAt20msIntoSTSegmentPerLead: _Final[_Code] = _Code(
    "MDC", "2:14848", "Amplitude at 20 ms into ST segment, per lead", (3688,)
)
"""Amplitude at 20 ms into ST segment, per lead (MDC 2:14848)."""

AmplitudeAt40msIntoSTSegmentPerLead: _Final[_Code] = _Code(
    "MDC", "2:15104", "Amplitude at 40 ms into ST segment, per lead", (3688,)
)
"""Amplitude at 40 ms into ST segment, per lead (MDC 2:15104)."""

AmplitudeAt60msIntoSTSegmentPerLead: _Final[_Code] = _Code(
    "MDC", "2:14336", "Amplitude at 60 ms into ST segment, per lead", (3688,)
)
"""Amplitude at 60 ms into ST segment, per lead (MDC 2:14336)."""

AmplitudeAt80msIntoSTSegmentPerLead: _Final[_Code] = _Code(
    "MDC", "2:14592", "Amplitude at 80 ms into ST segment, per lead", (3688,)
)
"""Amplitude at 80 ms into ST segment, per lead (MDC 2:14592)."""

PMaximumAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:1280", "P maximum amplitude, per lead", (3688,)
)
"""P maximum amplitude, per lead (MDC 2:1280)."""

PMinimumAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:1536", "P minimum amplitude, per lead", (3688,)
)
"""P minimum amplitude, per lead (MDC 2:1536)."""

P3AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:3072", "P3 amplitude, per lead", (3688,))
"""P3 amplitude, per lead (MDC 2:3072)."""

QAmplitudePerLead: _Final[_Code] = _Code("MDC", "2:1792", "Q amplitude, per lead", (3688,))
"""Q amplitude, per lead (MDC 2:1792)."""

RAmplitudePerLead: _Final[_Code] = _Code("MDC", "2:2048", "R amplitude, per lead", (3688,))
"""R amplitude, per lead (MDC 2:2048)."""

R1AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:12800", "R1 amplitude, per lead", (3688,))
"""R1 amplitude, per lead (MDC 2:12800)."""

R2AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:13056", "R2 amplitude, per lead", (3688,))
"""R2 amplitude, per lead (MDC 2:13056)."""

R3AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:13312", "R3 amplitude, per lead", (3688,))
"""R3 amplitude, per lead (MDC 2:13312)."""

SAmplitudePerLead: _Final[_Code] = _Code("MDC", "2:2304", "S amplitude, per lead", (3688,))
"""S amplitude, per lead (MDC 2:2304)."""

S1AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:13568", "S1 amplitude, per lead", (3688,))
"""S1 amplitude, per lead (MDC 2:13568)."""

S2AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:13824", "S2 amplitude, per lead", (3688,))
"""S2 amplitude, per lead (MDC 2:13824)."""

S3AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:14080", "S3 amplitude, per lead", (3688,))
"""S3 amplitude, per lead (MDC 2:14080)."""

TMaximumAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:2560", "T maximum amplitude, per lead", (3688,)
)
"""T maximum amplitude, per lead (MDC 2:2560)."""

TMinimumAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:2816", "T minimum amplitude, per lead", (3688,)
)
"""T minimum amplitude, per lead (MDC 2:2816)."""

STAmplitudePerLead: _Final[_Code] = _Code("MDC", "2:768", "ST amplitude, per lead", (3688,))
"""ST amplitude, per lead (MDC 2:768)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    JPointAmplitudePerLead,
    AmplitudeAt20msIntoSTSegmentPerLead,
    AmplitudeAt40msIntoSTSegmentPerLead,
    AmplitudeAt60msIntoSTSegmentPerLead,
    AmplitudeAt80msIntoSTSegmentPerLead,
    PMaximumAmplitudePerLead,
    PMinimumAmplitudePerLead,
    P3AmplitudePerLead,
    QAmplitudePerLead,
    RAmplitudePerLead,
    R1AmplitudePerLead,
    R2AmplitudePerLead,
    R3AmplitudePerLead,
    SAmplitudePerLead,
    S1AmplitudePerLead,
    S2AmplitudePerLead,
    S3AmplitudePerLead,
    TMaximumAmplitudePerLead,
    TMinimumAmplitudePerLead,
    STAmplitudePerLead,
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
