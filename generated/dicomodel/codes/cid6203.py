"""CID 6203 Colon Non-lesion Object Type.

Extensible, version 20220922, UID 1.2.840.10008.6.1.790.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6203
NAME: Final[str] = "Colon Non-lesion Object Type"
KEYWORD: Final[str | None] = "ColonNonLesionObjectType"
UID: Final[str | None] = "1.2.840.10008.6.1.790"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Bullet: Final[Code] = Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002)."""

Staple: Final[Code] = Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002)."""

Suture: Final[Code] = Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002)."""

ScarTissue: Final[Code] = Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003)."""

Catheter: Final[Code] = Code("SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112))
"""Catheter (SCT 19923001)."""

ChestTube: Final[Code] = Code("DCM", "112173", "Chest tube", (6203, 6404))
"""Chest tube (DCM 112173)."""

VenaCavaFilter: Final[Code] = Code("SCT", "257409000", "Vena cava filter", (6203, 6404))
"""Vena cava filter (SCT 257409000)."""

Prosthesis: Final[Code] = Code("SCT", "53350007", "Prosthesis", (6203, 6404))
"""Prosthesis (SCT 53350007)."""

JejunostomyTube: Final[Code] = Code("SCT", "126065006", "Jejunostomy tube", (6203, 6404))
"""Jejunostomy tube (SCT 126065006)."""

KidneyStent: Final[Code] = Code("DCM", "112175", "Kidney stent", (6203, 6404))
"""Kidney stent (DCM 112175)."""

UreteralStent: Final[Code] = Code("SCT", "286558002", "Ureteral stent", (6203, 6404))
"""Ureteral stent (SCT 286558002)."""

PancreaticStent: Final[Code] = Code("DCM", "112176", "Pancreatic stent", (6203, 6404))
"""Pancreatic stent (DCM 112176)."""

Jewelry: Final[Code] = Code("SCT", "80919006", "Jewelry", (6203, 6404))
"""Jewelry (SCT 80919006)."""

Coin: Final[Code] = Code("DCM", "112178", "Coin", (6203, 6404))
"""Coin (DCM 112178)."""

Pin: Final[Code] = Code("SCT", "77444004", "Pin", (6203, 6404, 7157))
"""Pin (SCT 77444004)."""

Needle: Final[Code] = Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005)."""

FiducialMark: Final[Code] = Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171)."""

StomaAppliance: Final[Code] = Code("SCT", "407744008", "Stoma appliance", (6203,))
"""Stoma appliance (SCT 407744008)."""

ColostomyBag: Final[Code] = Code("SCT", "339648008", "Colostomy bag", (6203,))
"""Colostomy bag (SCT 339648008)."""

IleostomyBag: Final[Code] = Code("SCT", "417136005", "Ileostomy bag", (6203,))
"""Ileostomy bag (SCT 417136005)."""

UrostomyBag: Final[Code] = Code("SCT", "344088002", "Urostomy bag", (6203,))
"""Urostomy bag (SCT 344088002)."""

RectalTube: Final[Code] = Code("SCT", "67966000", "Rectal tube", (6203,))
"""Rectal tube (SCT 67966000)."""

UrethralCatheter: Final[Code] = Code("SCT", "34759008", "Urethral catheter", (6203,))
"""Urethral catheter (SCT 34759008)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
