"""CID 1004 Anatomical Reference Basis - Chest.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1125.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1004
NAME: Final[str] = "Anatomical Reference Basis - Chest"
KEYWORD: Final[str | None] = "AnatomicalReferenceBasisChest"
UID: Final[str | None] = "1.2.840.10008.6.1.1125"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160905"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AcromioclavicularJoint: Final[Code] = Code(
    "SCT", "85856004", "Acromioclavicular Joint", (1004, 4031)
)
"""Acromioclavicular Joint (SCT 85856004)."""

AorticArch: Final[Code] = Code(
    "SCT", "57034009", "Aortic Arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic Arch (SCT 57034009)."""

ApexOfHeart: Final[Code] = Code("SCT", "13383001", "Apex of heart", (1004,))
"""Apex of heart (SCT 13383001)."""

Carina: Final[Code] = Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002)."""

CoronaryArteryGraft: Final[Code] = Code("SCT", "264293000", "Coronary artery graft", (1004, 3015))
"""Coronary artery graft (SCT 264293000)."""

Diaphragm: Final[Code] = Code("SCT", "5798000", "Diaphragm", (1004, 6116, 7155))
"""Diaphragm (SCT 5798000)."""

Heart: Final[Code] = Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

Lung: Final[Code] = Code("SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044))
"""Lung (SCT 39607008)."""

Scapula: Final[Code] = Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000)."""

ShoulderRegionStructure: Final[Code] = Code(
    "SCT", "16982005", "Shoulder region structure", (1004, 4031, 4040, 7304, 7483)
)
"""Shoulder region structure (SCT 16982005)."""

SternoclavicularJoint: Final[Code] = Code("SCT", "7844006", "Sternoclavicular Joint", (1004, 4031))
"""Sternoclavicular Joint (SCT 7844006)."""

Sternum: Final[Code] = Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002)."""

SuprasternalNotch: Final[Code] = Code("SCT", "26493002", "Suprasternal Notch", (4, 1004, 6115))
"""Suprasternal Notch (SCT 26493002)."""

ThoracicInlet: Final[Code] = Code("SCT", "42973007", "Thoracic Inlet", (1004,))
"""Thoracic Inlet (SCT 42973007)."""

XiphoidProcess: Final[Code] = Code("SCT", "20298003", "Xiphoid Process", (1004, 6115))
"""Xiphoid Process (SCT 20298003)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
