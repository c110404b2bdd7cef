"""CID 6202 Colon Finding or Feature Modifier.

Extensible, version 20090402, UID 1.2.840.10008.6.1.789.
Includes CID 6203, CID 6204.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6202
NAME: _Final[str] = "Colon Finding or Feature Modifier"
KEYWORD: _Final[str | None] = "ColonFindingOrFeatureModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.789"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090402"
INCLUDES: _Final[tuple[int, ...]] = (6203, 6204)
EXTERNAL_SCHEME: _Final[str | None] = None

Bullet: _Final[_Code] = _Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002). Included from CID 6203."""

Staple: _Final[_Code] = _Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002). Included from CID 6203."""

Suture: _Final[_Code] = _Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002). Included from CID 6203."""

ScarTissue: _Final[_Code] = _Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003). Included from CID 6203."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001). Included from CID 6203."""

ChestTube: _Final[_Code] = _Code("DCM", "112173", "Chest tube", (6203, 6404))
"""Chest tube (DCM 112173). Included from CID 6203."""

VenaCavaFilter: _Final[_Code] = _Code("SCT", "257409000", "Vena cava filter", (6203, 6404))
"""Vena cava filter (SCT 257409000). Included from CID 6203."""

Prosthesis: _Final[_Code] = _Code("SCT", "53350007", "Prosthesis", (6203, 6404))
"""Prosthesis (SCT 53350007). Included from CID 6203."""

JejunostomyTube: _Final[_Code] = _Code("SCT", "126065006", "Jejunostomy tube", (6203, 6404))
"""Jejunostomy tube (SCT 126065006). Included from CID 6203."""

KidneyStent: _Final[_Code] = _Code("DCM", "112175", "Kidney stent", (6203, 6404))
"""Kidney stent (DCM 112175). Included from CID 6203."""

UreteralStent: _Final[_Code] = _Code("SCT", "286558002", "Ureteral stent", (6203, 6404))
"""Ureteral stent (SCT 286558002). Included from CID 6203."""

PancreaticStent: _Final[_Code] = _Code("DCM", "112176", "Pancreatic stent", (6203, 6404))
"""Pancreatic stent (DCM 112176). Included from CID 6203."""

Jewelry: _Final[_Code] = _Code("SCT", "80919006", "Jewelry", (6203, 6404))
"""Jewelry (SCT 80919006). Included from CID 6203."""

Coin: _Final[_Code] = _Code("DCM", "112178", "Coin", (6203, 6404))
"""Coin (DCM 112178). Included from CID 6203."""

Pin: _Final[_Code] = _Code("SCT", "77444004", "Pin", (6203, 6404, 7157))
"""Pin (SCT 77444004). Included from CID 6203."""

Needle: _Final[_Code] = _Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005). Included from CID 6203."""

FiducialMark: _Final[_Code] = _Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171). Included from CID 6203."""

StomaAppliance: _Final[_Code] = _Code("SCT", "407744008", "Stoma appliance", (6203,))
"""Stoma appliance (SCT 407744008). Included from CID 6203."""

ColostomyBag: _Final[_Code] = _Code("SCT", "339648008", "Colostomy bag", (6203,))
"""Colostomy bag (SCT 339648008). Included from CID 6203."""

IleostomyBag: _Final[_Code] = _Code("SCT", "417136005", "Ileostomy bag", (6203,))
"""Ileostomy bag (SCT 417136005). Included from CID 6203."""

UrostomyBag: _Final[_Code] = _Code("SCT", "344088002", "Urostomy bag", (6203,))
"""Urostomy bag (SCT 344088002). Included from CID 6203."""

RectalTube: _Final[_Code] = _Code("SCT", "67966000", "Rectal tube", (6203,))
"""Rectal tube (SCT 67966000). Included from CID 6203."""

UrethralCatheter: _Final[_Code] = _Code("SCT", "34759008", "Urethral catheter", (6203,))
"""Urethral catheter (SCT 34759008). Included from CID 6203."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004). Included from CID 6204."""

Spleen: _Final[_Code] = _Code("SCT", "78961009", "Spleen", (4030, 6204, 7154, 10044, 12321))
"""Spleen (SCT 78961009). Included from CID 6204."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007). Included from CID 6204."""

AdrenalGland: _Final[_Code] = _Code(
    "SCT", "23451007", "Adrenal gland", (1005, 4030, 6204, 7154, 10044)
)
"""Adrenal gland (SCT 23451007). Included from CID 6204."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003). Included from CID 6204."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior vena cava (SCT 64131007). Included from CID 6204."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008). Included from CID 6204."""

Bone: _Final[_Code] = _Code("SCT", "272673000", "Bone", (6204,))
"""Bone (SCT 272673000). Included from CID 6204."""

Testis: _Final[_Code] = _Code("SCT", "40689003", "Testis", (4030, 6204, 7160, 10044, 12321))
"""Testis (SCT 40689003). Included from CID 6204."""

Uterus: _Final[_Code] = _Code("SCT", "35039007", "Uterus", (645, 4030, 6204, 7160, 10044, 12023))
"""Uterus (SCT 35039007). Included from CID 6204."""

Ovary: _Final[_Code] = _Code("SCT", "15497006", "Ovary", (4, 645, 6204, 7160, 10044))
"""Ovary (SCT 15497006). Included from CID 6204."""

Cervix: _Final[_Code] = _Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005). Included from CID 6204."""

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001). Included from CID 6204."""

SeminalVesicle: _Final[_Code] = _Code(
    "SCT", "64739004", "Seminal Vesicle", (6204, 6300, 6348, 7160)
)
"""Seminal Vesicle (SCT 64739004). Included from CID 6204."""

Rectum: _Final[_Code] = _Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009). Included from CID 6204."""

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001). Included from CID 6204."""

Muscle: _Final[_Code] = _Code("SCT", "71616004", "Muscle", (6100, 6204, 10044))
"""Muscle (SCT 71616004). Included from CID 6204."""

BloodVessel: _Final[_Code] = _Code("SCT", "59820001", "Blood Vessel", (4, 6204, 7155, 7166))
"""Blood Vessel (SCT 59820001). Included from CID 6204."""

Appendix: _Final[_Code] = _Code("SCT", "66754008", "Appendix", (6204,))
"""Appendix (SCT 66754008). Included from CID 6204."""

AppendicealStump: _Final[_Code] = _Code("SCT", "441850003", "Appendiceal stump", (6204,))
"""Appendiceal stump (SCT 441850003). Included from CID 6204."""

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
    Liver,
    Spleen,
    Kidney,
    AdrenalGland,
    Aorta,
    InferiorVenaCava,
    Lung,
    Bone,
    Testis,
    Uterus,
    Ovary,
    Cervix,
    Prostate,
    SeminalVesicle,
    Rectum,
    Bladder,
    Muscle,
    BloodVessel,
    Appendix,
    AppendicealStump,
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
