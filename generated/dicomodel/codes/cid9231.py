"""CID 9231 Workitem Definition.

Extensible, version 20160601, UID 1.2.840.10008.6.1.531.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9231
NAME: _Final[str] = "Workitem Definition"
KEYWORD: _Final[str | None] = "WorkitemDefinition"
UID: _Final[str | None] = "1.2.840.10008.6.1.531"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160601"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ImageProcessing: _Final[_Code] = _Code("DCM", "110001", "Image Processing", (9231,))
"""Image Processing (DCM 110001)."""

QualityControl: _Final[_Code] = _Code("DCM", "110002", "Quality Control", (6061, 9231))
"""Quality Control (DCM 110002)."""

ComputerAidedDiagnosis: _Final[_Code] = _Code("DCM", "110003", "Computer Aided Diagnosis", (9231,))
"""Computer Aided Diagnosis (DCM 110003)."""

ComputerAidedDetection: _Final[_Code] = _Code("DCM", "110004", "Computer Aided Detection", (9231,))
"""Computer Aided Detection (DCM 110004)."""

Interpretation: _Final[_Code] = _Code("DCM", "110005", "Interpretation", (9231,))
"""Interpretation (DCM 110005)."""

Transcription: _Final[_Code] = _Code("DCM", "110006", "Transcription", (9231,))
"""Transcription (DCM 110006)."""

ReportVerification: _Final[_Code] = _Code("DCM", "110007", "Report Verification", (9231,))
"""Report Verification (DCM 110007)."""

AddAddendumToReport: _Final[_Code] = _Code("DCM", "128001", "Add Addendum to Report", (9231,))
"""Add Addendum to Report (DCM 128001)."""

Print: _Final[_Code] = _Code("DCM", "110008", "Print", (9231,))
"""Print (DCM 110008)."""

NoSubsequentWorkitems: _Final[_Code] = _Code("DCM", "110009", "No subsequent Workitems", (9231,))
"""No subsequent Workitems (DCM 110009)."""

MediaImport: _Final[_Code] = _Code("DCM", "110013", "Media Import", (9231,))
"""Media Import (DCM 110013)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
