"""CID 4232 Vitreous Status.

Extensible, version 20100623, UID 1.2.840.10008.6.1.878.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4232
NAME: _Final[str] = "Vitreous Status"
KEYWORD: _Final[str | None] = "VitreousStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.878"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GasInVitreousCavity: _Final[_Code] = _Code("SCT", "247094004", "Gas in vitreous cavity", (4232,))
"""Gas in vitreous cavity (SCT 247094004)."""

PostVitrectomy: _Final[_Code] = _Code("SCT", "232077005", "Post-Vitrectomy", (4232,))
"""Post-Vitrectomy (SCT 232077005)."""

SiliconeOil: _Final[_Code] = _Code("SCT", "247095003", "Silicone Oil", (4232,))
"""Silicone Oil (SCT 247095003)."""

VitreousOnly: _Final[_Code] = _Code("SCT", "372242005", "Vitreous Only", (4232,))
"""Vitreous Only (SCT 372242005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GasInVitreousCavity,
    PostVitrectomy,
    SiliconeOil,
    VitreousOnly,
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
