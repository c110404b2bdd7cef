"""CID 6063 Interventional Procedure Result.

Extensible, version 20040112, UID 1.2.840.10008.6.1.392.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6063
NAME: Final[str] = "Interventional Procedure Result"
KEYWORD: Final[str | None] = "InterventionalProcedureResult"
UID: Final[str | None] = "1.2.840.10008.6.1.392"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Benign: Final[Code] = Code("SCT", "30807003", "Benign", (6063,))
"""Benign (SCT 30807003)."""

HighRiskTumor: Final[Code] = Code("SCT", "258270003", "High risk tumor", (6063,))
"""High risk tumor (SCT 258270003)."""

Malignant: Final[Code] = Code("SCT", "21594007", "Malignant", (6063,))
"""Malignant (SCT 21594007)."""

InsufficientSample: Final[Code] = Code("SCT", "281268007", "Insufficient sample", (6063,))
"""Insufficient sample (SCT 281268007)."""

IndeterminateResult: Final[Code] = Code("SCT", "280416009", "Indeterminate result", (6063,))
"""Indeterminate result (SCT 280416009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Benign,
    HighRiskTumor,
    Malignant,
    InsufficientSample,
    IndeterminateResult,
)
"""The resolved membership: own members, then those of the included groups, in order."""
