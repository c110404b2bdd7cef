"""CID 3337 Hemodynamic Annotation.

Extensible, version 20160314, UID 1.2.840.10008.6.1.63.

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
_35PercentOfThermalDyeDilutionCO: _Final[_Code]
_70PercentOfThermalDyeDilutionCO: _Final[_Code]
AWavePeakPressure: _Final[_Code]
AWavePressureAverage: _Final[_Code]
BeatDetected_109018: _Final[_Code]
BeatDetected_109019: _Final[_Code]
AverageDiastolicBloodPressure: _Final[_Code]
MinimumDiastolicBloodPressure: _Final[_Code]
EndDiastole: _Final[_Code]
EndOfExpiration: _Final[_Code]
EndOfInspiration: _Final[_Code]
EndOfSystole: _Final[_Code]
IndicatorMeanTransitTime: _Final[_Code]
MaxDpDt: _Final[_Code]
MaxNegDpDt: _Final[_Code]
MeanBloodPressure: _Final[_Code]
PeakOfThermalCardiacOutputBolus: _Final[_Code]
StartOfExpiration: _Final[_Code]
StartOfInspiration: _Final[_Code]
StartOfThermalCO: _Final[_Code]
AverageSystolicBloodPressure: _Final[_Code]
MaximumSystolicBloodPressure: _Final[_Code]
Tau: _Final[_Code]
VMaxMyocardial: _Final[_Code]
VWavePeakPressure: _Final[_Code]
VWavePressureAverage: _Final[_Code]
ValveClose: _Final[_Code]
ValveOpen: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
