"""CID 8114 Specimen Fixative.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1052.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8114
NAME: Final[str] = "Specimen Fixative"
KEYWORD: Final[str | None] = "SpecimenFixative"
UID: Final[str | None] = "1.2.840.10008.6.1.1052"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NeutralBufferedFormalin: Final[Code] = Code(
    "SCT", "434162003", "Neutral Buffered Formalin", (8114,)
)
"""Neutral Buffered Formalin (SCT 434162003)."""

BouinFluid: Final[Code] = Code("SCT", "433474002", "Bouin's fluid", (8114,))
"""Bouin's fluid (SCT 433474002)."""

Formalin: Final[Code] = Code("SCT", "431510009", "Formalin", (8114,))
"""Formalin (SCT 431510009)."""

CarnoyFluid: Final[Code] = Code("SCT", "433338005", "Carnoy's fluid", (8114,))
"""Carnoy's fluid (SCT 433338005)."""

FormolSublimate: Final[Code] = Code("SCT", "434295000", "Formol sublimate", (8114,))
"""Formol sublimate (SCT 434295000)."""

HellyFluid: Final[Code] = Code("SCT", "433471005", "Helly's fluid", (8114,))
"""Helly's fluid (SCT 433471005)."""

MichelMedium: Final[Code] = Code("SCT", "430028007", "Michel's medium", (8114,))
"""Michel's medium (SCT 430028007)."""

ZenkerFluid: Final[Code] = Code("SCT", "433473008", "Zenker's fluid", (8114,))
"""Zenker's fluid (SCT 433473008)."""

Paraformaldehyde: Final[Code] = Code("SCT", "52836003", "Paraformaldehyde", (8114,))
"""Paraformaldehyde (SCT 52836003)."""

AceticAcid: Final[Code] = Code("SCT", "2869004", "Acetic acid", (4412, 8114))
"""Acetic acid (SCT 2869004)."""

Chloroform: Final[Code] = Code("SCT", "259153006", "Chloroform", (624, 8114))
"""Chloroform (SCT 259153006)."""

ChromiumTrioxide: Final[Code] = Code("SCT", "430821002", "Chromium trioxide", (8114,))
"""Chromium trioxide (SCT 430821002)."""

Ethanol: Final[Code] = Code("SCT", "419442005", "Ethanol", (10, 6089, 8114))
"""Ethanol (SCT 419442005)."""

Formaldehyde: Final[Code] = Code("SCT", "111095003", "Formaldehyde", (8114,))
"""Formaldehyde (SCT 111095003)."""

MercuricChloride: Final[Code] = Code("SCT", "11496005", "Mercuric chloride", (8114,))
"""Mercuric chloride (SCT 11496005)."""

Methanol: Final[Code] = Code("SCT", "259221006", "Methanol", (8114,))
"""Methanol (SCT 259221006)."""

OsmiumTetroxide: Final[Code] = Code("SCT", "13931001", "Osmium tetroxide", (8114,))
"""Osmium tetroxide (SCT 13931001)."""

PicricAcid: Final[Code] = Code("SCT", "24215009", "Picric acid", (8114,))
"""Picric acid (SCT 24215009)."""

PotassiumDichromate: Final[Code] = Code("SCT", "19893005", "Potassium dichromate", (8114,))
"""Potassium dichromate (SCT 19893005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NeutralBufferedFormalin,
    BouinFluid,
    Formalin,
    CarnoyFluid,
    FormolSublimate,
    HellyFluid,
    MichelMedium,
    ZenkerFluid,
    Paraformaldehyde,
    AceticAcid,
    Chloroform,
    ChromiumTrioxide,
    Ethanol,
    Formaldehyde,
    MercuricChloride,
    Methanol,
    OsmiumTetroxide,
    PicricAcid,
    PotassiumDichromate,
)
"""The resolved membership: own members, then those of the included groups, in order."""
