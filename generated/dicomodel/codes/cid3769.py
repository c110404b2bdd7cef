"""CID 3769 Concern Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.258.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3769
NAME: Final[str] = "Concern Type"
KEYWORD: Final[str | None] = "ConcernType"
UID: Final[str | None] = "1.2.840.10008.6.1.258"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Complaint: Final[Code] = Code("SCT", "1269496002", "Complaint", (3769,))
"""Complaint (SCT 1269496002)."""

Disease: Final[Code] = Code("SCT", "64572001", "Disease", (3769,))
"""Disease (SCT 64572001)."""

Finding: Final[Code] = Code("SCT", "404684003", "Finding", (3769,))
"""Finding (SCT 404684003)."""

FindingReportedByPatientInformant: Final[Code] = Code(
    "SCT", "418799008", "Finding reported by patient/informant", (3769,)
)
"""Finding reported by patient/informant (SCT 418799008)."""

FunctionalPerformanceAndActivity: Final[Code] = Code(
    "SCT", "248536006", "Functional performance and activity", (3769,)
)
"""Functional performance and activity (SCT 248536006)."""

Problem: Final[Code] = Code("SCT", "55607006", "Problem", (3769,))
"""Problem (SCT 55607006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Complaint,
    Disease,
    Finding,
    FindingReportedByPatientInformant,
    FunctionalPerformanceAndActivity,
    Problem,
)
"""The resolved membership: own members, then those of the included groups, in order."""
