"""CID 12005 Fetal Biometry Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.554.

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
AbdominalCircumference: _Final[_groups.Cid12005Code]
AnteriorPosteriorAbdominalDiameter: _Final[_groups.Cid12005Code]
AnteriorPosteriorTrunkDiameter: _Final[_groups.Cid12005Code]
BiparietalDiameter: _Final[_groups.Cid12005Code]
BPDAreaCorrected: _Final[_groups.Cid12005Code]
CisternaMagnaLength: _Final[_groups.Cid12005Code]
FemurLength: _Final[_groups.Cid12005Code]
FootLength: _Final[_groups.Cid12005Code]
HeadCircumference: _Final[_groups.Cid12005Code]
LeftFetalEarLength: _Final[_groups.Cid12005Code]
OccipitalFrontalDiameter: _Final[_groups.Cid12005Code]
RightFetalEarLength: _Final[_groups.Cid12005Code]
ThoracicCircumference: _Final[_groups.Cid12005Code]
ThoracicArea: _Final[_groups.Cid12005Code]
TransverseAbdominalDiameter: _Final[_groups.Cid12005Code]
TransverseCerebellarDiameter: _Final[_groups.Cid12005Code]
TransverseThoracicDiameter: _Final[_groups.Cid12005Code]
LeftKidneyThickness: _Final[_groups.Cid12005Code]
LeftKidneyLength: _Final[_groups.Cid12005Code]
LeftKidneyWidth: _Final[_groups.Cid12005Code]
RightKidneyThickness: _Final[_groups.Cid12005Code]
RightKidneyLength: _Final[_groups.Cid12005Code]
RightKidneyWidth: _Final[_groups.Cid12005Code]
APADTAD: _Final[_groups.Cid12005Code]
MEMBERS: _Final[tuple[_groups.Cid12005Code, ...]]
