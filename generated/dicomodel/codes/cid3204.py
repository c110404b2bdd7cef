"""CID 3204 Stress Agent.

Extensible, version 20080927, UID 1.2.840.10008.6.1.759.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3204
NAME: _Final[str] = "Stress Agent"
KEYWORD: _Final[str | None] = "StressAgent"
UID: _Final[str | None] = "1.2.840.10008.6.1.759"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Dipyridamole: _Final[_Code] = _Code("SCT", "66859009", "Dipyridamole", (3204,))
"""Dipyridamole (SCT 66859009)."""

Dobutamine: _Final[_Code] = _Code("SCT", "26523005", "Dobutamine", (3204,))
"""Dobutamine (SCT 26523005)."""

Adenosine: _Final[_Code] = _Code("SCT", "108502004", "Adenosine", (3204,))
"""Adenosine (SCT 108502004)."""

Atropine: _Final[_Code] = _Code("SCT", "73949004", "Atropine", (10, 3204))
"""Atropine (SCT 73949004)."""

AdenosineA2ReceptorAgonist: _Final[_Code] = _Code(
    "SCT", "432062000", "Adenosine A2 receptor agonist", (3204,)
)
"""Adenosine A2 receptor agonist (SCT 432062000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Dipyridamole,
    Dobutamine,
    Adenosine,
    Atropine,
    AdenosineA2ReceptorAgonist,
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
