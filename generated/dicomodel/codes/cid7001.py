"""CID 7001 Diagnostic Imaging Report Heading.

Extensible, version 20150324, UID 1.2.840.10008.6.1.482.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7001
NAME: _Final[str] = "Diagnostic Imaging Report Heading"
KEYWORD: _Final[str | None] = "DiagnosticImagingReportHeading"
UID: _Final[str | None] = "1.2.840.10008.6.1.482"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150324"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

History: _Final[_Code] = _Code("LN", "11329-0", "History", (7001, 7002))
"""History (LN 11329-0)."""

Request: _Final[_Code] = _Code("LN", "55115-0", "Request", (7001, 7002))
"""Request (LN 55115-0)."""

CurrentProcedureDescriptions: _Final[_Code] = _Code(
    "LN", "55111-9", "Current Procedure Descriptions", (7001,)
)
"""Current Procedure Descriptions (LN 55111-9)."""

PriorProcedureDescriptions: _Final[_Code] = _Code(
    "LN", "55114-3", "Prior Procedure Descriptions", (7001,)
)
"""Prior Procedure Descriptions (LN 55114-3)."""

PreviousFindings: _Final[_Code] = _Code("LN", "18834-2", "Previous Findings", (7001,))
"""Previous Findings (LN 18834-2)."""

Findings: _Final[_Code] = _Code("LN", "59776-5", "Findings", (6052, 7001))
"""Findings (LN 59776-5)."""

Impressions: _Final[_Code] = _Code("LN", "19005-8", "Impressions", (6052, 7001))
"""Impressions (LN 19005-8)."""

Recommendations: _Final[_Code] = _Code("LN", "18783-1", "Recommendations", (6052, 7001))
"""Recommendations (LN 18783-1)."""

Conclusions: _Final[_Code] = _Code("LN", "55110-1", "Conclusions", (6052, 7001))
"""Conclusions (LN 55110-1)."""

Addendum: _Final[_Code] = _Code("LN", "55107-7", "Addendum", (6052, 7001))
"""Addendum (LN 55107-7)."""

IndicationsForProcedure: _Final[_Code] = _Code(
    "LN", "18785-6", "Indications for Procedure", (6052, 6053, 7001)
)
"""Indications for Procedure (LN 18785-6)."""

PatientPresentation: _Final[_Code] = _Code("LN", "55108-5", "Patient Presentation", (7001, 7002))
"""Patient Presentation (LN 55108-5)."""

Complications: _Final[_Code] = _Code("LN", "55109-3", "Complications", (7001,))
"""Complications (LN 55109-3)."""

Summary: _Final[_Code] = _Code("LN", "55112-7", "Summary", (7001, 7002))
"""Summary (LN 55112-7)."""

KeyImages: _Final[_Code] = _Code("LN", "55113-5", "Key Images", (7001,))
"""Key Images (LN 55113-5)."""

RadiationExposureAndProtectionInformation: _Final[_Code] = _Code(
    "LN", "73569-6", "Radiation Exposure and Protection Information", (7001,)
)
"""Radiation Exposure and Protection Information (LN 73569-6)."""

ClinicalInformation: _Final[_Code] = _Code("LN", "55752-0", "Clinical Information", (7001,))
"""Clinical Information (LN 55752-0)."""

MedicationsAdministered: _Final[_Code] = _Code("LN", "29549-3", "Medications Administered", (7001,))
"""Medications Administered (LN 29549-3)."""

CommunicationOfCriticalResults: _Final[_Code] = _Code(
    "LN", "73568-8", "Communication of Critical Results", (7001,)
)
"""Communication of Critical Results (LN 73568-8)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    History,
    Request,
    CurrentProcedureDescriptions,
    PriorProcedureDescriptions,
    PreviousFindings,
    Findings,
    Impressions,
    Recommendations,
    Conclusions,
    Addendum,
    IndicationsForProcedure,
    PatientPresentation,
    Complications,
    Summary,
    KeyImages,
    RadiationExposureAndProtectionInformation,
    ClinicalInformation,
    MedicationsAdministered,
    CommunicationOfCriticalResults,
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
