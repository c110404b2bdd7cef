"""CID 9231 Workitem Definition.

Extensible, version 20160601, UID 1.2.840.10008.6.1.531.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9231
NAME: Final[str] = "Workitem Definition"
KEYWORD: Final[str | None] = "WorkitemDefinition"
UID: Final[str | None] = "1.2.840.10008.6.1.531"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160601"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ImageProcessing: Final[Code] = Code("DCM", "110001", "Image Processing", (9231,))
"""Image Processing (DCM 110001)."""

QualityControl: Final[Code] = Code("DCM", "110002", "Quality Control", (6061, 9231))
"""Quality Control (DCM 110002)."""

ComputerAidedDiagnosis: Final[Code] = Code("DCM", "110003", "Computer Aided Diagnosis", (9231,))
"""Computer Aided Diagnosis (DCM 110003)."""

ComputerAidedDetection: Final[Code] = Code("DCM", "110004", "Computer Aided Detection", (9231,))
"""Computer Aided Detection (DCM 110004)."""

Interpretation: Final[Code] = Code("DCM", "110005", "Interpretation", (9231,))
"""Interpretation (DCM 110005)."""

Transcription: Final[Code] = Code("DCM", "110006", "Transcription", (9231,))
"""Transcription (DCM 110006)."""

ReportVerification: Final[Code] = Code("DCM", "110007", "Report Verification", (9231,))
"""Report Verification (DCM 110007)."""

AddAddendumToReport: Final[Code] = Code("DCM", "128001", "Add Addendum to Report", (9231,))
"""Add Addendum to Report (DCM 128001)."""

Print: Final[Code] = Code("DCM", "110008", "Print", (9231,))
"""Print (DCM 110008)."""

NoSubsequentWorkitems: Final[Code] = Code("DCM", "110009", "No subsequent Workitems", (9231,))
"""No subsequent Workitems (DCM 110009)."""

MediaImport: Final[Code] = Code("DCM", "110013", "Media Import", (9231,))
"""Media Import (DCM 110013)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ImageProcessing,
    QualityControl,
    ComputerAidedDiagnosis,
    ComputerAidedDetection,
    Interpretation,
    Transcription,
    ReportVerification,
    AddAddendumToReport,
    Print,
    NoSubsequentWorkitems,
    MediaImport,
)
"""The resolved membership: own members, then those of the included groups, in order."""
