"""CID 6042 Result Status.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.372.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6042
NAME: Final[str] = "Result Status"
KEYWORD: Final[str | None] = "ResultStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.372"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Succeeded: Final[Code] = Code("DCM", "111222", "Succeeded", (6042,))
"""Succeeded (DCM 111222)."""

PartiallySucceeded: Final[Code] = Code("DCM", "111223", "Partially Succeeded", (6042,))
"""Partially Succeeded (DCM 111223)."""

Failed: Final[Code] = Code("DCM", "111224", "Failed", (6042,))
"""Failed (DCM 111224)."""

NotAttempted: Final[Code] = Code("DCM", "111225", "Not Attempted", (6042,))
"""Not Attempted (DCM 111225)."""

MEMBERS: Final[tuple[Code, ...]] = (Succeeded, PartiallySucceeded, Failed, NotAttempted)
"""The resolved membership: own members, then those of the included groups, in order."""
