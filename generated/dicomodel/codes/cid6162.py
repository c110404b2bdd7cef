"""CID 6162 Assessment of Metastasis for Breast.

Extensible, version 20240611, UID 1.2.840.10008.6.1.476.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6162
NAME: Final[str] = "Assessment of Metastasis for Breast"
KEYWORD: Final[str | None] = "AssessmentOfMetastasisForBreast"
UID: Final[str | None] = "1.2.840.10008.6.1.476"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MX: Final[Code] = Code("SCT", "399593007", "MX", (6162,))
"""MX (SCT 399593007)."""

Cm0: Final[Code] = Code("SCT", "1229901006", "cM0", (6162,))
"""cM0 (SCT 1229901006)."""

Pm1: Final[Code] = Code("SCT", "1229916009", "pM1", (6162,))
"""pM1 (SCT 1229916009)."""

MEMBERS: Final[tuple[Code, ...]] = (MX, Cm0, Pm1)
"""The resolved membership: own members, then those of the included groups, in order."""
