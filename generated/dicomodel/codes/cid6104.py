"""CID 6104 Abnormal Opacity Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.424.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6104
NAME: _Final[str] = "Abnormal Opacity Finding or Feature"
KEYWORD: _Final[str | None] = "AbnormalOpacityFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.424"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BeadedSeptumSign: _Final[_Code] = _Code("DCM", "112066", "Beaded septum sign", (6104,))
"""Beaded septum sign (DCM 112066)."""

NodularPattern: _Final[_Code] = _Code("DCM", "112067", "Nodular pattern", (6104, 6106))
"""Nodular pattern (DCM 112067)."""

PrimaryComplex: _Final[_Code] = _Code("DCM", "112059", "Primary complex", (6104,))
"""Primary complex (DCM 112059)."""

Pseudoplaque: _Final[_Code] = _Code("DCM", "112068", "Pseudoplaque", (6104,))
"""Pseudoplaque (DCM 112068)."""

ReticulonodularPattern: _Final[_Code] = _Code(
    "DCM", "112065", "Reticulonodular pattern", (6103, 6104, 6106)
)
"""Reticulonodular pattern (DCM 112065)."""

SignetRingSign: _Final[_Code] = _Code("DCM", "112069", "Signet-ring sign", (6104,))
"""Signet-ring sign (DCM 112069)."""

AbnormalInterstitialPattern: _Final[_Code] = _Code(
    "DCM", "112004", "Abnormal interstitial pattern", (6104, 6106)
)
"""Abnormal interstitial pattern (DCM 112004)."""

CoinLesion: _Final[_Code] = _Code("SCT", "308689002", "Coin lesion", (6104,))
"""Coin lesion (SCT 308689002)."""

Density: _Final[_Code] = _Code("DCM", "112118", "Density", (6104,))
"""Density (DCM 112118)."""

DependentOpacity: _Final[_Code] = _Code("DCM", "112119", "Dependent opacity", (6104,))
"""Dependent opacity (DCM 112119)."""

GroundGlassOpacity: _Final[_Code] = _Code("DCM", "112120", "Ground glass opacity", (6104,))
"""Ground glass opacity (DCM 112120)."""

Infiltrate: _Final[_Code] = _Code("DCM", "112121", "Infiltrate", (6104,))
"""Infiltrate (DCM 112121)."""

Mass: _Final[_Code] = _Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007)."""

Micronodule: _Final[_Code] = _Code("DCM", "112122", "Micronodule", (6104,))
"""Micronodule (DCM 112122)."""

Nodule: _Final[_Code] = _Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004)."""

Opacity: _Final[_Code] = _Code("DCM", "112001", "Opacity", (6104,))
"""Opacity (DCM 112001)."""

PhantomTumor: _Final[_Code] = _Code("DCM", "112123", "Phantom tumor (pseudotumor)", (6104,))
"""Phantom tumor (pseudotumor) (DCM 112123)."""

Shadow: _Final[_Code] = _Code("DCM", "112124", "Shadow", (6104,))
"""Shadow (DCM 112124)."""

SmallIrregularOpacities: _Final[_Code] = _Code(
    "DCM", "112125", "Small irregular opacities", (6104, 6106)
)
"""Small irregular opacities (DCM 112125)."""

SmallRoundedOpacities: _Final[_Code] = _Code("DCM", "112126", "Small rounded opacities", (6104,))
"""Small rounded opacities (DCM 112126)."""

TreeInBudSign: _Final[_Code] = _Code("DCM", "112127", "Tree-in-bud sign", (6104,))
"""Tree-in-bud sign (DCM 112127)."""

PulmonaryEmbolism: _Final[_Code] = _Code("SCT", "59282003", "Pulmonary embolism", (6104,))
"""Pulmonary embolism (SCT 59282003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BeadedSeptumSign,
    NodularPattern,
    PrimaryComplex,
    Pseudoplaque,
    ReticulonodularPattern,
    SignetRingSign,
    AbnormalInterstitialPattern,
    CoinLesion,
    Density,
    DependentOpacity,
    GroundGlassOpacity,
    Infiltrate,
    Mass,
    Micronodule,
    Nodule,
    Opacity,
    PhantomTumor,
    Shadow,
    SmallIrregularOpacities,
    SmallRoundedOpacities,
    TreeInBudSign,
    PulmonaryEmbolism,
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
