"""CID 9565 Treatment Tolerance Violation Cause.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1322.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

InappropriatePatientOrientation: _Final[_groups.Cid9565Code]
InappropriatePatientPosition: _Final[_groups.Cid9565Code]
MachineNotAvailable: _Final[_groups.Cid9565Code]
ChangeInPatientAnatomy: _Final[_groups.Cid9565Code]
MachineCalibrationAdjustment: _Final[_groups.Cid9565Code]
UnavailabilityOfABeamModifier: _Final[_groups.Cid9565Code]
MachineCapabilityLicenseExpired: _Final[_groups.Cid9565Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9565Code]]
