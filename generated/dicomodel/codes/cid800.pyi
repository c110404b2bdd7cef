"""CID 800 Protocol Assertion.

Extensible, version 20160626, UID 1.2.840.10008.6.1.1176.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid800Code, ...]]
