"""CID 7009 Purpose of Reference to Predecessor Report.

Extensible, version 20090826, UID 1.2.840.10008.6.1.818.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7009
NAME: Final[str] = "Purpose of Reference to Predecessor Report"
KEYWORD: Final[str | None] = "PurposeOfReferenceToPredecessorReport"
UID: Final[str | None] = "1.2.840.10008.6.1.818"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090826"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ReplacedReport: Final[Code] = Code("DCM", "121360", "Replaced report", (7009,))
"""Replaced report (DCM 121360)."""

AddendedReport: Final[Code] = Code("DCM", "121361", "Addended report", (7009,))
"""Addended report (DCM 121361)."""

PreliminaryReport: Final[Code] = Code("DCM", "121362", "Preliminary report", (7009, 9233))
"""Preliminary report (DCM 121362)."""

PartialReport: Final[Code] = Code("DCM", "121363", "Partial report", (7009,))
"""Partial report (DCM 121363)."""

CurrentProcedureEvidence: Final[Code] = Code(
    "DCM", "122073", "Current procedure evidence", (3407, 7009)
)
"""Current procedure evidence (DCM 122073)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ReplacedReport,
    AddendedReport,
    PreliminaryReport,
    PartialReport,
    CurrentProcedureEvidence,
)
"""The resolved membership: own members, then those of the included groups, in order."""
