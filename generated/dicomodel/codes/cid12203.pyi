"""CID 12203 Left Ventricle Other Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.596.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleMass: _Final[_groups.Cid12203Code]
LeftVentricularIsovolumicRelaxationTime: _Final[_groups.Cid12203Code]
LeftVentricularIsovolumicContractionTime: _Final[_groups.Cid12203Code]
LeftVentricularPeakEarlyDiastolicTissueVelocity: _Final[_groups.Cid12203Code]
RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave: _Final[_groups.Cid12203Code]
LVPeakDiastolicTissueVelocityDuringAtrialSystole: _Final[_groups.Cid12203Code]
LeftVentricularPeakSystolicTissueVelocity: _Final[_groups.Cid12203Code]
LeftVentricularIndexOfMyocardialPerformance: _Final[_groups.Cid12203Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12203Code]]
