"""CID 10050 Summary Radiation Exposure Quantity.

Extensible, version 20220331, UID 1.2.840.10008.6.1.1028.

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
EntranceExposureAtRP: _Final[_Code]
AccumulatedAverageGlandularDose: _Final[_Code]
DoseAreaProductTotal: _Final[_Code]
FluoroDoseAreaProductTotal: _Final[_Code]
AcquisitionDoseAreaProductTotal: _Final[_Code]
TotalFluoroTime: _Final[_Code]
TotalNumberOfRadiographicFrames: _Final[_Code]
AdministeredActivity: _Final[_Code]
CTDoseLengthProductTotal: _Final[_Code]
CTDoseLengthProductSubTotal: _Final[_Code]
MeanCtdivol: _Final[_Code]
EffectiveDose: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
