"""CID 7002 Diagnostic Imaging Report Element.

Extensible, version 20200310, UID 1.2.840.10008.6.1.483.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7002
NAME: _Final[str] = "Diagnostic Imaging Report Element"
KEYWORD: _Final[str | None] = "DiagnosticImagingReportElement"
UID: _Final[str | None] = "1.2.840.10008.6.1.483"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

History: _Final[_Code] = _Code("LN", "11329-0", "History", (7001, 7002))
"""History (LN 11329-0)."""

Request: _Final[_Code] = _Code("LN", "55115-0", "Request", (7001, 7002))
"""Request (LN 55115-0)."""

ProcedureDescription: _Final[_Code] = _Code("DCM", "121065", "Procedure Description", (7002,))
"""Procedure Description (DCM 121065)."""

PreviousFinding: _Final[_Code] = _Code("DCM", "121069", "Previous Finding", (7002,))
"""Previous Finding (DCM 121069)."""

Finding: _Final[_Code] = _Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

Impression: _Final[_Code] = _Code("DCM", "121073", "Impression", (3419, 6053, 7002))
"""Impression (DCM 121073)."""

Recommendation: _Final[_Code] = _Code("DCM", "121075", "Recommendation", (3419, 6053, 7002))
"""Recommendation (DCM 121075)."""

Conclusion: _Final[_Code] = _Code("DCM", "121077", "Conclusion", (6053, 7002))
"""Conclusion (DCM 121077)."""

ComplicationOfProcedure: _Final[_Code] = _Code(
    "SCT", "116224001", "Complication of Procedure", (7002,)
)
"""Complication of Procedure (SCT 116224001)."""

PatientPresentation: _Final[_Code] = _Code("LN", "55108-5", "Patient Presentation", (7001, 7002))
"""Patient Presentation (LN 55108-5)."""

Summary: _Final[_Code] = _Code("LN", "55112-7", "Summary", (7001, 7002))
"""Summary (LN 55112-7)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
