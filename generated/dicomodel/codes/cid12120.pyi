"""CID 12120 Ultrasound Blood Velocity Measurement.

Extensible, version 20240612, UID 1.2.840.10008.6.1.586.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EndDiastolicVelocity: _Final[_groups.Cid12120Code]
MinimumDiastolicVelocity: _Final[_groups.Cid12120Code]
PeakSystolicVelocity: _Final[_groups.Cid12120Code]
PeakBloodVelocity: _Final[_groups.Cid12120Code]
TimeAveragedMeanVelocity: _Final[_groups.Cid12120Code]
TimeAveragedPeakVelocity: _Final[_groups.Cid12120Code]
VelocityTimeIntegral: _Final[_groups.Cid12120Code]
FlowVelocity: _Final[_groups.Cid12120Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12120Code]]
