"""CID 7168 Brain Lesion Segmentation Type With Necrosis.

Extensible, version 20190327, UID 1.2.840.10008.6.1.1280.
Includes CID 7169.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7168
NAME: _Final[str] = "Brain Lesion Segmentation Type With Necrosis"
KEYWORD: _Final[str | None] = "BrainLesionSegmentationTypeWithNecrosis"
UID: _Final[str | None] = "1.2.840.10008.6.1.1280"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190327"
INCLUDES: _Final[tuple[int, ...]] = (7169,)
EXTERNAL_SCHEME: _Final[str | None] = None

Necrosis: _Final[_Code] = _Code("SCT", "6574001", "Necrosis", (7159, 7168))
"""Necrosis (SCT 6574001)."""

Background: _Final[_Code] = _Code("DCM", "125040", "Background", (7165, 7169, 12322))
"""Background (DCM 125040). Included from CID 7169."""

Normal: _Final[_Code] = _Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005). Included from CID 7169."""

Edema: _Final[_Code] = _Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002). Included from CID 7169."""

NonEnhancingLesion: _Final[_Code] = _Code("NCIt", "C81175", "Non-Enhancing Lesion", (7169,))
"""Non-Enhancing Lesion (NCIt C81175). Included from CID 7169."""

EnhancingLesion: _Final[_Code] = _Code("NCIt", "C113842", "Enhancing Lesion", (7169,))
"""Enhancing Lesion (NCIt C113842). Included from CID 7169."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Necrosis,
    Background,
    Normal,
    Edema,
    NonEnhancingLesion,
    EnhancingLesion,
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
