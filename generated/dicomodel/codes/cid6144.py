"""CID 6144 RECIST Defined Lesion Response.

Extensible, version 20030108, UID 1.2.840.10008.6.1.464.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6144
NAME: Final[str] = "RECIST Defined Lesion Response"
KEYWORD: Final[str | None] = "RECISTDefinedLesionResponse"
UID: Final[str | None] = "1.2.840.10008.6.1.464"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TargetLesionCompleteResponse: Final[Code] = Code(
    "DCM", "112041", "Target Lesion Complete Response", (6144,)
)
"""Target Lesion Complete Response (DCM 112041)."""

TargetLesionPartialResponse: Final[Code] = Code(
    "DCM", "112042", "Target Lesion Partial Response", (6144,)
)
"""Target Lesion Partial Response (DCM 112042)."""

TargetLesionProgressiveDisease: Final[Code] = Code(
    "DCM", "112043", "Target Lesion Progressive Disease", (6144,)
)
"""Target Lesion Progressive Disease (DCM 112043)."""

TargetLesionStableDisease: Final[Code] = Code(
    "DCM", "112044", "Target Lesion Stable Disease", (6144,)
)
"""Target Lesion Stable Disease (DCM 112044)."""

NonTargetLesionCompleteResponse: Final[Code] = Code(
    "DCM", "112045", "Non-Target Lesion Complete Response", (6144,)
)
"""Non-Target Lesion Complete Response (DCM 112045)."""

NonTargetLesionIncompleteResponseOrStableDisease: Final[Code] = Code(
    "DCM", "112046", "Non-Target Lesion Incomplete Response or Stable Disease", (6144,)
)
"""Non-Target Lesion Incomplete Response or Stable Disease (DCM 112046)."""

NonTargetLesionProgressiveDisease: Final[Code] = Code(
    "DCM", "112047", "Non-Target Lesion Progressive Disease", (6144,)
)
"""Non-Target Lesion Progressive Disease (DCM 112047)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TargetLesionCompleteResponse,
    TargetLesionPartialResponse,
    TargetLesionProgressiveDisease,
    TargetLesionStableDisease,
    NonTargetLesionCompleteResponse,
    NonTargetLesionIncompleteResponseOrStableDisease,
    NonTargetLesionProgressiveDisease,
)
"""The resolved membership: own members, then those of the included groups, in order."""
