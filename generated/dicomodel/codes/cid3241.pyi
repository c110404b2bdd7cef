"""CID 3241 Hemodynamic Measurement Technique.

Extensible, version 20230630, UID 1.2.840.10008.6.1.54.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AveragedHemodynamicMeasurementMethod: _Final[_groups.Cid3241Code]
CompositeHemodynamicMeasurementMethod: _Final[_groups.Cid3241Code]
ComputedHemodynamicMeasurementMethod: _Final[_groups.Cid3241Code]
ConductanceCatheterMethod: _Final[_groups.Cid3241Code]
DopplerCatheterMethod: _Final[_groups.Cid3241Code]
DualCatheterMethod: _Final[_groups.Cid3241Code]
FluidFilledCatheterMethod: _Final[_groups.Cid3241Code]
FiberopticCatheterMethod: _Final[_groups.Cid3241Code]
PullbackMethod: _Final[_groups.Cid3241Code]
PulmonaryCapillaryWedgeMethod: _Final[_groups.Cid3241Code]
StaticCatheterMethod: _Final[_groups.Cid3241Code]
ThermistorCatheterMethod: _Final[_groups.Cid3241Code]
TipManometerMethod: _Final[_groups.Cid3241Code]
WedgeMethod: _Final[_groups.Cid3241Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3241Code]]
