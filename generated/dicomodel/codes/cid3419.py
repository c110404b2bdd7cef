"""CID 3419 Finding Title.

Extensible, version 20030327, UID 1.2.840.10008.6.1.83.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3419
NAME: _Final[str] = "Finding Title"
KEYWORD: _Final[str | None] = "FindingTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.83"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Finding: _Final[_Code] = _Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

Impression: _Final[_Code] = _Code("DCM", "121073", "Impression", (3419, 6053, 7002))
"""Impression (DCM 121073)."""

Recommendation: _Final[_Code] = _Code("DCM", "121075", "Recommendation", (3419, 6053, 7002))
"""Recommendation (DCM 121075)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Finding, Impression, Recommendation)
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
