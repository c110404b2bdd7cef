"""CID 3769 Concern Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.258.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3769
NAME: _Final[str] = "Concern Type"
KEYWORD: _Final[str | None] = "ConcernType"
UID: _Final[str | None] = "1.2.840.10008.6.1.258"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Complaint: _Final[_Code] = _Code("SCT", "1269496002", "Complaint", (3769,))
"""Complaint (SCT 1269496002)."""

Disease: _Final[_Code] = _Code("SCT", "64572001", "Disease", (3769,))
"""Disease (SCT 64572001)."""

Finding: _Final[_Code] = _Code("SCT", "404684003", "Finding", (3769,))
"""Finding (SCT 404684003)."""

FindingReportedByPatientInformant: _Final[_Code] = _Code(
    "SCT", "418799008", "Finding reported by patient/informant", (3769,)
)
"""Finding reported by patient/informant (SCT 418799008)."""

FunctionalPerformanceAndActivity: _Final[_Code] = _Code(
    "SCT", "248536006", "Functional performance and activity", (3769,)
)
"""Functional performance and activity (SCT 248536006)."""

Problem: _Final[_Code] = _Code("SCT", "55607006", "Problem", (3769,))
"""Problem (SCT 55607006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Complaint,
    Disease,
    Finding,
    FindingReportedByPatientInformant,
    FunctionalPerformanceAndActivity,
    Problem,
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
