"""CID 12203 Left Ventricle Other Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.596.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
LeftVentricleMass: _Final[_groups.Cid12203Code]
LeftVentricularIsovolumicRelaxationTime: _Final[_groups.Cid12203Code]
LeftVentricularIsovolumicContractionTime: _Final[_groups.Cid12203Code]
LeftVentricularPeakEarlyDiastolicTissueVelocity: _Final[_groups.Cid12203Code]
RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave: _Final[_groups.Cid12203Code]
LVPeakDiastolicTissueVelocityDuringAtrialSystole: _Final[_groups.Cid12203Code]
LeftVentricularPeakSystolicTissueVelocity: _Final[_groups.Cid12203Code]
LeftVentricularIndexOfMyocardialPerformance: _Final[_groups.Cid12203Code]
MEMBERS: _Final[tuple[_groups.Cid12203Code, ...]]
