"""CID 800 Protocol Assertion.

Extensible, version 20160626, UID 1.2.840.10008.6.1.1176.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AppropriateForTheIndications: _Final[_groups.Cid800Code]
InappropriateForTheIndications: _Final[_groups.Cid800Code]
ConsistentWithLabelingOfTheDevice: _Final[_groups.Cid800Code]
InconsistentWithLabelingOfTheDevice: _Final[_groups.Cid800Code]
ApprovedForUseAtTheInstitution: _Final[_groups.Cid800Code]
DisapprovedForUseAtTheInstitution: _Final[_groups.Cid800Code]
ApprovedForUseInTheClinicalTrial: _Final[_groups.Cid800Code]
DisapprovedForUseInTheClinicalTrial: _Final[_groups.Cid800Code]
ApprovedForExperimentalUse: _Final[_groups.Cid800Code]
DisapprovedForExperimentalUse: _Final[_groups.Cid800Code]
ApprovedForUseOnPregnantPatients: _Final[_groups.Cid800Code]
DisapprovedForUseOnPregnantPatients: _Final[_groups.Cid800Code]
DisapprovedForAnyUse: _Final[_groups.Cid800Code]
EligibleForReimbursement: _Final[_groups.Cid800Code]
EligibleForReimbursementOnPerPatientBasis: _Final[_groups.Cid800Code]
IneligibleForReimbursement: _Final[_groups.Cid800Code]
AppropriateForTheDevice: _Final[_groups.Cid800Code]
InappropriateForTheDevice: _Final[_groups.Cid800Code]
InsideOperationalLimitsOfTheDevice: _Final[_groups.Cid800Code]
OutsideOperationalLimitsOfTheDevice: _Final[_groups.Cid800Code]
OptimizedForTheDeviceInstance: _Final[_groups.Cid800Code]
NotOptimizedForTheDeviceInstance: _Final[_groups.Cid800Code]
DeprecatedProtocol: _Final[_groups.Cid800Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid800Code]]
