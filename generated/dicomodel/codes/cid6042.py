"""CID 6042 Result Status.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.372.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6042
NAME: _Final[str] = "Result Status"
KEYWORD: _Final[str | None] = "ResultStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.372"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Succeeded: _Final[_Code] = _Code("DCM", "111222", "Succeeded", (6042,))
"""Succeeded (DCM 111222)."""

PartiallySucceeded: _Final[_Code] = _Code("DCM", "111223", "Partially Succeeded", (6042,))
"""Partially Succeeded (DCM 111223)."""

Failed: _Final[_Code] = _Code("DCM", "111224", "Failed", (6042,))
"""Failed (DCM 111224)."""

NotAttempted: _Final[_Code] = _Code("DCM", "111225", "Not Attempted", (6042,))
"""Not Attempted (DCM 111225)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Succeeded, PartiallySucceeded, Failed, NotAttempted)
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
