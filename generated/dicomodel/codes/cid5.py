"""CID 5 Transducer Approach.

Extensible, version 20220628, UID 1.2.840.10008.6.1.3.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 5
NAME: _Final[str] = "Transducer Approach"
KEYWORD: _Final[str | None] = "TransducerApproach"
UID: _Final[str | None] = "1.2.840.10008.6.1.3"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220628"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Right: _Final[_Code] = _Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007)."""

Left: _Final[_Code] = _Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000)."""

Lateral: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004)."""

Anterior: _Final[_Code] = _Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

Posterior: _Final[_Code] = _Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

Caudal: _Final[_Code] = _Code("SCT", "3583002", "Caudal", (2, 5, 23))
"""Caudal (SCT 3583002)."""

Medial: _Final[_Code] = _Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Central: _Final[_Code] = _Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

Peripheral: _Final[_Code] = _Code("SCT", "14414005", "Peripheral", (2, 5, 6125))
"""Peripheral (SCT 14414005)."""

External: _Final[_Code] = _Code("SCT", "261074009", "External", (2, 5, 6139))
"""External (SCT 261074009)."""

Internal: _Final[_Code] = _Code("SCT", "260521003", "Internal", (2, 5, 6139))
"""Internal (SCT 260521003)."""

Inferior: _Final[_Code] = _Code(
    "SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281)
)
"""Inferior (SCT 261089000)."""

Superior: _Final[_Code] = _Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

Transverse: _Final[_Code] = _Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

Proximal: _Final[_Code] = _Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

Distal: _Final[_Code] = _Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

Apical: _Final[_Code] = _Code("SCT", "43674008", "Apical", (2, 5, 6125))
"""Apical (SCT 43674008)."""

Surface: _Final[_Code] = _Code("SCT", "410679008", "Surface", (2, 5))
"""Surface (SCT 410679008)."""

Ascending: _Final[_Code] = _Code("SCT", "79458005", "Ascending", (5,))
"""Ascending (SCT 79458005)."""

Descending: _Final[_Code] = _Code("SCT", "75294000", "Descending", (5,))
"""Descending (SCT 75294000)."""

SubcutaneousTissue: _Final[_Code] = _Code("SCT", "71966008", "Subcutaneous tissue", (5, 7166))
"""Subcutaneous tissue (SCT 71966008)."""

DuraMater: _Final[_Code] = _Code("SCT", "18545000", "Dura mater", (5, 7153))
"""Dura mater (SCT 18545000)."""

PiaMater: _Final[_Code] = _Code("SCT", "23180006", "Pia mater", (5, 7153))
"""Pia mater (SCT 23180006)."""

ExternalProsthesisForSonographicProcedureStandOff: _Final[_Code] = _Code(
    "SCT", "102322008", "External prosthesis for sonographic procedure [Stand-off]", (5,)
)
"""External prosthesis for sonographic procedure [Stand-off] (SCT 102322008)."""

WaterBagProsthesisForImagingProcedure: _Final[_Code] = _Code(
    "SCT", "102323003", "Water bag prosthesis for imaging procedure", (5,)
)
"""Water bag prosthesis for imaging procedure (SCT 102323003)."""

SalineBagProsthesisForImagingProcedure: _Final[_Code] = _Code(
    "SCT", "102324009", "Saline bag prosthesis for imaging procedure", (5,)
)
"""Saline bag prosthesis for imaging procedure (SCT 102324009)."""

GelProsthesisForImagingProcedure: _Final[_Code] = _Code(
    "SCT", "102325005", "Gel prosthesis for imaging procedure", (5,)
)
"""Gel prosthesis for imaging procedure (SCT 102325005)."""

Cranial: _Final[_Code] = _Code("SCT", "66787007", "Cranial", (2, 5, 23))
"""Cranial (SCT 66787007)."""

Midline: _Final[_Code] = _Code("SCT", "261129000", "Midline", (5,))
"""Midline (SCT 261129000)."""

MidLongitudinal: _Final[_Code] = _Code("SCT", "103342007", "Mid-longitudinal", (5, 212))
"""Mid-longitudinal (SCT 103342007)."""

Parasagittal: _Final[_Code] = _Code("SCT", "103343002", "Parasagittal", (5, 6))
"""Parasagittal (SCT 103343002)."""

