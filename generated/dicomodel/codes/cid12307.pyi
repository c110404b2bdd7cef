"""CID 12307 Cardiac Phase and Time Point.

Extensible, version 20211112, UID 1.2.840.10008.6.1.1148.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ElectromechanicalDelay: _Final[_groups.Cid12307Code]
PreEjectionPeriod: _Final[_groups.Cid12307Code]
Systole: _Final[_groups.Cid12307Code]
VentricularIsovolumicContraction: _Final[_groups.Cid12307Code]
VentricularEjectionSWave: _Final[_groups.Cid12307Code]
EndSystole: _Final[_groups.Cid12307Code]
Diastole: _Final[_groups.Cid12307Code]
VentricularIsovolumicRelaxation: _Final[_groups.Cid12307Code]
AtrialDiastolicFillingDWave: _Final[_groups.Cid12307Code]
DiastolicRapidInflowEWave: _Final[_groups.Cid12307Code]
Diastasis: _Final[_groups.Cid12307Code]
AtrialSystoleAWave: _Final[_groups.Cid12307Code]
ARWave: _Final[_groups.Cid12307Code]
EndDiastole: _Final[_groups.Cid12307Code]
FullCardiacCycle: _Final[_groups.Cid12307Code]
AorticValveClosure: _Final[_groups.Cid12307Code]
AorticValveOpening: _Final[_groups.Cid12307Code]
MitralValveClosure: _Final[_groups.Cid12307Code]
MitralValveOpening: _Final[_groups.Cid12307Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12307Code]]
