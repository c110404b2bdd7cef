"""CID 800 Protocol Assertion.

Extensible, version 20160626, UID 1.2.840.10008.6.1.1176.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AppropriateForTheIndications: _Final[_Code]
InappropriateForTheIndications: _Final[_Code]
ConsistentWithLabelingOfTheDevice: _Final[_Code]
InconsistentWithLabelingOfTheDevice: _Final[_Code]
ApprovedForUseAtTheInstitution: _Final[_Code]
DisapprovedForUseAtTheInstitution: _Final[_Code]
ApprovedForUseInTheClinicalTrial: _Final[_Code]
DisapprovedForUseInTheClinicalTrial: _Final[_Code]
ApprovedForExperimentalUse: _Final[_Code]
DisapprovedForExperimentalUse: _Final[_Code]
ApprovedForUseOnPregnantPatients: _Final[_Code]
DisapprovedForUseOnPregnantPatients: _Final[_Code]
DisapprovedForAnyUse: _Final[_Code]
EligibleForReimbursement: _Final[_Code]
EligibleForReimbursementOnPerPatientBasis: _Final[_Code]
IneligibleForReimbursement: _Final[_Code]
AppropriateForTheDevice: _Final[_Code]
InappropriateForTheDevice: _Final[_Code]
InsideOperationalLimitsOfTheDevice: _Final[_Code]
OutsideOperationalLimitsOfTheDevice: _Final[_Code]
OptimizedForTheDeviceInstance: _Final[_Code]
NotOptimizedForTheDeviceInstance: _Final[_Code]
DeprecatedProtocol: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
