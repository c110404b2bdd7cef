"""CID 8114 Specimen Fixative.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1052.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8114
NAME: _Final[str] = "Specimen Fixative"
KEYWORD: _Final[str | None] = "SpecimenFixative"
UID: _Final[str | None] = "1.2.840.10008.6.1.1052"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NeutralBufferedFormalin: _Final[_Code] = _Code(
    "SCT", "434162003", "Neutral Buffered Formalin", (8114,)
)
"""Neutral Buffered Formalin (SCT 434162003)."""

BouinFluid: _Final[_Code] = _Code("SCT", "433474002", "Bouin's fluid", (8114,))
"""Bouin's fluid (SCT 433474002)."""

Formalin: _Final[_Code] = _Code("SCT", "431510009", "Formalin", (8114,))
"""Formalin (SCT 431510009)."""

CarnoyFluid: _Final[_Code] = _Code("SCT", "433338005", "Carnoy's fluid", (8114,))
"""Carnoy's fluid (SCT 433338005)."""

FormolSublimate: _Final[_Code] = _Code("SCT", "434295000", "Formol sublimate", (8114,))
"""Formol sublimate (SCT 434295000)."""

HellyFluid: _Final[_Code] = _Code("SCT", "433471005", "Helly's fluid", (8114,))
"""Helly's fluid (SCT 433471005)."""

MichelMedium: _Final[_Code] = _Code("SCT", "430028007", "Michel's medium", (8114,))
"""Michel's medium (SCT 430028007)."""

ZenkerFluid: _Final[_Code] = _Code("SCT", "433473008", "Zenker's fluid", (8114,))
"""Zenker's fluid (SCT 433473008)."""

Paraformaldehyde: _Final[_Code] = _Code("SCT", "52836003", "Paraformaldehyde", (8114,))
"""Paraformaldehyde (SCT 52836003)."""

AceticAcid: _Final[_Code] = _Code("SCT", "2869004", "Acetic acid", (4412, 8114))
"""Acetic acid (SCT 2869004)."""

Chloroform: _Final[_Code] = _Code("SCT", "259153006", "Chloroform", (624, 8114))
"""Chloroform (SCT 259153006)."""

ChromiumTrioxide: _Final[_Code] = _Code("SCT", "430821002", "Chromium trioxide", (8114,))
"""Chromium trioxide (SCT 430821002)."""

Ethanol: _Final[_Code] = _Code("SCT", "419442005", "Ethanol", (10, 6089, 8114))
"""Ethanol (SCT 419442005)."""

Formaldehyde: _Final[_Code] = _Code("SCT", "111095003", "Formaldehyde", (8114,))
"""Formaldehyde (SCT 111095003)."""

MercuricChloride: _Final[_Code] = _Code("SCT", "11496005", "Mercuric chloride", (8114,))
"""Mercuric chloride (SCT 11496005)."""

Methanol: _Final[_Code] = _Code("SCT", "259221006", "Methanol", (8114,))
"""Methanol (SCT 259221006)."""

OsmiumTetroxide: _Final[_Code] = _Code("SCT", "13931001", "Osmium tetroxide", (8114,))
"""Osmium tetroxide (SCT 13931001)."""

PicricAcid: _Final[_Code] = _Code("SCT", "24215009", "Picric acid", (8114,))
"""Picric acid (SCT 24215009)."""

PotassiumDichromate: _Final[_Code] = _Code("SCT", "19893005", "Potassium dichromate", (8114,))
"""Potassium dichromate (SCT 19893005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