Intraluminal: _Final[_Code] = _Code("SCT", "264045001", "Intraluminal", (5,))
"""Intraluminal (SCT 264045001)."""

Capsular: _Final[_Code] = _Code("SCT", "11070000", "Capsular", (2, 5))
"""Capsular (SCT 11070000)."""

Lumen: _Final[_Code] = _Code("SCT", "113342003", "Lumen", (5,))
"""Lumen (SCT 113342003)."""

ContactWith: _Final[_Code] = _Code("SCT", "11723008", "Contact with", (5,))
"""Contact with (SCT 11723008)."""

Parenchyma: _Final[_Code] = _Code("SCT", "91772007", "Parenchyma", (5, 7166))
"""Parenchyma (SCT 91772007)."""

Intercostal: _Final[_Code] = _Code("SCT", "1197041002", "Intercostal", (5,))
"""Intercostal (SCT 1197041002)."""

Subcostal: _Final[_Code] = _Code("SCT", "264208000", "Subcostal", (5,))
"""Subcostal (SCT 264208000)."""

FirstIntercostalSpace: _Final[_Code] = _Code("SCT", "117133000", "First Intercostal Space", (5,))
"""First Intercostal Space (SCT 117133000)."""

SecondIntercostalSpace: _Final[_Code] = _Code("SCT", "117134006", "Second Intercostal Space", (5,))
"""Second Intercostal Space (SCT 117134006)."""

ThirdIntercostalSpace: _Final[_Code] = _Code("SCT", "117135007", "Third Intercostal Space", (5,))
"""Third Intercostal Space (SCT 117135007)."""

FourthIntercostalSpace: _Final[_Code] = _Code("SCT", "117136008", "Fourth Intercostal Space", (5,))
"""Fourth Intercostal Space (SCT 117136008)."""

FifthIntercostalSpace: _Final[_Code] = _Code("SCT", "117137004", "Fifth Intercostal Space", (5,))
"""Fifth Intercostal Space (SCT 117137004)."""

SixthIntercostalSpace: _Final[_Code] = _Code("SCT", "117138009", "Sixth Intercostal Space", (5,))
"""Sixth Intercostal Space (SCT 117138009)."""

SeventhIntercostalSpace: _Final[_Code] = _Code(
    "SCT", "117139001", "Seventh Intercostal Space", (5,)
)
"""Seventh Intercostal Space (SCT 117139001)."""

EighthIntercostalSpace: _Final[_Code] = _Code("SCT", "117140004", "Eighth Intercostal Space", (5,))
"""Eighth Intercostal Space (SCT 117140004)."""

NinthIntercostalSpace: _Final[_Code] = _Code("SCT", "117141000", "Ninth Intercostal Space", (5,))
"""Ninth Intercostal Space (SCT 117141000)."""

TenthIntercostalSpace: _Final[_Code] = _Code("SCT", "117142007", "Tenth Intercostal Space", (5,))
"""Tenth Intercostal Space (SCT 117142007)."""

EleventhIntercostalSpace: _Final[_Code] = _Code(
    "SCT", "117143002", "Eleventh Intercostal Space", (5,)
)
"""Eleventh Intercostal Space (SCT 117143002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Right,
    Left,
    Lateral,
    Anterior,
    Posterior,
    Caudal,
    Medial,
    Central,
    Peripheral,
    External,
    Internal,
    Inferior,
    Superior,
    Transverse,
    Proximal,
    Distal,
    Apical,
    Surface,
    Ascending,
    Descending,
    SubcutaneousTissue,
    DuraMater,
    PiaMater,
    ExternalProsthesisForSonographicProcedureStandOff,
    WaterBagProsthesisForImagingProcedure,
    SalineBagProsthesisForImagingProcedure,
    GelProsthesisForImagingProcedure,
    Cranial,
    Midline,
    MidLongitudinal,
    Parasagittal,
    Intraluminal,
    Capsular,
    Lumen,
    ContactWith,
    Parenchyma,
    Intercostal,
    Subcostal,
    FirstIntercostalSpace,
    SecondIntercostalSpace,
    ThirdIntercostalSpace,
    FourthIntercostalSpace,
    FifthIntercostalSpace,
    SixthIntercostalSpace,
    SeventhIntercostalSpace,
    EighthIntercostalSpace,
    NinthIntercostalSpace,
    TenthIntercostalSpace,
    EleventhIntercostalSpace,
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
