"""CID 7015 Export Delay Reason.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1179.

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
DelayExportUntilFinalReportIsAvailable: _Final[_Code]
DelayExportUntilClinicalInformationIsAvailable: _Final[_Code]
DelayExportUntilConfirmationOfDiagnosisIsAvailable: _Final[_Code]
DelayExportUntilHistopathologyIsAvailable: _Final[_Code]
DelayExportUntilOtherLaboratoryResultsAreAvailable: _Final[_Code]
DelayExportUntilPatientIsDischarged: _Final[_Code]
DelayExportUntilPatientDies: _Final[_Code]
DelayExportUntilExpertReviewIsAvailable: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
