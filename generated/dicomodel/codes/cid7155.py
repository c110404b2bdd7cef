"""CID 7155 Thoracic Segmentation Type.

Extensible, version 20200704, UID 1.2.840.10008.6.1.501.
Includes CID 6170.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7155
NAME: _Final[str] = "Thoracic Segmentation Type"
KEYWORD: _Final[str | None] = "ThoracicSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.501"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200704"
INCLUDES: _Final[tuple[int, ...]] = (6170,)
EXTERNAL_SCHEME: _Final[str | None] = None

BloodVessel: _Final[_Code] = _Code("SCT", "59820001", "Blood Vessel", (4, 6204, 7155, 7166))
"""Blood Vessel (SCT 59820001)."""

BoneOfThorax: _Final[_Code] = _Code("SCT", "272710004", "Bone of thorax", (7155,))
"""Bone of thorax (SCT 272710004)."""

Bronchus: _Final[_Code] = _Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009)."""

ChestCavity: _Final[_Code] = _Code("SCT", "43799004", "Chest cavity", (4040, 7155))
"""Chest cavity (SCT 43799004)."""

ChestWallMuscle: _Final[_Code] = _Code("SCT", "372074006", "Chest wall muscle", (7155,))
"""Chest wall muscle (SCT 372074006)."""

Clavicle: _Final[_Code] = _Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004)."""

Diaphragm: _Final[_Code] = _Code("SCT", "5798000", "Diaphragm", (1004, 6116, 7155))
"""Diaphragm (SCT 5798000)."""

Esophagus: _Final[_Code] = _Code("SCT", "32849002", "Esophagus", (4, 4031, 6149, 7155, 7483, 10044))
"""Esophagus (SCT 32849002)."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008)."""

Mediastinum: _Final[_Code] = _Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000)."""

Pleura: _Final[_Code] = _Code("SCT", "3120008", "Pleura", (6100, 6129, 7155, 12294))
"""Pleura (SCT 3120008)."""

Rib: _Final[_Code] = _Code("SCT", "113197003", "Rib", (4031, 6114, 7155))
"""Rib (SCT 113197003)."""

SkinOfChest: _Final[_Code] = _Code("SCT", "74160004", "Skin of chest", (7155,))
"""Skin of chest (SCT 74160004)."""

Sternum: _Final[_Code] = _Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002)."""

ThoracicSpine: _Final[_Code] = _Code("SCT", "122495006", "Thoracic spine", (4031, 7155, 7304, 7483))
"""Thoracic spine (SCT 122495006)."""

Thorax: _Final[_Code] = _Code("SCT", "816094009", "Thorax", (4, 4031, 7155, 7483, 12020))
"""Thorax (SCT 816094009)."""

Trachea: _Final[_Code] = _Code("SCT", "44567001", "Trachea", (4028, 4031, 6149, 7155))
"""Trachea (SCT 44567001)."""

Thymus: _Final[_Code] = _Code("SCT", "9875009", "Thymus", (4030, 6149, 7155, 10044))
"""Thymus (SCT 9875009)."""

UpperLobeOfLung: _Final[_Code] = _Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009). Included from CID 6170."""

MiddleLobeOfRightLung: _Final[_Code] = _Code(
    "SCT", "72481006", "Middle lobe of right lung", (6170,)
)
"""Middle lobe of right lung (SCT 72481006). Included from CID 6170."""

LowerLobeOfLung: _Final[_Code] = _Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001). Included from CID 6170."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BloodVessel,
    BoneOfThorax,
    Bronchus,
    ChestCavity,
    ChestWallMuscle,
    Clavicle,
    Diaphragm,
    Esophagus,
    Lung,
    Mediastinum,
    Pleura,
    Rib,
    SkinOfChest,
    Sternum,
    ThoracicSpine,
    Thorax,
    Trachea,
    Thymus,
    UpperLobeOfLung,
    MiddleLobeOfRightLung,
    LowerLobeOfLung,
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
