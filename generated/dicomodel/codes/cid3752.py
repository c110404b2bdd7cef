"""CID 3752 Guidewire Crossing.

Extensible, version 20030327, UID 1.2.840.10008.6.1.248.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3752
NAME: _Final[str] = "Guidewire Crossing"
KEYWORD: _Final[str | None] = "GuidewireCrossing"
UID: _Final[str | None] = "1.2.840.10008.6.1.248"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GuidewireCrossingLesionUnsuccessful: _Final[_Code] = _Code(
    "DCM", "122301", "Guidewire crossing lesion unsuccessful", (3412, 3752)
)
"""Guidewire crossing lesion unsuccessful (DCM 122301)."""

GuidewireCrossingLesionSuccessful: _Final[_Code] = _Code(
    "DCM", "122302", "Guidewire crossing lesion successful", (3412, 3752)
)
"""Guidewire crossing lesion successful (DCM 122302)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GuidewireCrossingLesionUnsuccessful,
    GuidewireCrossingLesionSuccessful,
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
