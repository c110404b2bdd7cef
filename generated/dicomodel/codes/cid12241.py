"""CID 12241 Tricuspid Valve Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.632.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12241
NAME: _Final[str] = "Tricuspid Valve Finding Site"
KEYWORD: _Final[str | None] = "TricuspidValveFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.632"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TricuspidAnnulus: _Final[_Code] = _Code(
    "SCT", "113259005", "Tricuspid Annulus", (3011, 12241, 12305)
)
"""Tricuspid Annulus (SCT 113259005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (TricuspidAnnulus,)
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
