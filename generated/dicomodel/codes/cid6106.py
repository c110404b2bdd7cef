"""CID 6106 Abnormal Texture Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.426.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6106
NAME: _Final[str] = "Abnormal Texture Finding or Feature"
KEYWORD: _Final[str | None] = "AbnormalTextureFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.426"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NodularPattern: _Final[_Code] = _Code("DCM", "112067", "Nodular pattern", (6104, 6106))
"""Nodular pattern (DCM 112067)."""

ReticulonodularPattern: _Final[_Code] = _Code(
    "DCM", "112065", "Reticulonodular pattern", (6103, 6104, 6106)
)
"""Reticulonodular pattern (DCM 112065)."""

AbnormalInterstitialPattern: _Final[_Code] = _Code(
    "DCM", "112004", "Abnormal interstitial pattern", (6104, 6106)
)
"""Abnormal interstitial pattern (DCM 112004)."""

GranularPattern: _Final[_Code] = _Code("DCM", "112128", "Granular pattern", (6106,))
"""Granular pattern (DCM 112128)."""

HoneycombPattern: _Final[_Code] = _Code("DCM", "112106", "Honeycomb pattern", (6103, 6106))
"""Honeycomb pattern (DCM 112106)."""

MiliaryPattern: _Final[_Code] = _Code("DCM", "112129", "Miliary pattern", (6106,))
"""Miliary pattern (DCM 112129)."""

MosaicPattern: _Final[_Code] = _Code("DCM", "112130", "Mosaic pattern", (6106,))
"""Mosaic pattern (DCM 112130)."""

ReticularPattern: _Final[_Code] = _Code("DCM", "112113", "Reticular pattern", (6103, 6106))
"""Reticular pattern (DCM 112113)."""

SmallIrregularOpacities: _Final[_Code] = _Code(
    "DCM", "112125", "Small irregular opacities", (6104, 6106)
)
"""Small irregular opacities (DCM 112125)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NodularPattern,
    ReticulonodularPattern,
    AbnormalInterstitialPattern,
    GranularPattern,
    HoneycombPattern,
    MiliaryPattern,
    MosaicPattern,
    ReticularPattern,
    SmallIrregularOpacities,
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
