"""CID 6149 Mediastinum Anatomy.

Extensible, version 20200309, UID 1.2.840.10008.6.1.1314.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6149
NAME: _Final[str] = "Mediastinum Anatomy"
KEYWORD: _Final[str | None] = "MediastinumAnatomy"
UID: _Final[str | None] = "1.2.840.10008.6.1.1314"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200309"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AxillaryFascia: _Final[_Code] = _Code("SCT", "368536000", "Axillary Fascia", (6149,))
"""Axillary Fascia (SCT 368536000)."""

Carina: _Final[_Code] = _Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002)."""

CarotidBody: _Final[_Code] = _Code("SCT", "51345006", "Carotid Body", (6149,))
"""Carotid Body (SCT 51345006)."""

CostalCartilage: _Final[_Code] = _Code("SCT", "50016007", "Costal Cartilage", (6149,))
"""Costal Cartilage (SCT 50016007)."""

EsophagealHiatus: _Final[_Code] = _Code("SCT", "280062008", "Esophageal Hiatus", (6149,))
"""Esophageal Hiatus (SCT 280062008)."""

Esophagus: _Final[_Code] = _Code("SCT", "32849002", "Esophagus", (4, 4031, 6149, 7155, 7483, 10044))
"""Esophagus (SCT 32849002)."""

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

LeftMainBronchus: _Final[_Code] = _Code("SCT", "75245000", "Left main bronchus", (6149,))
"""Left main bronchus (SCT 75245000)."""

LigamentumArteriosum: _Final[_Code] = _Code("SCT", "2160002", "Ligamentum arteriosum", (6149,))
"""Ligamentum arteriosum (SCT 2160002)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007)."""

PulmonaryValve: _Final[_Code] = _Code(
    "SCT", "39057004", "Pulmonary valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonary valve (SCT 39057004)."""

RightMainBronchus: _Final[_Code] = _Code("SCT", "70074004", "Right main bronchus", (6149,))
"""Right main bronchus (SCT 70074004)."""

ThoracicDuct: _Final[_Code] = _Code("SCT", "1732005", "Thoracic Duct", (6149,))
"""Thoracic Duct (SCT 1732005)."""

ThymusGland: _Final[_Code] = _Code("SCT", "9875009", "Thymus Gland", (4030, 6149, 7155, 10044))
"""Thymus Gland (SCT 9875009)."""

Thyroid: _Final[_Code] = _Code("SCT", "69748006", "Thyroid", (645, 4030, 6149, 10044, 12321))
"""Thyroid (SCT 69748006)."""

Trachea: _Final[_Code] = _Code("SCT", "44567001", "Trachea", (4028, 4031, 6149, 7155))
"""Trachea (SCT 44567001)."""

TrapeziusMuscle: _Final[_Code] = _Code("SCT", "31764008", "Trapezius muscle", (6116, 6149))
"""Trapezius muscle (SCT 31764008)."""

TricuspidValve: _Final[_Code] = _Code(
    "SCT", "46030003", "Tricuspid Valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid Valve (SCT 46030003)."""

Ventricle: _Final[_Code] = _Code("SCT", "21814001", "Ventricle", (4, 6149))
"""Ventricle (SCT 21814001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AxillaryFascia,
    Carina,
    CarotidBody,
    CostalCartilage,
    EsophagealHiatus,
    Esophagus,
    Heart,
    LeftMainBronchus,
    LigamentumArteriosum,
    LymphNode,
    MitralValve,
    PulmonaryValve,
    RightMainBronchus,
    ThoracicDuct,
    ThymusGland,
    Thyroid,
    Trachea,
    TrapeziusMuscle,
    TricuspidValve,
    Ventricle,
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
