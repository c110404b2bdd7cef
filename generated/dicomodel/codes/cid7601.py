"""CID 7601 Head and Neck Cancer Anatomic Site.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1012.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7601
NAME: _Final[str] = "Head and Neck Cancer Anatomic Site"
KEYWORD: _Final[str | None] = "HeadAndNeckCancerAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1012"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BaseOfTongue: _Final[_Code] = _Code("SCT", "47975008", "base of tongue", (7601,))
"""base of tongue (SCT 47975008)."""

BuccalMucosa: _Final[_Code] = _Code("SCT", "16811007", "buccal mucosa", (7601,))
"""buccal mucosa (SCT 16811007)."""

FloorOfMouth: _Final[_Code] = _Code("SCT", "36360002", "floor of mouth", (7601,))
"""floor of mouth (SCT 36360002)."""

Glottis: _Final[_Code] = _Code("SCT", "1307006", "glottis", (7601,))
"""glottis (SCT 1307006)."""

Hypopharynx: _Final[_Code] = _Code("SCT", "81502006", "hypopharynx", (4, 7601))
"""hypopharynx (SCT 81502006)."""

Larynx: _Final[_Code] = _Code("SCT", "4596009", "larynx", (645, 4028, 4031, 4040, 7601))
"""larynx (SCT 4596009)."""

LingualTonsil: _Final[_Code] = _Code("SCT", "2048000", "lingual tonsil", (7601,))
"""lingual tonsil (SCT 2048000)."""

Lip: _Final[_Code] = _Code("SCT", "48477009", "lip", (4028, 7601))
"""lip (SCT 48477009)."""

AlveolarProcessOfMandible: _Final[_Code] = _Code(
    "SCT", "38754007", "alveolar process of mandible", (7601,)
)
"""alveolar process of mandible (SCT 38754007)."""

MaxillarySinus: _Final[_Code] = _Code("SCT", "15924003", "maxillary sinus", (1002, 7601))
"""maxillary sinus (SCT 15924003)."""

NasalCavity: _Final[_Code] = _Code("SCT", "279549004", "nasal cavity", (7601,))
"""nasal cavity (SCT 279549004)."""

Nasopharynx: _Final[_Code] = _Code("SCT", "71836000", "nasopharynx", (7601,))
"""nasopharynx (SCT 71836000)."""

OralCavity: _Final[_Code] = _Code("SCT", "74262004", "oral cavity", (7601,))
"""oral cavity (SCT 74262004)."""

OropharyngealTonsil: _Final[_Code] = _Code("SCT", "17861009", "oropharyngeal tonsil", (7601,))
"""oropharyngeal tonsil (SCT 17861009)."""

Oropharynx: _Final[_Code] = _Code("SCT", "31389004", "oropharynx", (7601,))
"""oropharynx (SCT 31389004)."""

PalatineTonsil: _Final[_Code] = _Code("SCT", "75573002", "palatine tonsil", (7601,))
"""palatine tonsil (SCT 75573002)."""

ParanasalSinus: _Final[_Code] = _Code(
    "SCT", "2095001", "paranasal sinus", (4028, 4031, 4040, 7483, 7601)
)
"""paranasal sinus (SCT 2095001)."""

PharyngealRecess: _Final[_Code] = _Code("SCT", "1849007", "pharyngeal recess", (7601,))
"""pharyngeal recess (SCT 1849007)."""

PharyngealTonsil: _Final[_Code] = _Code("SCT", "55940004", "pharyngeal tonsil", (7601,))
"""pharyngeal tonsil (SCT 55940004)."""

PharyngotympanicTube: _Final[_Code] = _Code("SCT", "91207004", "pharyngotympanic tube", (7601,))
"""pharyngotympanic tube (SCT 91207004)."""

PyriformSinus: _Final[_Code] = _Code("SCT", "6217003", "pyriform sinus", (7601,))
"""pyriform sinus (SCT 6217003)."""

RetromolarTrigone: _Final[_Code] = _Code("SCT", "85816001", "retromolar trigone", (7601,))
"""retromolar trigone (SCT 85816001)."""

SalivaryGland: _Final[_Code] = _Code("SCT", "385294005", "salivary gland", (645, 4028, 7601, 10044))
"""salivary gland (SCT 385294005)."""

Supraglottis: _Final[_Code] = _Code("SCT", "119255006", "supraglottis", (7601,))
"""supraglottis (SCT 119255006)."""

Tongue: _Final[_Code] = _Code("SCT", "21974007", "tongue", (4, 4028, 7601))
"""tongue (SCT 21974007)."""

TonsilAndAdenoid: _Final[_Code] = _Code("SCT", "303337002", "tonsil and adenoid", (7601,))
"""tonsil and adenoid (SCT 303337002)."""

TorusOfPharyngotympanicTube: _Final[_Code] = _Code(
    "FMA", "54993", "torus of pharyngotympanic tube", (7601,)
)
"""torus of pharyngotympanic tube (FMA 54993)."""

TubalTonsil: _Final[_Code] = _Code("SCT", "21058000", "tubal tonsil", (7601,))
"""tubal tonsil (SCT 21058000)."""

UnknownPrimaryNeoplasiaSite: _Final[_Code] = _Code(
    "UMLS", "C0221297", "unknown primary neoplasia site", (7601,)
)
"""unknown primary neoplasia site (UMLS C0221297)."""

Uvula: _Final[_Code] = _Code("SCT", "26140008", "uvula", (7601,))
"""uvula (SCT 26140008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BaseOfTongue,
    BuccalMucosa,
    FloorOfMouth,
    Glottis,
    Hypopharynx,
    Larynx,
    LingualTonsil,
    Lip,
    AlveolarProcessOfMandible,
    MaxillarySinus,
    NasalCavity,
    Nasopharynx,
    OralCavity,
    OropharyngealTonsil,
    Oropharynx,
    PalatineTonsil,
    ParanasalSinus,
    PharyngealRecess,
    PharyngealTonsil,
    PharyngotympanicTube,
    PyriformSinus,
    RetromolarTrigone,
    SalivaryGland,
    Supraglottis,
    Tongue,
    TonsilAndAdenoid,
    TorusOfPharyngotympanicTube,
    TubalTonsil,
    UnknownPrimaryNeoplasiaSite,
    Uvula,
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
