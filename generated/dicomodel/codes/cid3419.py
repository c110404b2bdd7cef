"""CID 3419 Finding Title.

Extensible, version 20030327, UID 1.2.840.10008.6.1.83.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3419
NAME: Final[str] = "Finding Title"
KEYWORD: Final[str | None] = "FindingTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.83"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Finding: Final[Code] = Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

Impression: Final[Code] = Code("DCM", "121073", "Impression", (3419, 6053, 7002))
"""Impression (DCM 121073)."""

Recommendation: Final[Code] = Code("DCM", "121075", "Recommendation", (3419, 6053, 7002))
"""Recommendation (DCM 121075)."""

MEMBERS: Final[tuple[Code, ...]] = (Finding, Impression, Recommendation)
"""The resolved membership: own members, then those of the included groups, in order."""
