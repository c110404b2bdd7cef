"""CID 7050 De-identification Method.

Extensible, version 20170914, UID 1.2.840.10008.6.1.925.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BasicApplicationConfidentialityProfile: _Final[_groups.Cid7050Code]
CleanPixelDataOption: _Final[_groups.Cid7050Code]
CleanRecognizableVisualFeaturesOption: _Final[_groups.Cid7050Code]
CleanGraphicsOption: _Final[_groups.Cid7050Code]
CleanStructuredContentOption: _Final[_groups.Cid7050Code]
CleanDescriptorsOption: _Final[_groups.Cid7050Code]
RetainLongitudinalTemporalInformationFullDatesOption: _Final[_groups.Cid7050Code]
RetainLongitudinalTemporalInformationModifiedDatesOption: _Final[_groups.Cid7050Code]
RetainPatientCharacteristicsOption: _Final[_groups.Cid7050Code]
RetainDeviceIdentityOption: _Final[_groups.Cid7050Code]
RetainUidsOption: _Final[_groups.Cid7050Code]
RetainSafePrivateOption: _Final[_groups.Cid7050Code]
RetainInstitutionIdentityOption: _Final[_groups.Cid7050Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7050Code]]
