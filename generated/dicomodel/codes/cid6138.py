"""CID 6138 Chest Non-lesion Object Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.458.
Includes CID 6404, CID 6405.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6138
NAME: _Final[str] = "Chest Non-lesion Object Type"
KEYWORD: _Final[str | None] = "ChestNonLesionObjectType"
UID: _Final[str | None] = "1.2.840.10008.6.1.458"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = (6404, 6405)
EXTERNAL_SCHEME: _Final[str | None] = None

Bullet: _Final[_Code] = _Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002). Included from CID 6404."""

CardiacPacemaker: _Final[_Code] = _Code(
    "SCT", "14106009", "Cardiac Pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac Pacemaker (SCT 14106009). Included from CID 6404."""

CardiacPacemakerLead: _Final[_Code] = _Code("SCT", "360129009", "Cardiac pacemaker lead", (6404,))
"""Cardiac pacemaker lead (SCT 360129009). Included from CID 6404."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001). Included from CID 6404."""

CentralLine: _Final[_Code] = _Code("DCM", "112174", "Central line", (6404,))
"""Central line (DCM 112174). Included from CID 6404."""

CervicalCollar: _Final[_Code] = _Code("SCT", "63562005", "Cervical collar", (6404,))
"""Cervical collar (SCT 63562005). Included from CID 6404."""

ChestTube: _Final[_Code] = _Code("DCM", "112173", "Chest tube", (6203, 6404))
"""Chest tube (DCM 112173). Included from CID 6404."""

Coin: _Final[_Code] = _Code("DCM", "112178", "Coin", (6203, 6404))
"""Coin (DCM 112178). Included from CID 6404."""

EndotrachealTube: _Final[_Code] = _Code("SCT", "26412008", "Endotracheal tube", (6404,))
"""Endotracheal tube (SCT 26412008). Included from CID 6404."""

FeedingTube: _Final[_Code] = _Code("SCT", "25062003", "Feeding tube", (6404,))
"""Feeding tube (SCT 25062003). Included from CID 6404."""

FiducialMark: _Final[_Code] = _Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171). Included from CID 6404."""

HeartValveProsthesis: _Final[_Code] = _Code("SCT", "25510005", "Heart valve prosthesis", (6404,))
"""Heart valve prosthesis (SCT 25510005). Included from CID 6404."""

JejunostomyTube: _Final[_Code] = _Code("SCT", "126065006", "Jejunostomy tube", (6203, 6404))
"""Jejunostomy tube (SCT 126065006). Included from CID 6404."""

Jewelry: _Final[_Code] = _Code("SCT", "80919006", "Jewelry", (6203, 6404))
"""Jewelry (SCT 80919006). Included from CID 6404."""

KidneyStent: _Final[_Code] = _Code("DCM", "112175", "Kidney stent", (6203, 6404))
"""Kidney stent (DCM 112175). Included from CID 6404."""

Needle: _Final[_Code] = _Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005). Included from CID 6404."""

NippleRing: _Final[_Code] = _Code("DCM", "112177", "Nipple ring", (6404,))
"""Nipple ring (DCM 112177). Included from CID 6404."""

PancreaticStent: _Final[_Code] = _Code("DCM", "112176", "Pancreatic stent", (6203, 6404))
"""Pancreatic stent (DCM 112176). Included from CID 6404."""

Pin: _Final[_Code] = _Code("SCT", "77444004", "Pin", (6203, 6404, 7157))
"""Pin (SCT 77444004). Included from CID 6404."""

Portacath: _Final[_Code] = _Code("DCM", "112172", "Portacath", (6404,))
"""Portacath (DCM 112172). Included from CID 6404."""

Prosthesis: _Final[_Code] = _Code("SCT", "53350007", "Prosthesis", (6203, 6404))
"""Prosthesis (SCT 53350007). Included from CID 6404."""

Staple: _Final[_Code] = _Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002). Included from CID 6404."""

Suture: _Final[_Code] = _Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002). Included from CID 6404."""

Tracheotomy: _Final[_Code] = _Code("SCT", "48387007", "Tracheotomy", (6404,))
"""Tracheotomy (SCT 48387007). Included from CID 6404."""

UretericStent: _Final[_Code] = _Code("SCT", "286558002", "Ureteric stent", (6203, 6404))
"""Ureteric stent (SCT 286558002). Included from CID 6404."""

VenaCavaFilter: _Final[_Code] = _Code("SCT", "257409000", "Vena cava filter", (6203, 6404))
"""Vena cava filter (SCT 257409000). Included from CID 6404."""

ScarTissue: _Final[_Code] = _Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003). Included from CID 6405."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Bullet,
    CardiacPacemaker,
    CardiacPacemakerLead,
    Catheter,
    CentralLine,
    CervicalCollar,
    ChestTube,
    Coin,
    EndotrachealTube,
    FeedingTube,
    FiducialMark,
    HeartValveProsthesis,
    JejunostomyTube,
    Jewelry,
    KidneyStent,
    Needle,
    NippleRing,
    PancreaticStent,
    Pin,
    Portacath,
    Prosthesis,
    Staple,
    Suture,
    Tracheotomy,
    UretericStent,
    VenaCavaFilter,
    ScarTissue,
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
