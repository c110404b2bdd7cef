"""CID 12203 Left Ventricle Other Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.596.

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
LeftVentricleMass: _Final[_Code]
LeftVentricularIsovolumicRelaxationTime: _Final[_Code]
LeftVentricularIsovolumicContractionTime: _Final[_Code]
LeftVentricularPeakEarlyDiastolicTissueVelocity: _Final[_Code]
RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave: _Final[_Code]
LVPeakDiastolicTissueVelocityDuringAtrialSystole: _Final[_Code]
LeftVentricularPeakSystolicTissueVelocity: _Final[_Code]
LeftVentricularIndexOfMyocardialPerformance: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
