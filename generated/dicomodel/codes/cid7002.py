"""CID 7002 Diagnostic Imaging Report Element.

Extensible, version 20200310, UID 1.2.840.10008.6.1.483.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7002
NAME: Final[str] = "Diagnostic Imaging Report Element"
KEYWORD: Final[str | None] = "DiagnosticImagingReportElement"
UID: Final[str | None] = "1.2.840.10008.6.1.483"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200310"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

History: Final[Code] = Code("LN", "11329-0", "History", (7001, 7002))
"""History (LN 11329-0)."""

Request: Final[Code] = Code("LN", "55115-0", "Request", (7001, 7002))
"""Request (LN 55115-0)."""

ProcedureDescription: Final[Code] = Code("DCM", "121065", "Procedure Description", (7002,))
"""Procedure Description (DCM 121065)."""

PreviousFinding: Final[Code] = Code("DCM", "121069", "Previous Finding", (7002,))
"""Previous Finding (DCM 121069)."""

Finding: Final[Code] = Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

Impression: Final[Code] = Code("DCM", "121073", "Impression", (3419, 6053, 7002))
"""Impression (DCM 121073)."""

Recommendation: Final[Code] = Code("DCM", "121075", "Recommendation", (3419, 6053, 7002))
"""Recommendation (DCM 121075)."""

Conclusion: Final[Code] = Code("DCM", "121077", "Conclusion", (6053, 7002))
"""Conclusion (DCM 121077)."""

ComplicationOfProcedure: Final[Code] = Code(
    "SCT", "116224001", "Complication of Procedure", (7002,)
)
"""Complication of Procedure (SCT 116224001)."""

PatientPresentation: Final[Code] = Code("LN", "55108-5", "Patient Presentation", (7001, 7002))
"""Patient Presentation (LN 55108-5)."""

Summary: Final[Code] = Code("LN", "55112-7", "Summary", (7001, 7002))
"""Summary (LN 55112-7)."""

MEMBERS: Final[tuple[Code, ...]] = (
    History,
    Request,
    ProcedureDescription,
    PreviousFinding,
    Finding,
    Impression,
    Recommendation,
    Conclusion,
    ComplicationOfProcedure,
    PatientPresentation,
    Summary,
)
"""The resolved membership: own members, then those of the included groups, in order."""
