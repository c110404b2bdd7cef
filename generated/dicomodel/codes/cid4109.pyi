"""CID 4109 Model-Independent Dynamic Contrast Analysis Parameter.

Extensible, version 20150916, UID 1.2.840.10008.6.1.994.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IAUC: _Final[_groups.Cid4109Code]
IAUC60: _Final[_groups.Cid4109Code]
IAUC90: _Final[_groups.Cid4109Code]
IAUC180: _Final[_groups.Cid4109Code]
IAUCBN: _Final[_groups.Cid4109Code]
IAUC60BN: _Final[_groups.Cid4109Code]
IAUC90BN: _Final[_groups.Cid4109Code]
IAUC180BN: _Final[_groups.Cid4109Code]
TimeOfPeakConcentration: _Final[_groups.Cid4109Code]
TimeOfLeadingHalfPeakConcentration: _Final[_groups.Cid4109Code]
BolusArrivalTime: _Final[_groups.Cid4109Code]
TimeToPeak: _Final[_groups.Cid4109Code]
TemporalDerivativeThreshold: _Final[_groups.Cid4109Code]
MaximumSlope: _Final[_groups.Cid4109Code]
MaximumDifference: _Final[_groups.Cid4109Code]
TracerConcentration: _Final[_groups.Cid4109Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4109Code]]
