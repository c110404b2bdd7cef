"""CID 6112 Pleura Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.432.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6112
NAME: _Final[str] = "Pleura Anatomy Finding or Feature"
KEYWORD: _Final[str | None] = "PleuraAnatomyFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.432"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorJunctionLine: _Final[_Code] = _Code("DCM", "112088", "Anterior junction line", (6112,))
"""Anterior junction line (DCM 112088)."""

FissureOfLung: _Final[_Code] = _Code("SCT", "278983006", "Fissure of lung", (6112,))
"""Fissure of lung (SCT 278983006)."""

PosteriorJunctionLine: _Final[_Code] = _Code("DCM", "112089", "Posterior junction line", (6112,))
"""Posterior junction line (DCM 112089)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AnteriorJunctionLine, FissureOfLung, PosteriorJunctionLine)
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
