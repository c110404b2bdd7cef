"""CID 4208 Mydriatic Agent.

Extensible, version 20190817, UID 1.2.840.10008.6.1.324.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4208
NAME: _Final[str] = "Mydriatic Agent"
KEYWORD: _Final[str | None] = "MydriaticAgent"
UID: _Final[str | None] = "1.2.840.10008.6.1.324"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Atropine: _Final[_Code] = _Code("SCT", "771928002", "Atropine", (4208,))
"""Atropine (SCT 771928002)."""

Homatropine: _Final[_Code] = _Code("SCT", "82264009", "Homatropine", (4208,))
"""Homatropine (SCT 82264009)."""

Cyclopentolate: _Final[_Code] = _Code("SCT", "8348002", "Cyclopentolate", (4208,))
"""Cyclopentolate (SCT 8348002)."""

Phenylephrine: _Final[_Code] = _Code("SCT", "386693003", "Phenylephrine", (4208,))
"""Phenylephrine (SCT 386693003)."""

Tropicamide: _Final[_Code] = _Code("SCT", "9190005", "Tropicamide", (4208,))
"""Tropicamide (SCT 9190005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Atropine,
    Homatropine,
    Cyclopentolate,
    Phenylephrine,
    Tropicamide,
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
