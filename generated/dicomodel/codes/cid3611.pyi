"""CID 3611 Pressure Measurement.

Extensible, version 20050322, UID 1.2.840.10008.6.1.161.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AWavePeakPressure: _Final[_groups.Cid3611Code]
CWavePressure: _Final[_groups.Cid3611Code]
IntravascularDiastolicBloodPressure: _Final[_groups.Cid3611Code]
AverageDiastolicBloodPressure: _Final[_groups.Cid3611Code]
MinimumDiastolicBloodPressure: _Final[_groups.Cid3611Code]
VentricularEndDiastolicPressure: _Final[_groups.Cid3611Code]
GradientPressureAverage: _Final[_groups.Cid3611Code]
GradientPressurePeak: _Final[_groups.Cid3611Code]
MeanBloodPressure: _Final[_groups.Cid3611Code]
PressureAtDpDtMax: _Final[_groups.Cid3611Code]
IntravascularSystolicBloodPressure: _Final[_groups.Cid3611Code]
AverageSystolicBloodPressure: _Final[_groups.Cid3611Code]
MaximumSystolicBloodPressure: _Final[_groups.Cid3611Code]
VWavePeakPressure: _Final[_groups.Cid3611Code]
XDescentPressure: _Final[_groups.Cid3611Code]
YDescentPressure: _Final[_groups.Cid3611Code]
ZPointPressure: _Final[_groups.Cid3611Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3611Code]]
