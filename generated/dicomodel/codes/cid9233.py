"""CID 9233 Requested Report Type.

Extensible, version 20160601, UID 1.2.840.10008.6.1.1120.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9233
NAME: Final[str] = "Requested Report Type"
KEYWORD: Final[str | None] = "RequestedReportType"
UID: Final[str | None] = "1.2.840.10008.6.1.1120"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160601"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PreliminaryReport: Final[Code] = Code("DCM", "121362", "Preliminary Report", (7009, 9233))
"""Preliminary Report (DCM 121362)."""

FinalReport: Final[Code] = Code("DCM", "128005", "Final Report", (9233,))
"""Final Report (DCM 128005)."""

MEMBERS: Final[tuple[Code, ...]] = (PreliminaryReport, FinalReport)
"""The resolved membership: own members, then those of the included groups, in order."""
