"""CID 12254 Cardiac Ultrasound Hemodynamic Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.835.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12254
NAME: Final[str] = "Cardiac Ultrasound Hemodynamic Measurement"
KEYWORD: Final[str | None] = "CardiacUltrasoundHemodynamicMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.835"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RRInterval: Final[Code] = Code("DCM", "122182", "R-R interval", (3613, 12254))
"""R-R interval (DCM 122182)."""

Tau: Final[Code] = Code("DCM", "109072", "Tau", (3337, 3613, 12254))
"""Tau (DCM 109072)."""

IndicatorMeanTransitTime: Final[Code] = Code(
    "DCM", "109071", "Indicator mean transit time", (3337, 3613, 12254)
)
"""Indicator mean transit time (DCM 109071)."""

ClosureToOpeningTime: Final[Code] = Code("LN", "59082-8", "Closure to Opening Time", (12254,))
"""Closure to Opening Time (LN 59082-8)."""

IsovolumicRelaxationTime: Final[Code] = Code(
    "LN", "59083-6", "Isovolumic Relaxation Time", (12254,)
)
"""Isovolumic Relaxation Time (LN 59083-6)."""

IsovolumicContractionTime: Final[Code] = Code(
    "LN", "59084-4", "Isovolumic Contraction Time", (12254,)
)
"""Isovolumic Contraction Time (LN 59084-4)."""

EjectionTime: Final[Code] = Code("LN", "20222-6", "Ejection Time", (12254,))
"""Ejection Time (LN 20222-6)."""

PreEjectionPeriod: Final[Code] = Code("LN", "59085-1", "Pre-Ejection Period", (12254,))
"""Pre-Ejection Period (LN 59085-1)."""

FillingTime: Final[Code] = Code("LN", "59119-8", "Filling Time", (12254,))
"""Filling Time (LN 59119-8)."""

BloodPressure: Final[Code] = Code("SCT", "75367002", "Blood Pressure", (12254, 12304))
"""Blood Pressure (SCT 75367002)."""

HeartRateCorrectedEjectionTime: Final[Code] = Code(
    "LN", "59086-9", "Heart Rate-Corrected Ejection Time", (12254,)
)
"""Heart Rate-Corrected Ejection Time (LN 59086-9)."""

HeartRateCorrectedPreEjectionPeriod: Final[Code] = Code(
    "LN", "59087-7", "Heart Rate-Corrected Pre-Ejection Period", (12254,)
)
"""Heart Rate-Corrected Pre-Ejection Period (LN 59087-7)."""

AWaveDuration: Final[Code] = Code("LN", "59105-7", "A-Wave Duration", (12254,))
"""A-Wave Duration (LN 59105-7)."""

PreEjectionPeriodEjectionTimeRatio: Final[Code] = Code(
    "LN", "59088-5", "Pre-Ejection Period/Ejection Time Ratio", (12254,)
)
"""Pre-Ejection Period/Ejection Time Ratio (LN 59088-5)."""

EnvelopeDuration: Final[Code] = Code("LN", "59108-1", "Envelope Duration", (12254,))
"""Envelope Duration (LN 59108-1)."""

TimeToPeakByUS: Final[Code] = Code("LN", "59121-4", "Time to Peak by US", (12254,))
"""Time to Peak by US (LN 59121-4)."""

DpDtByUS: Final[Code] = Code("LN", "59120-6", "dP/dt by US", (12254, 12304))
"""dP/dt by US (LN 59120-6)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
