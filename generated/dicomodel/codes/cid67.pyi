"""CID 67 Imaging Agent Administration Completion Status.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1257.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Complete: _Final[_groups.Cid67Code]
TerminatedDueToPressureAboveTerminationLimit: _Final[_groups.Cid67Code]
TerminatedDueToFlowRateAboveTerminationLimit: _Final[_groups.Cid67Code]
TerminatedDueToAirDetected: _Final[_groups.Cid67Code]
TerminatedDueToExcessiveDurationPause: _Final[_groups.Cid67Code]
TerminatedDueToRequestFromOperator: _Final[_groups.Cid67Code]
TerminatedDueToInjectorCommunicationLoss: _Final[_groups.Cid67Code]
TerminatedDueToUnspecifiedInjectorFailure: _Final[_groups.Cid67Code]
TerminatedByScanner: _Final[_groups.Cid67Code]
TerminatedDueToCriticalBatteryLevel: _Final[_groups.Cid67Code]
TerminatedDueToConsumableRemoval: _Final[_groups.Cid67Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid67Code]]
