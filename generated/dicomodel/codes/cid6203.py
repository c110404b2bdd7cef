"""CID 6203 Colon Non-lesion Object Type.

Extensible, version 20220922, UID 1.2.840.10008.6.1.790.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6203
NAME: _Final[str] = "Colon Non-lesion Object Type"
KEYWORD: _Final[str | None] = "ColonNonLesionObjectType"
UID: _Final[str | None] = "1.2.840.10008.6.1.790"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Bullet: _Final[_Code] = _Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002)."""

Staple: _Final[_Code] = _Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002)."""

Suture: _Final[_Code] = _Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002)."""

ScarTissue: _Final[_Code] = _Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003)."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001)."""

ChestTube: _Final[_Code] = _Code("DCM", "112173", "Chest tube", (6203, 6404))
"""Chest tube (DCM 112173)."""

VenaCavaFilter: _Final[_Code] = _Code("SCT", "257409000", "Vena cava filter", (6203, 6404))
"""Vena cava filter (SCT 257409000)."""

Prosthesis: _Final[_Code] = _Code("SCT", "53350007", "Prosthesis", (6203, 6404))
"""Prosthesis (SCT 53350007)."""

JejunostomyTube: _Final[_Code] = _Code("SCT", "126065006", "Jejunostomy tube", (6203, 6404))
"""Jejunostomy tube (SCT 126065006)."""

KidneyStent: _Final[_Code] = _Code("DCM", "112175", "Kidney stent", (6203, 6404))
"""Kidney stent (DCM 112175)."""

UreteralStent: _Final[_Code] = _Code("SCT", "286558002", "Ureteral stent", (6203, 6404))
"""Ureteral stent (SCT 286558002)."""

PancreaticStent: _Final[_Code] = _Code("DCM", "112176", "Pancreatic stent", (6203, 6404))
"""Pancreatic stent (DCM 112176)."""

Jewelry: _Final[_Code] = _Code("SCT", "80919006", "Jewelry", (6203, 6404))
"""Jewelry (SCT 80919006)."""

Coin: _Final[_Code] = _Code("DCM", "112178", "Coin", (6203, 6404))
"""Coin (DCM 112178)."""

Pin: _Final[_Code] = _Code("SCT", "77444004", "Pin", (6203, 6404, 7157))
"""Pin (SCT 77444004)."""

Needle: _Final[_Code] = _Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005)."""

FiducialMark: _Final[_Code] = _Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171)."""

StomaAppliance: _Final[_Code] = _Code("SCT", "407744008", "Stoma appliance", (6203,))
"""Stoma appliance (SCT 407744008)."""

ColostomyBag: _Final[_Code] = _Code("SCT", "339648008", "Colostomy bag", (6203,))
"""Colostomy bag (SCT 339648008)."""

IleostomyBag: _Final[_Code] = _Code("SCT", "417136005", "Ileostomy bag", (6203,))
"""Ileostomy bag (SCT 417136005)."""

UrostomyBag: _Final[_Code] = _Code("SCT", "344088002", "Urostomy bag", (6203,))
"""Urostomy bag (SCT 344088002)."""

RectalTube: _Final[_Code] = _Code("SCT", "67966000", "Rectal tube", (6203,))
"""Rectal tube (SCT 67966000)."""

UrethralCatheter: _Final[_Code] = _Code("SCT", "34759008", "Urethral catheter", (6203,))
"""Urethral catheter (SCT 34759008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Bullet,
    Staple,
    Suture,
    ScarTissue,
    Catheter,
    ChestTube,
    VenaCavaFilter,
    Prosthesis,
    JejunostomyTube,
    KidneyStent,
    UreteralStent,
    PancreaticStent,
    Jewelry,
    Coin,
    Pin,
    Needle,
    FiducialMark,
    StomaAppliance,
    ColostomyBag,
    IleostomyBag,
    UrostomyBag,
    RectalTube,
    UrethralCatheter,
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
