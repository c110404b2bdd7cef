"""CID 3611 Pressure Measurement.

Extensible, version 20050322, UID 1.2.840.10008.6.1.161.

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
AWavePeakPressure: _Final[_Code]
CWavePressure: _Final[_Code]
IntravascularDiastolicBloodPressure: _Final[_Code]
AverageDiastolicBloodPressure: _Final[_Code]
MinimumDiastolicBloodPressure: _Final[_Code]
VentricularEndDiastolicPressure: _Final[_Code]
GradientPressureAverage: _Final[_Code]
GradientPressurePeak: _Final[_Code]
MeanBloodPressure: _Final[_Code]
PressureAtDpDtMax: _Final[_Code]
IntravascularSystolicBloodPressure: _Final[_Code]
AverageSystolicBloodPressure: _Final[_Code]
MaximumSystolicBloodPressure: _Final[_Code]
VWavePeakPressure: _Final[_Code]
XDescentPressure: _Final[_Code]
YDescentPressure: _Final[_Code]
ZPointPressure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
