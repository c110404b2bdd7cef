"""CID 6161 Pathological Regional Lymph Node Assessment for Breast.

Extensible, version 20230630, UID 1.2.840.10008.6.1.475.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6161
NAME: Final[str] = "Pathological Regional Lymph Node Assessment for Breast"
KEYWORD: Final[str | None] = "PathologicalRegionalLymphNodeAssessmentForBreast"
UID: Final[str | None] = "1.2.840.10008.6.1.475"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Pnx: Final[Code] = Code("SCT", "1229945006", "pNX", (6161,))
"""pNX (SCT 1229945006)."""

Pn0: Final[Code] = Code("SCT", "1229947003", "pN0", (6161,))
"""pN0 (SCT 1229947003)."""

Pn1: Final[Code] = Code("SCT", "1229951001", "pN1", (6161,))
"""pN1 (SCT 1229951001)."""

Pn2: Final[Code] = Code("SCT", "1229957002", "pN2", (6161,))
"""pN2 (SCT 1229957002)."""

Pn2a: Final[Code] = Code("SCT", "1229959004", "pN2a", (6161,))
"""pN2a (SCT 1229959004)."""

Pn2b: Final[Code] = Code("SCT", "1229960009", "pN2b", (6161,))
"""pN2b (SCT 1229960009)."""

Pn3: Final[Code] = Code("SCT", "1229962001", "pN3", (6161,))
"""pN3 (SCT 1229962001)."""

Pn3a: Final[Code] = Code("SCT", "1229963006", "pN3a", (6161,))
"""pN3a (SCT 1229963006)."""

Pn3b: Final[Code] = Code("SCT", "1229964000", "pN3b", (6161,))
"""pN3b (SCT 1229964000)."""

Pn3c: Final[Code] = Code("SCT", "1229965004", "pN3c", (6161,))
"""pN3c (SCT 1229965004)."""

MEMBERS: Final[tuple[Code, ...]] = (Pnx, Pn0, Pn1, Pn2, Pn2a, Pn2b, Pn3, Pn3a, Pn3b, Pn3c)
"""The resolved membership: own members, then those of the included groups, in order."""
