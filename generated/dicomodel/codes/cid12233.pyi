"""CID 12233 Cardiac Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.624.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Systole: _Final[_groups.Cid12233Code]
Diastole: _Final[_groups.Cid12233Code]
EndDiastole: _Final[_groups.Cid12233Code]
EndSystole: _Final[_groups.Cid12233Code]
EarlyDiastole: _Final[_groups.Cid12233Code]
PeakSystolic: _Final[_groups.Cid12233Code]
AtrialSystole: _Final[_groups.Cid12233Code]
VentricularSystole: _Final[_groups.Cid12233Code]
VentricularIsovolumicContraction: _Final[_groups.Cid12233Code]
VentricularEjection: _Final[_groups.Cid12233Code]
VentricularIsovolumicRelaxation: _Final[_groups.Cid12233Code]
DiastolicRapidInflow: _Final[_groups.Cid12233Code]
Diastasis: _Final[_groups.Cid12233Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12233Code]]
