"""CID 3607 Venous Source Location.

Extensible, version 20210328, UID 1.2.840.10008.6.1.157.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3607
NAME: Final[str] = "Venous Source Location"
KEYWORD: Final[str | None] = "VenousSourceLocation"
UID: Final[str | None] = "1.2.840.10008.6.1.157"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210328"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnomalousPulmonaryVein: Final[Code] = Code(
    "SCT", "128585006", "Anomalous pulmonary vein", (3010, 3607)
)
"""Anomalous pulmonary vein (SCT 128585006)."""

AntecubitalVein: Final[Code] = Code("SCT", "128553008", "Antecubital Vein", (3010, 3607))
"""Antecubital Vein (SCT 128553008)."""

AxillaryVein: Final[Code] = Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008)."""

AzygosVein: Final[Code] = Code("SCT", "72107004", "Azygos vein", (3010, 3607, 3839, 6117))
"""Azygos vein (SCT 72107004)."""

BasilicVein: Final[Code] = Code("SCT", "19715009", "Basilic vein", (3607, 12108))
"""Basilic vein (SCT 19715009)."""

BoydPerforatingVein: Final[Code] = Code(
    "SCT", "128548003", "Boyd perforating vein", (3010, 3607, 12110)
)
"""Boyd perforating vein (SCT 128548003)."""

BrachialVein: Final[Code] = Code("SCT", "20115005", "Brachial vein", (3010, 3607, 12108))
"""Brachial vein (SCT 20115005)."""

CentralVenousSystem: Final[Code] = Code("SCT", "34340008", "Central venous system", (3010, 3607))
"""Central venous system (SCT 34340008)."""

CephalicVein: Final[Code] = Code("SCT", "20699002", "cephalic vein", (3010, 3607, 12108))
"""cephalic vein (SCT 20699002)."""

DoddPerforatingVein: Final[Code] = Code("SCT", "128554002", "Dodd perforating vein", (3010, 3607))
"""Dodd perforating vein (SCT 128554002)."""

FemoralVein: Final[Code] = Code("SCT", "83419000", "Femoral vein", (3010, 3607))
"""Femoral vein (SCT 83419000)."""

GastricVein: Final[Code] = Code("SCT", "110568007", "gastric vein", (3010, 3607, 12113))
"""gastric vein (SCT 110568007)."""

GreatSaphenousVein: Final[Code] = Code(
    "SCT", "60734001", "Great saphenous vein", (3010, 3607, 12110)
)
"""Great saphenous vein (SCT 60734001)."""

HepaticVein: Final[Code] = Code("SCT", "8993003", "hepatic vein", (3010, 3607, 12114, 12282))
"""hepatic vein (SCT 8993003)."""

HunterianPerforatingVein: Final[Code] = Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002)."""

InferiorVenaCava: Final[Code] = Code(
    "SCT", "64131007", "Inferior Vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena cava (SCT 64131007)."""

InnominateVein: Final[Code] = Code("SCT", "8887007", "Innominate vein", (3010, 3607, 6117, 12108))
"""Innominate vein (SCT 8887007)."""

InternalJugularVein: Final[Code] = Code(
    "SCT", "12123001", "Internal jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal jugular vein (SCT 12123001)."""

MesentericVein: Final[Code] = Code("SCT", "128583004", "mesenteric vein", (3010, 3607))
"""mesenteric vein (SCT 128583004)."""

PortalVein: Final[Code] = Code("SCT", "32764006", "portal vein", (3010, 3607, 12114))
"""portal vein (SCT 32764006)."""

PosteriorMedialTributary: Final[Code] = Code(
    "SCT", "128569001", "posterior medial tributary", (3010, 3607)
)
"""posterior medial tributary (SCT 128569001)."""

PulmonaryVein: Final[Code] = Code(
    "SCT", "122972007", "Pulmonary vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary vein (SCT 122972007)."""

PulmonaryVeinConfluence: Final[Code] = Code(
    "SCT", "128566008", "Pulmonary vein confluence", (3010, 3607)
)
"""Pulmonary vein confluence (SCT 128566008)."""

RenalVein: Final[Code] = Code("SCT", "56400007", "Renal vein", (3010, 3607, 12115))
"""Renal vein (SCT 56400007)."""

SaphenofemoralJunction: Final[Code] = Code(
    "SCT", "128587003", "Saphenofemoral junction", (3010, 3607, 12110)
)
"""Saphenofemoral junction (SCT 128587003)."""

SaphenousVein: Final[Code] = Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009)."""

SplenicVein: Final[Code] = Code("SCT", "35819009", "splenic vein", (3010, 3607, 12114))
"""splenic vein (SCT 35819009)."""

SubclavianVein: Final[Code] = Code("SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108))
"""Subclavian vein (SCT 9454009)."""

SuperiorVenaCava: Final[Code] = Code(
    "SCT", "48345005", "Superior vena cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior vena cava (SCT 48345005)."""

UmbilicalVein: Final[Code] = Code("SCT", "284639000", "Umbilical vein", (3010, 3607, 12114))
"""Umbilical vein (SCT 284639000)."""

Vein: Final[Code] = Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnomalousPulmonaryVein,
    AntecubitalVein,
    AxillaryVein,
    AzygosVein,
    BasilicVein,
    BoydPerforatingVein,
    BrachialVein,
    CentralVenousSystem,
    CephalicVein,
    DoddPerforatingVein,
    FemoralVein,
    GastricVein,
    GreatSaphenousVein,
    HepaticVein,
    HunterianPerforatingVein,
    InferiorVenaCava,
    InnominateVein,
    InternalJugularVein,
    MesentericVein,
    PortalVein,
    PosteriorMedialTributary,
    PulmonaryVein,
    PulmonaryVeinConfluence,
    RenalVein,
    SaphenofemoralJunction,
    SaphenousVein,
    SplenicVein,
    SubclavianVein,
    SuperiorVenaCava,
    UmbilicalVein,
    Vein,
)
"""The resolved membership: own members, then those of the included groups, in order."""
