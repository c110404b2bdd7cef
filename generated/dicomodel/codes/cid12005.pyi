"""CID 12005 Fetal Biometry Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.554.

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
AbdominalCircumference: _Final[_Code]
AnteriorPosteriorAbdominalDiameter: _Final[_Code]
AnteriorPosteriorTrunkDiameter: _Final[_Code]
BiparietalDiameter: _Final[_Code]
BPDAreaCorrected: _Final[_Code]
CisternaMagnaLength: _Final[_Code]
FemurLength: _Final[_Code]
FootLength: _Final[_Code]
HeadCircumference: _Final[_Code]
LeftFetalEarLength: _Final[_Code]
OccipitalFrontalDiameter: _Final[_Code]
RightFetalEarLength: _Final[_Code]
ThoracicCircumference: _Final[_Code]
ThoracicArea: _Final[_Code]
TransverseAbdominalDiameter: _Final[_Code]
TransverseCerebellarDiameter: _Final[_Code]
TransverseThoracicDiameter: _Final[_Code]
LeftKidneyThickness: _Final[_Code]
LeftKidneyLength: _Final[_Code]
LeftKidneyWidth: _Final[_Code]
RightKidneyThickness: _Final[_Code]
RightKidneyLength: _Final[_Code]
RightKidneyWidth: _Final[_Code]
APADTAD: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
