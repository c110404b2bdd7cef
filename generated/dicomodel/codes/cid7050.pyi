"""CID 7050 De-identification Method.

Extensible, version 20170914, UID 1.2.840.10008.6.1.925.

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
BasicApplicationConfidentialityProfile: _Final[_Code]
CleanPixelDataOption: _Final[_Code]
CleanRecognizableVisualFeaturesOption: _Final[_Code]
CleanGraphicsOption: _Final[_Code]
CleanStructuredContentOption: _Final[_Code]
CleanDescriptorsOption: _Final[_Code]
RetainLongitudinalTemporalInformationFullDatesOption: _Final[_Code]
RetainLongitudinalTemporalInformationModifiedDatesOption: _Final[_Code]
RetainPatientCharacteristicsOption: _Final[_Code]
RetainDeviceIdentityOption: _Final[_Code]
RetainUidsOption: _Final[_Code]
RetainSafePrivateOption: _Final[_Code]
RetainInstitutionIdentityOption: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
