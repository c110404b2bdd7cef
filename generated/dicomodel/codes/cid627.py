"""CID 627 Neuromuscular Blocking Agent for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1092.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 627
NAME: _Final[str] = "Neuromuscular Blocking Agent for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "NeuromuscularBlockingAgentForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1092"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Succinylcholine: _Final[_Code] = _Code("SCT", "372724004", "Succinylcholine", (627,))
"""Succinylcholine (SCT 372724004)."""

Pancuronium: _Final[_Code] = _Code("SCT", "373738000", "Pancuronium", (627,))
"""Pancuronium (SCT 373738000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Succinylcholine, Pancuronium)
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
