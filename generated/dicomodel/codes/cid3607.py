"""CID 3607 Venous Source Location.

Extensible, version 20210328, UID 1.2.840.10008.6.1.157.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3607
NAME: _Final[str] = "Venous Source Location"
KEYWORD: _Final[str | None] = "VenousSourceLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.157"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnomalousPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "128585006", "Anomalous pulmonary vein", (3010, 3607)
)
"""Anomalous pulmonary vein (SCT 128585006)."""

AntecubitalVein: _Final[_Code] = _Code("SCT", "128553008", "Antecubital Vein", (3010, 3607))
"""Antecubital Vein (SCT 128553008)."""

AxillaryVein: _Final[_Code] = _Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008)."""

AzygosVein: _Final[_Code] = _Code("SCT", "72107004", "Azygos vein", (3010, 3607, 3839, 6117))
"""Azygos vein (SCT 72107004)."""

BasilicVein: _Final[_Code] = _Code("SCT", "19715009", "Basilic vein", (3607, 12108))
"""Basilic vein (SCT 19715009)."""

BoydPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128548003", "Boyd perforating vein", (3010, 3607, 12110)
)
"""Boyd perforating vein (SCT 128548003)."""

BrachialVein: _Final[_Code] = _Code("SCT", "20115005", "Brachial vein", (3010, 3607, 12108))
"""Brachial vein (SCT 20115005)."""

CentralVenousSystem: _Final[_Code] = _Code("SCT", "34340008", "Central venous system", (3010, 3607))
"""Central venous system (SCT 34340008)."""

CephalicVein: _Final[_Code] = _Code("SCT", "20699002", "cephalic vein", (3010, 3607, 12108))
"""cephalic vein (SCT 20699002)."""

DoddPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128554002", "Dodd perforating vein", (3010, 3607)
)
"""Dodd perforating vein (SCT 128554002)."""

FemoralVein: _Final[_Code] = _Code("SCT", "83419000", "Femoral vein", (3010, 3607))
"""Femoral vein (SCT 83419000)."""

GastricVein: _Final[_Code] = _Code("SCT", "110568007", "gastric vein", (3010, 3607, 12113))
"""gastric vein (SCT 110568007)."""

GreatSaphenousVein: _Final[_Code] = _Code(
    "SCT", "60734001", "Great saphenous vein", (3010, 3607, 12110)
)
"""Great saphenous vein (SCT 60734001)."""

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "hepatic vein", (3010, 3607, 12114, 12282))
"""hepatic vein (SCT 8993003)."""

HunterianPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002)."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior Vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena cava (SCT 64131007)."""

InnominateVein: _Final[_Code] = _Code(
    "SCT", "8887007", "Innominate vein", (3010, 3607, 6117, 12108)
)
"""Innominate vein (SCT 8887007)."""

InternalJugularVein: _Final[_Code] = _Code(
    "SCT", "12123001", "Internal jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal jugular vein (SCT 12123001)."""

MesentericVein: _Final[_Code] = _Code("SCT", "128583004", "mesenteric vein", (3010, 3607))
"""mesenteric vein (SCT 128583004)."""

PortalVein: _Final[_Code] = _Code("SCT", "32764006", "portal vein", (3010, 3607, 12114))
"""portal vein (SCT 32764006)."""

PosteriorMedialTributary: _Final[_Code] = _Code(
    "SCT", "128569001", "posterior medial tributary", (3010, 3607)
)
"""posterior medial tributary (SCT 128569001)."""

PulmonaryVein: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary vein (SCT 122972007)."""

PulmonaryVeinConfluence: _Final[_Code] = _Code(
    "SCT", "128566008", "Pulmonary vein confluence", (3010, 3607)
)
"""Pulmonary vein confluence (SCT 128566008)."""

RenalVein: _Final[_Code] = _Code("SCT", "56400007", "Renal vein", (3010, 3607, 12115))
"""Renal vein (SCT 56400007)."""

SaphenofemoralJunction: _Final[_Code] = _Code(
    "SCT", "128587003", "Saphenofemoral junction", (3010, 3607, 12110)
)
"""Saphenofemoral junction (SCT 128587003)."""

SaphenousVein: _Final[_Code] = _Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009)."""

SplenicVein: _Final[_Code] = _Code("SCT", "35819009", "splenic vein", (3010, 3607, 12114))
"""splenic vein (SCT 35819009)."""

SubclavianVein: _Final[_Code] = _Code(
    "SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108)
)
"""Subclavian vein (SCT 9454009)."""

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior vena cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior vena cava (SCT 48345005)."""

UmbilicalVein: _Final[_Code] = _Code("SCT", "284639000", "Umbilical vein", (3010, 3607, 12114))
"""Umbilical vein (SCT 284639000)."""

Vein: _Final[_Code] = _Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
