"""CID 7015 Export Delay Reason.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1179.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7015
NAME: Final[str] = "Export Delay Reason"
KEYWORD: Final[str | None] = "ExportDelayReason"
UID: Final[str | None] = "1.2.840.10008.6.1.1179"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DelayExportUntilFinalReportIsAvailable: Final[Code] = Code(
    "DCM", "128715", "Delay export until final report is available", (7015,)
)
"""Delay export until final report is available (DCM 128715)."""

DelayExportUntilClinicalInformationIsAvailable: Final[Code] = Code(
    "DCM", "128716", "Delay export until clinical information is available", (7015,)
)
"""Delay export until clinical information is available (DCM 128716)."""

DelayExportUntilConfirmationOfDiagnosisIsAvailable: Final[Code] = Code(
    "DCM", "128717", "Delay export until confirmation of diagnosis is available", (7015,)
)
"""Delay export until confirmation of diagnosis is available (DCM 128717)."""

DelayExportUntilHistopathologyIsAvailable: Final[Code] = Code(
    "DCM", "128718", "Delay export until histopathology is available", (7015,)
)
"""Delay export until histopathology is available (DCM 128718)."""

DelayExportUntilOtherLaboratoryResultsAreAvailable: Final[Code] = Code(
    "DCM", "128719", "Delay export until other laboratory results are available", (7015,)
)
"""Delay export until other laboratory results are available (DCM 128719)."""

DelayExportUntilPatientIsDischarged: Final[Code] = Code(
    "DCM", "128720", "Delay export until patient is discharged", (7015,)
)
"""Delay export until patient is discharged (DCM 128720)."""

DelayExportUntilPatientDies: Final[Code] = Code(
    "DCM", "128721", "Delay export until patient dies", (7015,)
)
"""Delay export until patient dies (DCM 128721)."""

DelayExportUntilExpertReviewIsAvailable: Final[Code] = Code(
    "DCM", "128722", "Delay export until expert review is available", (7015,)
)
"""Delay export until expert review is available (DCM 128722)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DelayExportUntilFinalReportIsAvailable,
    DelayExportUntilClinicalInformationIsAvailable,
    DelayExportUntilConfirmationOfDiagnosisIsAvailable,
    DelayExportUntilHistopathologyIsAvailable,
    DelayExportUntilOtherLaboratoryResultsAreAvailable,
    DelayExportUntilPatientIsDischarged,
    DelayExportUntilPatientDies,
    DelayExportUntilExpertReviewIsAvailable,
)
"""The resolved membership: own members, then those of the included groups, in order."""
