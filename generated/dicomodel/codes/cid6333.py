"""CID 6333 mpMRI Assessment Type.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1390.
Includes CID 6334.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6333
NAME: Final[str] = "mpMRI Assessment Type"
KEYWORD: Final[str | None] = "mpMRIAssessmentType"
UID: Final[str | None] = "1.2.840.10008.6.1.1390"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = (6334,)
EXTERNAL_SCHEME: Final[str | None] = None

Abnormality: Final[Code] = Code("NCIt", "C9440", "Abnormality", (6334,))
"""Abnormality (NCIt C9440). Included from CID 6334."""

Shape: Final[Code] = Code("SCT", "300842002", "Shape", (6334,))
"""Shape (SCT 300842002). Included from CID 6334."""

Margin: Final[Code] = Code("DCM", "Margin", "Margin", (6334,))
"""Margin (DCM Margin). Included from CID 6334."""

SignalCharacteristic: Final[Code] = Code("RADLEX", "RID6049", "Signal characteristic", (6334,))
"""Signal characteristic (RADLEX RID6049). Included from CID 6334."""

EnhancementPattern: Final[Code] = Code("RADLEX", "RID6058", "Enhancement pattern", (6334,))
"""Enhancement pattern (RADLEX RID6058). Included from CID 6334."""

MEMBERS: Final[tuple[Code, ...]] = (
    Abnormality,
    Shape,
    Margin,
    SignalCharacteristic,
    EnhancementPattern,
)
"""The resolved membership: own members, then those of the included groups, in order."""
