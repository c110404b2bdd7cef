"""CID 12254 Cardiac Ultrasound Hemodynamic Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.835.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12254
NAME: _Final[str] = "Cardiac Ultrasound Hemodynamic Measurement"
KEYWORD: _Final[str | None] = "CardiacUltrasoundHemodynamicMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.835"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RRInterval: _Final[_Code] = _Code("DCM", "122182", "R-R interval", (3613, 12254))
"""R-R interval (DCM 122182)."""

Tau: _Final[_Code] = _Code("DCM", "109072", "Tau", (3337, 3613, 12254))
"""Tau (DCM 109072)."""

IndicatorMeanTransitTime: _Final[_Code] = _Code(
    "DCM", "109071", "Indicator mean transit time", (3337, 3613, 12254)
)
"""Indicator mean transit time (DCM 109071)."""

ClosureToOpeningTime: _Final[_Code] = _Code("LN", "59082-8", "Closure to Opening Time", (12254,))
"""Closure to Opening Time (LN 59082-8)."""

IsovolumicRelaxationTime: _Final[_Code] = _Code(
    "LN", "59083-6", "Isovolumic Relaxation Time", (12254,)
)
"""Isovolumic Relaxation Time (LN 59083-6)."""

IsovolumicContractionTime: _Final[_Code] = _Code(
    "LN", "59084-4", "Isovolumic Contraction Time", (12254,)
)
"""Isovolumic Contraction Time (LN 59084-4)."""

EjectionTime: _Final[_Code] = _Code("LN", "20222-6", "Ejection Time", (12254,))
"""Ejection Time (LN 20222-6)."""

PreEjectionPeriod: _Final[_Code] = _Code("LN", "59085-1", "Pre-Ejection Period", (12254,))
"""Pre-Ejection Period (LN 59085-1)."""

FillingTime: _Final[_Code] = _Code("LN", "59119-8", "Filling Time", (12254,))
"""Filling Time (LN 59119-8)."""

BloodPressure: _Final[_Code] = _Code("SCT", "75367002", "Blood Pressure", (12254, 12304))
"""Blood Pressure (SCT 75367002)."""

HeartRateCorrectedEjectionTime: _Final[_Code] = _Code(
    "LN", "59086-9", "Heart Rate-Corrected Ejection Time", (12254,)
)
"""Heart Rate-Corrected Ejection Time (LN 59086-9)."""

HeartRateCorrectedPreEjectionPeriod: _Final[_Code] = _Code(
    "LN", "59087-7", "Heart Rate-Corrected Pre-Ejection Period", (12254,)
)
"""Heart Rate-Corrected Pre-Ejection Period (LN 59087-7)."""

AWaveDuration: _Final[_Code] = _Code("LN", "59105-7", "A-Wave Duration", (12254,))
"""A-Wave Duration (LN 59105-7)."""

PreEjectionPeriodEjectionTimeRatio: _Final[_Code] = _Code(
    "LN", "59088-5", "Pre-Ejection Period/Ejection Time Ratio", (12254,)
)
"""Pre-Ejection Period/Ejection Time Ratio (LN 59088-5)."""

EnvelopeDuration: _Final[_Code] = _Code("LN", "59108-1", "Envelope Duration", (12254,))
"""Envelope Duration (LN 59108-1)."""

TimeToPeakByUS: _Final[_Code] = _Code("LN", "59121-4", "Time to Peak by US", (12254,))
"""Time to Peak by US (LN 59121-4)."""

DpDtByUS: _Final[_Code] = _Code("LN", "59120-6", "dP/dt by US", (12254, 12304))
"""dP/dt by US (LN 59120-6)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RRInterval,
    Tau,
    IndicatorMeanTransitTime,
    ClosureToOpeningTime,
    IsovolumicRelaxationTime,
    IsovolumicContractionTime,
    EjectionTime,
    PreEjectionPeriod,
    FillingTime,
    BloodPressure,
    HeartRateCorrectedEjectionTime,
    HeartRateCorrectedPreEjectionPeriod,
    AWaveDuration,
    PreEjectionPeriodEjectionTimeRatio,
    EnvelopeDuration,
    TimeToPeakByUS,
    DpDtByUS,
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
