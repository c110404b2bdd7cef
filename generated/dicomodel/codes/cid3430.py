"""CID 3430 DateTime Qualifier.

Extensible, version 20030327, UID 1.2.840.10008.6.1.92.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3430
NAME: Final[str] = "DateTime Qualifier"
KEYWORD: Final[str | None] = "DateTimeQualifier"
UID: Final[str | None] = "1.2.840.10008.6.1.92"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DatetimeUnsynchronized: Final[Code] = Code("DCM", "121136", "DateTime Unsynchronized", (3430,))
"""DateTime Unsynchronized (DCM 121136)."""

DatetimeEstimated: Final[Code] = Code("DCM", "121137", "DateTime Estimated", (3430,))
"""DateTime Estimated (DCM 121137)."""

MEMBERS: Final[tuple[Code, ...]] = (DatetimeUnsynchronized, DatetimeEstimated)
"""The resolved membership: own members, then those of the included groups, in order."""
