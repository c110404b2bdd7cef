"""CID 3217 Comparison Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.770.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3217
NAME: Final[str] = "Comparison Finding"
KEYWORD: Final[str | None] = "ComparisonFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.770"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AgreementWithPriorFindings: Final[Code] = Code(
    "DCM", "122775", "Agreement with prior findings", (3217,)
)
"""Agreement with prior findings (DCM 122775)."""

DisagreementWithPriorFindings: Final[Code] = Code(
    "DCM", "122776", "Disagreement with prior findings", (3217,)
)
"""Disagreement with prior findings (DCM 122776)."""

MEMBERS: Final[tuple[Code, ...]] = (AgreementWithPriorFindings, DisagreementWithPriorFindings)
"""The resolved membership: own members, then those of the included groups, in order."""
