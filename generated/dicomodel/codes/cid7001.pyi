"""CID 7001 Diagnostic Imaging Report Heading.

Extensible, version 20150324, UID 1.2.840.10008.6.1.482.

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
History: _Final[_Code]
Request: _Final[_Code]
CurrentProcedureDescriptions: _Final[_Code]
PriorProcedureDescriptions: _Final[_Code]
PreviousFindings: _Final[_Code]
Findings: _Final[_Code]
Impressions: _Final[_Code]
Recommendations: _Final[_Code]
Conclusions: _Final[_Code]
Addendum: _Final[_Code]
IndicationsForProcedure: _Final[_Code]
PatientPresentation: _Final[_Code]
Complications: _Final[_Code]
Summary: _Final[_Code]
KeyImages: _Final[_Code]
RadiationExposureAndProtectionInformation: _Final[_Code]
ClinicalInformation: _Final[_Code]
MedicationsAdministered: _Final[_Code]
CommunicationOfCriticalResults: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
