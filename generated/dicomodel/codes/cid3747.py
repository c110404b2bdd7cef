"""CID 3747 Percutaneous Closure.

Extensible, version 20030327, UID 1.2.840.10008.6.1.244.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3747
NAME: Final[str] = "Percutaneous Closure"
KEYWORD: Final[str | None] = "PercutaneousClosure"
UID: Final[str | None] = "1.2.840.10008.6.1.244"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoClosureDeviceUsedAtPercutaneousEntry: Final[Code] = Code(
    "NCDR", "75-0", "No closure device used at percutaneous entry", (3747,)
)
"""No closure device used at percutaneous entry (NCDR 75-0)."""

PercutaneousEntryClosedBySuture: Final[Code] = Code(
    "NCDR", "75-1", "Percutaneous entry closed by suture", (3747,)
)
"""Percutaneous entry closed by suture (NCDR 75-1)."""

PercutaneousEntryClosedBySealant: Final[Code] = Code(
    "NCDR", "75-2", "Percutaneous entry closed by sealant", (3747,)
)
"""Percutaneous entry closed by sealant (NCDR 75-2)."""

PercutaneousEntryClosedByOtherMechanism: Final[Code] = Code(
    "NCDR", "75-3", "Percutaneous entry closed by other mechanism", (3747,)
)
"""Percutaneous entry closed by other mechanism (NCDR 75-3)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NoClosureDeviceUsedAtPercutaneousEntry,
    PercutaneousEntryClosedBySuture,
    PercutaneousEntryClosedBySealant,
    PercutaneousEntryClosedByOtherMechanism,
)
"""The resolved membership: own members, then those of the included groups, in order."""
