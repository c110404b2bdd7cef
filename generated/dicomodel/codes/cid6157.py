"""CID 6157 Vascularity.

Extensible, version 20050822, UID 1.2.840.10008.6.1.471.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6157
NAME: _Final[str] = "Vascularity"
KEYWORD: _Final[str | None] = "Vascularity"
UID: _Final[str | None] = "1.2.840.10008.6.1.471"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VascularityNotPresent: _Final[_Code] = _Code("DCM", "111373", "Vascularity not present", (6157,))
"""Vascularity not present (DCM 111373)."""

VascularityNotAssessed: _Final[_Code] = _Code("DCM", "111374", "Vascularity not assessed", (6157,))
"""Vascularity not assessed (DCM 111374)."""

VascularityPresentInLesion: _Final[_Code] = _Code(
    "DCM", "111375", "Vascularity present in lesion", (6157,)
)
"""Vascularity present in lesion (DCM 111375)."""

VascularityPresentImmediatelyAdjacentToLesion: _Final[_Code] = _Code(
    "DCM", "111376", "Vascularity present immediately adjacent to lesion", (6157,)
)
"""Vascularity present immediately adjacent to lesion (DCM 111376)."""

DiffuselyIncreasedVascularityInSurroundingTissue: _Final[_Code] = _Code(
    "DCM", "111377", "Diffusely increased vascularity in surrounding tissue", (6157,)
)
"""Diffusely increased vascularity in surrounding tissue (DCM 111377)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    VascularityNotPresent,
    VascularityNotAssessed,
    VascularityPresentInLesion,
    VascularityPresentImmediatelyAdjacentToLesion,
    DiffuselyIncreasedVascularityInSurroundingTissue,
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
