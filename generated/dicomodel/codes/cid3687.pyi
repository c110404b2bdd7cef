"""CID 3687 Electrophysiology Waveform Duration.

Extensible, version 20110330, UID 1.2.840.10008.6.1.201.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PDurationPerLead: _Final[_groups.Cid3687Code]
POnsetToP1DurationPerLead: _Final[_groups.Cid3687Code]
POnsetToP2DurationPerLead: _Final[_groups.Cid3687Code]
POnsetToP3DurationPerLead: _Final[_groups.Cid3687Code]
POffsetToQRSOnsetDurationPerLead: _Final[_groups.Cid3687Code]
QDurationPerLead: _Final[_groups.Cid3687Code]
QRSDurationPerLead: _Final[_groups.Cid3687Code]
QTDurationPerLead: _Final[_groups.Cid3687Code]
R1DurationPerLead: _Final[_groups.Cid3687Code]
R2DurationPerLead: _Final[_groups.Cid3687Code]
R3DurationPerLead: _Final[_groups.Cid3687Code]
S1DurationPerLead: _Final[_groups.Cid3687Code]
S2DurationPerLead: _Final[_groups.Cid3687Code]
S3DurationPerLead: _Final[_groups.Cid3687Code]
VentricularActivationTimePerLead: _Final[_groups.Cid3687Code]
PPTimePeriodPerLead: _Final[_groups.Cid3687Code]
RRTimePeriodPerLead: _Final[_groups.Cid3687Code]
PQTimePeriodPerLead: _Final[_groups.Cid3687Code]
PQSegmentTimePeriodPerLead: _Final[_groups.Cid3687Code]
QTUTimePeriodPerLead: _Final[_groups.Cid3687Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3687Code]]
