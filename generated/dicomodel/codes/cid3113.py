"""CID 3113 Perfusion Defect Type.

Extensible, version 20080927, UID 1.2.840.10008.6.1.745.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3113
NAME: Final[str] = "Perfusion Defect Type"
KEYWORD: Final[str | None] = "PerfusionDefectType"
UID: Final[str | None] = "1.2.840.10008.6.1.745"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ReversibleMyocardialPerfusionDefect: Final[Code] = Code(
    "SCT", "251055003", "Reversible myocardial perfusion defect", (3113,)
)
"""Reversible myocardial perfusion defect (SCT 251055003)."""

FixedMyocardialPerfusionDefect: Final[Code] = Code(
    "SCT", "251057006", "Fixed myocardial perfusion defect", (3113,)
)
"""Fixed myocardial perfusion defect (SCT 251057006)."""

PartiallyReversibleMyocardialPerfusionDefect: Final[Code] = Code(
    "SCT", "251056002", "Partially Reversible myocardial perfusion defect", (3113,)
)
"""Partially Reversible myocardial perfusion defect (SCT 251056002)."""

FalsePositiveDefectFinding: Final[Code] = Code(
    "DCM", "122748", "False Positive defect finding", (3113,)
)
"""False Positive defect finding (DCM 122748)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ReversibleMyocardialPerfusionDefect,
    FixedMyocardialPerfusionDefect,
    PartiallyReversibleMyocardialPerfusionDefect,
    FalsePositiveDefectFinding,
)
"""The resolved membership: own members, then those of the included groups, in order."""
