"""CID 3749 PCI Procedure Result.

Extensible, version 20030327, UID 1.2.840.10008.6.1.246.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3749
NAME: Final[str] = "PCI Procedure Result"
KEYWORD: Final[str | None] = "PCIProcedureResult"
UID: Final[str | None] = "1.2.840.10008.6.1.246"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Successful: Final[Code] = Code("NCDR", "100-1", "Successful", (3749,))
"""Successful (NCDR 100-1)."""

PartiallySuccessful: Final[Code] = Code("NCDR", "100-2", "Partially successful", (3749,))
"""Partially successful (NCDR 100-2)."""

Unsuccessful: Final[Code] = Code("NCDR", "100-3", "Unsuccessful", (3749,))
"""Unsuccessful (NCDR 100-3)."""

MEMBERS: Final[tuple[Code, ...]] = (Successful, PartiallySuccessful, Unsuccessful)
"""The resolved membership: own members, then those of the included groups, in order."""
