"""CID 3487 Intravascular Volumetric Region.

Extensible, version 20170413, UID 1.2.840.10008.6.1.122.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3487
NAME: _Final[str] = "Intravascular Volumetric Region"
KEYWORD: _Final[str | None] = "IntravascularVolumetricRegion"
UID: _Final[str | None] = "1.2.840.10008.6.1.122"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StentedRegion: _Final[_Code] = _Code("DCM", "122383", "Stented Region", (3487,))
"""Stented Region (DCM 122383)."""

EntirePullback: _Final[_Code] = _Code("DCM", "122384", "Entire Pullback", (3487,))
"""Entire Pullback (DCM 122384)."""

ProximalStentMargin: _Final[_Code] = _Code("DCM", "122385", "Proximal Stent Margin", (3487,))
"""Proximal Stent Margin (DCM 122385)."""

DistalStentMargin: _Final[_Code] = _Code("DCM", "122386", "Distal Stent Margin", (3487,))
"""Distal Stent Margin (DCM 122386)."""

MorphologicallyAbnormalStructure: _Final[_Code] = _Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003)."""

Lesion: _Final[_Code] = _Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006)."""

CulpritLesion: _Final[_Code] = _Code("SCT", "371895000", "Culprit Lesion", (3487, 3712))
"""Culprit Lesion (SCT 371895000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StentedRegion,
    EntirePullback,
    ProximalStentMargin,
    DistalStentMargin,
    MorphologicallyAbnormalStructure,
    Lesion,
    CulpritLesion,
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
