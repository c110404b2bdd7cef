"""CID 3407 Object Reference Purpose.

Extensible, version 20030327, UID 1.2.840.10008.6.1.72.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3407
NAME: Final[str] = "Object Reference Purpose"
KEYWORD: Final[str | None] = "ObjectReferencePurpose"
UID: Final[str | None] = "1.2.840.10008.6.1.72"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PreProcedureLog: Final[Code] = Code("DCM", "122072", "Pre-procedure log", (3407,))
"""Pre-procedure log (DCM 122072)."""

AnalysisOrMeasurementsForCurrentProcedure: Final[Code] = Code(
    "DCM", "122073", "Analysis or measurements for current procedure", (3407, 7009)
)
"""Analysis or measurements for current procedure (DCM 122073)."""

PriorReportForCurrentPatient: Final[Code] = Code(
    "DCM", "122075", "Prior report for current patient", (3407,)
)
"""Prior report for current patient (DCM 122075)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PreProcedureLog,
    AnalysisOrMeasurementsForCurrentProcedure,
    PriorReportForCurrentPatient,
)
"""The resolved membership: own members, then those of the included groups, in order."""
