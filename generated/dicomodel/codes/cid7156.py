"""CID 7156 Vascular Segmentation Type.

Extensible, version 20210328, UID 1.2.840.10008.6.1.502.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7156
NAME: _Final[str] = "Vascular Segmentation Type"
KEYWORD: _Final[str | None] = "VascularSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.502"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Adventitia: _Final[_Code] = _Code("SCT", "30180000", "Adventitia", (7156,))
"""Adventitia (SCT 30180000)."""

CardiovascularSystem: _Final[_Code] = _Code("SCT", "113257007", "Cardiovascular system", (7156,))
"""Cardiovascular system (SCT 113257007)."""

Intima: _Final[_Code] = _Code("SCT", "87483006", "Intima", (7156,))
"""Intima (SCT 87483006)."""

Lumen: _Final[_Code] = _Code("SCT", "91747007", "Lumen", (4040, 7156))
"""Lumen (SCT 91747007)."""

Media: _Final[_Code] = _Code("SCT", "61695000", "Media", (7156,))
"""Media (SCT 61695000)."""

SystemicArtery: _Final[_Code] = _Code("SCT", "281159003", "Systemic artery", (7156,))
"""Systemic artery (SCT 281159003)."""

SystemicVein: _Final[_Code] = _Code("SCT", "360592004", "Systemic vein", (7156,))
"""Systemic vein (SCT 360592004)."""

Thrombus: _Final[_Code] = _Code("SCT", "396339007", "Thrombus", (3495, 3712, 3810, 7156))
"""Thrombus (SCT 396339007)."""

VascularSclerosis: _Final[_Code] = _Code("SCT", "107671003", "Vascular sclerosis", (3810, 7156))
"""Vascular sclerosis (SCT 107671003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Adventitia,
    CardiovascularSystem,
    Intima,
    Lumen,
    Media,
    SystemicArtery,
    SystemicVein,
    Thrombus,
    VascularSclerosis,
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
