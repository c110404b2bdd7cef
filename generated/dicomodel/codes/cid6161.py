"""CID 6161 Pathological Regional Lymph Node Assessment for Breast.

Extensible, version 20230630, UID 1.2.840.10008.6.1.475.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6161
NAME: _Final[str] = "Pathological Regional Lymph Node Assessment for Breast"
KEYWORD: _Final[str | None] = "PathologicalRegionalLymphNodeAssessmentForBreast"
UID: _Final[str | None] = "1.2.840.10008.6.1.475"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Pnx: _Final[_Code] = _Code("SCT", "1229945006", "pNX", (6161,))
"""pNX (SCT 1229945006)."""

Pn0: _Final[_Code] = _Code("SCT", "1229947003", "pN0", (6161,))
"""pN0 (SCT 1229947003)."""

Pn1: _Final[_Code] = _Code("SCT", "1229951001", "pN1", (6161,))
"""pN1 (SCT 1229951001)."""

Pn2: _Final[_Code] = _Code("SCT", "1229957002", "pN2", (6161,))
"""pN2 (SCT 1229957002)."""

Pn2a: _Final[_Code] = _Code("SCT", "1229959004", "pN2a", (6161,))
"""pN2a (SCT 1229959004)."""

Pn2b: _Final[_Code] = _Code("SCT", "1229960009", "pN2b", (6161,))
"""pN2b (SCT 1229960009)."""

Pn3: _Final[_Code] = _Code("SCT", "1229962001", "pN3", (6161,))
"""pN3 (SCT 1229962001)."""

Pn3a: _Final[_Code] = _Code("SCT", "1229963006", "pN3a", (6161,))
"""pN3a (SCT 1229963006)."""

Pn3b: _Final[_Code] = _Code("SCT", "1229964000", "pN3b", (6161,))
"""pN3b (SCT 1229964000)."""

Pn3c: _Final[_Code] = _Code("SCT", "1229965004", "pN3c", (6161,))
"""pN3c (SCT 1229965004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Pnx, Pn0, Pn1, Pn2, Pn2a, Pn2b, Pn3, Pn3a, Pn3b, Pn3c)
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
