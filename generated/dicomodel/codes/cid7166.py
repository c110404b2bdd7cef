"""CID 7166 Common Tissue Segmentation Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.963.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7166
NAME: _Final[str] = "Common Tissue Segmentation Type"
KEYWORD: _Final[str | None] = "CommonTissueSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.963"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Artery: _Final[_Code] = _Code("SCT", "51114001", "Artery", (4, 3010, 3606, 7166))
"""Artery (SCT 51114001)."""

Blood: _Final[_Code] = _Code("SCT", "87612001", "Blood", (7166,))
"""Blood (SCT 87612001)."""

BloodVessel: _Final[_Code] = _Code("SCT", "59820001", "Blood vessel", (4, 6204, 7155, 7166))
"""Blood vessel (SCT 59820001)."""

Fat: _Final[_Code] = _Code("SCT", "55603005", "Fat", (7166,))
"""Fat (SCT 55603005)."""

Bone: _Final[_Code] = _Code("SCT", "3138006", "Bone", (645, 7166))
"""Bone (SCT 3138006)."""

Capillary: _Final[_Code] = _Code("SCT", "20982000", "Capillary", (7166,))
"""Capillary (SCT 20982000)."""

Cartilage: _Final[_Code] = _Code("SCT", "309312004", "Cartilage", (7166,))
"""Cartilage (SCT 309312004)."""

ConnectiveTissue: _Final[_Code] = _Code("SCT", "21793004", "Connective tissue", (645, 7166))
"""Connective tissue (SCT 21793004)."""

Ligament: _Final[_Code] = _Code("SCT", "52082005", "Ligament", (7166,))
"""Ligament (SCT 52082005)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

LymphaticSystem: _Final[_Code] = _Code("SCT", "89890002", "Lymphatic system", (7166,))
"""Lymphatic system (SCT 89890002)."""

LymphaticVessel: _Final[_Code] = _Code("SCT", "83555006", "Lymphatic vessel", (7166,))
"""Lymphatic vessel (SCT 83555006)."""

LymphoidTissue: _Final[_Code] = _Code("SCT", "6969002", "Lymphoid tissue", (645, 7166))
"""Lymphoid tissue (SCT 6969002)."""

Meniscus: _Final[_Code] = _Code("SCT", "74135004", "Meniscus", (7166,))
"""Meniscus (SCT 74135004)."""

Muscle: _Final[_Code] = _Code("SCT", "91727004", "Muscle", (7166,))
"""Muscle (SCT 91727004)."""

Nerve: _Final[_Code] = _Code("SCT", "91728009", "Nerve", (7166,))
"""Nerve (SCT 91728009)."""

Organ: _Final[_Code] = _Code("SCT", "91772007", "Organ", (5, 7166))
"""Organ (SCT 91772007)."""

Skin: _Final[_Code] = _Code("SCT", "39937001", "Skin", (645, 4029, 7166, 10044))
"""Skin (SCT 39937001)."""

SoftTissue: _Final[_Code] = _Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001)."""

SubcutaneousTissue: _Final[_Code] = _Code("SCT", "71966008", "Subcutaneous tissue", (5, 7166))
"""Subcutaneous tissue (SCT 71966008)."""

Tendon: _Final[_Code] = _Code("SCT", "13024002", "Tendon", (7166,))
"""Tendon (SCT 13024002)."""

Tissue: _Final[_Code] = _Code("SCT", "85756007", "Tissue", (7150, 7165, 7166))
"""Tissue (SCT 85756007)."""

Vein: _Final[_Code] = _Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Artery,
    Blood,
    BloodVessel,
    Fat,
    Bone,
    Capillary,
    Cartilage,
    ConnectiveTissue,
    Ligament,
    LymphNode,
    LymphaticSystem,
    LymphaticVessel,
    LymphoidTissue,
    Meniscus,
    Muscle,
    Nerve,
    Organ,
    Skin,
    SoftTissue,
    SubcutaneousTissue,
    Tendon,
    Tissue,
    Vein,
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
