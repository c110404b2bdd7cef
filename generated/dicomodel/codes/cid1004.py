"""CID 1004 Anatomical Reference Basis - Chest.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1125.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1004
NAME: _Final[str] = "Anatomical Reference Basis - Chest"
KEYWORD: _Final[str | None] = "AnatomicalReferenceBasisChest"
UID: _Final[str | None] = "1.2.840.10008.6.1.1125"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160905"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AcromioclavicularJoint: _Final[_Code] = _Code(
    "SCT", "85856004", "Acromioclavicular Joint", (1004, 4031)
)
"""Acromioclavicular Joint (SCT 85856004)."""

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic Arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic Arch (SCT 57034009)."""

ApexOfHeart: _Final[_Code] = _Code("SCT", "13383001", "Apex of heart", (1004,))
"""Apex of heart (SCT 13383001)."""

Carina: _Final[_Code] = _Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002)."""

CoronaryArteryGraft: _Final[_Code] = _Code(
    "SCT", "264293000", "Coronary artery graft", (1004, 3015)
)
"""Coronary artery graft (SCT 264293000)."""

Diaphragm: _Final[_Code] = _Code("SCT", "5798000", "Diaphragm", (1004, 6116, 7155))
"""Diaphragm (SCT 5798000)."""

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008)."""

Scapula: _Final[_Code] = _Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000)."""

ShoulderRegionStructure: _Final[_Code] = _Code(
    "SCT", "16982005", "Shoulder region structure", (1004, 4031, 4040, 7304, 7483)
)
"""Shoulder region structure (SCT 16982005)."""

SternoclavicularJoint: _Final[_Code] = _Code(
    "SCT", "7844006", "Sternoclavicular Joint", (1004, 4031)
)
"""Sternoclavicular Joint (SCT 7844006)."""

Sternum: _Final[_Code] = _Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002)."""

SuprasternalNotch: _Final[_Code] = _Code("SCT", "26493002", "Suprasternal Notch", (4, 1004, 6115))
"""Suprasternal Notch (SCT 26493002)."""

ThoracicInlet: _Final[_Code] = _Code("SCT", "42973007", "Thoracic Inlet", (1004,))
"""Thoracic Inlet (SCT 42973007)."""

XiphoidProcess: _Final[_Code] = _Code("SCT", "20298003", "Xiphoid Process", (1004, 6115))
"""Xiphoid Process (SCT 20298003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AcromioclavicularJoint,
    AorticArch,
    ApexOfHeart,
    Carina,
    CoronaryArteryGraft,
    Diaphragm,
    Heart,
    Lung,
    Scapula,
    ShoulderRegionStructure,
    SternoclavicularJoint,
    Sternum,
    SuprasternalNotch,
    ThoracicInlet,
    XiphoidProcess,
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
