"""CID 5 Transducer Approach.

Extensible, version 20220628, UID 1.2.840.10008.6.1.3.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 5
NAME: Final[str] = "Transducer Approach"
KEYWORD: Final[str | None] = "TransducerApproach"
UID: Final[str | None] = "1.2.840.10008.6.1.3"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220628"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Right: Final[Code] = Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007)."""

Left: Final[Code] = Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000)."""

Lateral: Final[Code] = Code("SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281))
"""Lateral (SCT 49370004)."""

Anterior: Final[Code] = Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

Posterior: Final[Code] = Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

Caudal: Final[Code] = Code("SCT", "3583002", "Caudal", (2, 5, 23))
"""Caudal (SCT 3583002)."""

Medial: Final[Code] = Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Central: Final[Code] = Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

Peripheral: Final[Code] = Code("SCT", "14414005", "Peripheral", (2, 5, 6125))
"""Peripheral (SCT 14414005)."""

External: Final[Code] = Code("SCT", "261074009", "External", (2, 5, 6139))
"""External (SCT 261074009)."""

Internal: Final[Code] = Code("SCT", "260521003", "Internal", (2, 5, 6139))
"""Internal (SCT 260521003)."""

Inferior: Final[Code] = Code("SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281))
"""Inferior (SCT 261089000)."""

Superior: Final[Code] = Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

Transverse: Final[Code] = Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

Proximal: Final[Code] = Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

Distal: Final[Code] = Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

Apical: Final[Code] = Code("SCT", "43674008", "Apical", (2, 5, 6125))
"""Apical (SCT 43674008)."""

Surface: Final[Code] = Code("SCT", "410679008", "Surface", (2, 5))
"""Surface (SCT 410679008)."""

Ascending: Final[Code] = Code("SCT", "79458005", "Ascending", (5,))
"""Ascending (SCT 79458005)."""

Descending: Final[Code] = Code("SCT", "75294000", "Descending", (5,))
"""Descending (SCT 75294000)."""

SubcutaneousTissue: Final[Code] = Code("SCT", "71966008", "Subcutaneous tissue", (5, 7166))
"""Subcutaneous tissue (SCT 71966008)."""

DuraMater: Final[Code] = Code("SCT", "18545000", "Dura mater", (5, 7153))
"""Dura mater (SCT 18545000)."""

PiaMater: Final[Code] = Code("SCT", "23180006", "Pia mater", (5, 7153))
"""Pia mater (SCT 23180006)."""

ExternalProsthesisForSonographicProcedureStandOff: Final[Code] = Code(
    "SCT", "102322008", "External prosthesis for sonographic procedure [Stand-off]", (5,)
)
"""External prosthesis for sonographic procedure [Stand-off] (SCT 102322008)."""

WaterBagProsthesisForImagingProcedure: Final[Code] = Code(
    "SCT", "102323003", "Water bag prosthesis for imaging procedure", (5,)
)
"""Water bag prosthesis for imaging procedure (SCT 102323003)."""

SalineBagProsthesisForImagingProcedure: Final[Code] = Code(
    "SCT", "102324009", "Saline bag prosthesis for imaging procedure", (5,)
)
"""Saline bag prosthesis for imaging procedure (SCT 102324009)."""

GelProsthesisForImagingProcedure: Final[Code] = Code(
    "SCT", "102325005", "Gel prosthesis for imaging procedure", (5,)
)
"""Gel prosthesis for imaging procedure (SCT 102325005)."""

Cranial: Final[Code] = Code("SCT", "66787007", "Cranial", (2, 5, 23))
"""Cranial (SCT 66787007)."""

Midline: Final[Code] = Code("SCT", "261129000", "Midline", (5,))
"""Midline (SCT 261129000)."""

MidLongitudinal: Final[Code] = Code("SCT", "103342007", "Mid-longitudinal", (5, 212))
"""Mid-longitudinal (SCT 103342007)."""

Parasagittal: Final[Code] = Code("SCT", "103343002", "Parasagittal", (5, 6))
"""Parasagittal (SCT 103343002)."""

Intraluminal: Final[Code] = Code("SCT", "264045001", "Intraluminal", (5,))
"""Intraluminal (SCT 264045001)."""

Capsular: Final[Code] = Code("SCT", "11070000", "Capsular", (2, 5))
"""Capsular (SCT 11070000)."""

Lumen: Final[Code] = Code("SCT", "113342003", "Lumen", (5,))
"""Lumen (SCT 113342003)."""

ContactWith: Final[Code] = Code("SCT", "11723008", "Contact with", (5,))
"""Contact with (SCT 11723008)."""

Parenchyma: Final[Code] = Code("SCT", "91772007", "Parenchyma", (5, 7166))
"""Parenchyma (SCT 91772007)."""

Intercostal: Final[Code] = Code("SCT", "1197041002", "Intercostal", (5,))
"""Intercostal (SCT 1197041002)."""

Subcostal: Final[Code] = Code("SCT", "264208000", "Subcostal", (5,))
"""Subcostal (SCT 264208000)."""

FirstIntercostalSpace: Final[Code] = Code("SCT", "117133000", "First Intercostal Space", (5,))
"""First Intercostal Space (SCT 117133000)."""

SecondIntercostalSpace: Final[Code] = Code("SCT", "117134006", "Second Intercostal Space", (5,))
"""Second Intercostal Space (SCT 117134006)."""

ThirdIntercostalSpace: Final[Code] = Code("SCT", "117135007", "Third Intercostal Space", (5,))
"""Third Intercostal Space (SCT 117135007)."""

FourthIntercostalSpace: Final[Code] = Code("SCT", "117136008", "Fourth Intercostal Space", (5,))
"""Fourth Intercostal Space (SCT 117136008)."""

FifthIntercostalSpace: Final[Code] = Code("SCT", "117137004", "Fifth Intercostal Space", (5,))
"""Fifth Intercostal Space (SCT 117137004)."""

SixthIntercostalSpace: Final[Code] = Code("SCT", "117138009", "Sixth Intercostal Space", (5,))
"""Sixth Intercostal Space (SCT 117138009)."""

SeventhIntercostalSpace: Final[Code] = Code("SCT", "117139001", "Seventh Intercostal Space", (5,))
"""Seventh Intercostal Space (SCT 117139001)."""

EighthIntercostalSpace: Final[Code] = Code("SCT", "117140004", "Eighth Intercostal Space", (5,))
"""Eighth Intercostal Space (SCT 117140004)."""

NinthIntercostalSpace: Final[Code] = Code("SCT", "117141000", "Ninth Intercostal Space", (5,))
"""Ninth Intercostal Space (SCT 117141000)."""

TenthIntercostalSpace: Final[Code] = Code("SCT", "117142007", "Tenth Intercostal Space", (5,))
"""Tenth Intercostal Space (SCT 117142007)."""

EleventhIntercostalSpace: Final[Code] = Code("SCT", "117143002", "Eleventh Intercostal Space", (5,))
"""Eleventh Intercostal Space (SCT 117143002)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
