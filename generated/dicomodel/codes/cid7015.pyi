"""CID 7015 Export Delay Reason.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1179.

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
DelayExportUntilFinalReportIsAvailable: _Final[_groups.Cid7015Code]
DelayExportUntilClinicalInformationIsAvailable: _Final[_groups.Cid7015Code]
DelayExportUntilConfirmationOfDiagnosisIsAvailable: _Final[_groups.Cid7015Code]
DelayExportUntilHistopathologyIsAvailable: _Final[_groups.Cid7015Code]
DelayExportUntilOtherLaboratoryResultsAreAvailable: _Final[_groups.Cid7015Code]
DelayExportUntilPatientIsDischarged: _Final[_groups.Cid7015Code]
DelayExportUntilPatientDies: _Final[_groups.Cid7015Code]
DelayExportUntilExpertReviewIsAvailable: _Final[_groups.Cid7015Code]
MEMBERS: _Final[tuple[_groups.Cid7015Code, ...]]
