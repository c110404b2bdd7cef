"""CID 6143 Lesion Response.

Extensible, version 20030108, UID 1.2.840.10008.6.1.463.
Includes CID 6144.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6143
NAME: _Final[str] = "Lesion Response"
KEYWORD: _Final[str | None] = "LesionResponse"
UID: _Final[str | None] = "1.2.840.10008.6.1.463"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = (6144,)
EXTERNAL_SCHEME: _Final[str | None] = None

TargetLesionCompleteResponse: _Final[_Code] = _Code(
    "DCM", "112041", "Target Lesion Complete Response", (6144,)
)
"""Target Lesion Complete Response (DCM 112041). Included from CID 6144."""

TargetLesionPartialResponse: _Final[_Code] = _Code(
    "DCM", "112042", "Target Lesion Partial Response", (6144,)
)
"""Target Lesion Partial Response (DCM 112042). Included from CID 6144."""

TargetLesionProgressiveDisease: _Final[_Code] = _Code(
    "DCM", "112043", "Target Lesion Progressive Disease", (6144,)
)
"""Target Lesion Progressive Disease (DCM 112043). Included from CID 6144."""

TargetLesionStableDisease: _Final[_Code] = _Code(
    "DCM", "112044", "Target Lesion Stable Disease", (6144,)
)
"""Target Lesion Stable Disease (DCM 112044). Included from CID 6144."""

NonTargetLesionCompleteResponse: _Final[_Code] = _Code(
    "DCM", "112045", "Non-Target Lesion Complete Response", (6144,)
)
"""Non-Target Lesion Complete Response (DCM 112045). Included from CID 6144."""

NonTargetLesionIncompleteResponseOrStableDisease: _Final[_Code] = _Code(
    "DCM", "112046", "Non-Target Lesion Incomplete Response or Stable Disease", (6144,)
)
"""Non-Target Lesion Incomplete Response or Stable Disease (DCM 112046). Included from CID 6144."""

NonTargetLesionProgressiveDisease: _Final[_Code] = _Code(
    "DCM", "112047", "Non-Target Lesion Progressive Disease", (6144,)
)
"""Non-Target Lesion Progressive Disease (DCM 112047). Included from CID 6144."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TargetLesionCompleteResponse,
    TargetLesionPartialResponse,
    TargetLesionProgressiveDisease,
    TargetLesionStableDisease,
    NonTargetLesionCompleteResponse,
    NonTargetLesionIncompleteResponseOrStableDisease,
    NonTargetLesionProgressiveDisease,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
