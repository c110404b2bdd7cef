"""CID 4109 Model-Independent Dynamic Contrast Analysis Parameter.

Extensible, version 20150916, UID 1.2.840.10008.6.1.994.

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
IAUC: _Final[_Code]
IAUC60: _Final[_Code]
IAUC90: _Final[_Code]
IAUC180: _Final[_Code]
IAUCBN: _Final[_Code]
IAUC60BN: _Final[_Code]
IAUC90BN: _Final[_Code]
IAUC180BN: _Final[_Code]
TimeOfPeakConcentration: _Final[_Code]
TimeOfLeadingHalfPeakConcentration: _Final[_Code]
BolusArrivalTime: _Final[_Code]
TimeToPeak: _Final[_Code]
TemporalDerivativeThreshold: _Final[_Code]
MaximumSlope: _Final[_Code]
MaximumDifference: _Final[_Code]
TracerConcentration: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
