"""CID 12254 Cardiac Ultrasound Hemodynamic Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.835.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
RRInterval: _Final[_Code]
Tau: _Final[_Code]
IndicatorMeanTransitTime: _Final[_Code]
ClosureToOpeningTime: _Final[_Code]
IsovolumicRelaxationTime: _Final[_Code]
IsovolumicContractionTime: _Final[_Code]
EjectionTime: _Final[_Code]
PreEjectionPeriod: _Final[_Code]
FillingTime: _Final[_Code]
BloodPressure: _Final[_Code]
HeartRateCorrectedEjectionTime: _Final[_Code]
HeartRateCorrectedPreEjectionPeriod: _Final[_Code]
AWaveDuration: _Final[_Code]
PreEjectionPeriodEjectionTimeRatio: _Final[_Code]
EnvelopeDuration: _Final[_Code]
TimeToPeakByUS: _Final[_Code]
DpDtByUS: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
