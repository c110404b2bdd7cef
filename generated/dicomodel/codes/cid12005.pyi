"""CID 12005 Fetal Biometry Measurement.

Extensible, version 20210120, UID 1.2.840.10008.6.1.554.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12005Code]]
