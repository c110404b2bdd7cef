"""CID 3487 Intravascular Volumetric Region.

Extensible, version 20170413, UID 1.2.840.10008.6.1.122.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3487
NAME: Final[str] = "Intravascular Volumetric Region"
KEYWORD: Final[str | None] = "IntravascularVolumetricRegion"
UID: Final[str | None] = "1.2.840.10008.6.1.122"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StentedRegion: Final[Code] = Code("DCM", "122383", "Stented Region", (3487,))
"""Stented Region (DCM 122383)."""

EntirePullback: Final[Code] = Code("DCM", "122384", "Entire Pullback", (3487,))
"""Entire Pullback (DCM 122384)."""

ProximalStentMargin: Final[Code] = Code("DCM", "122385", "Proximal Stent Margin", (3487,))
"""Proximal Stent Margin (DCM 122385)."""

DistalStentMargin: Final[Code] = Code("DCM", "122386", "Distal Stent Margin", (3487,))
"""Distal Stent Margin (DCM 122386)."""

MorphologicallyAbnormalStructure: Final[Code] = Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003)."""

Lesion: Final[Code] = Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006)."""

CulpritLesion: Final[Code] = Code("SCT", "371895000", "Culprit Lesion", (3487, 3712))
"""Culprit Lesion (SCT 371895000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    StentedRegion,
    EntirePullback,
    ProximalStentMargin,
    DistalStentMargin,
    MorphologicallyAbnormalStructure,
    Lesion,
    CulpritLesion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
