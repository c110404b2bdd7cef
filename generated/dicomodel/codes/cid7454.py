"""CID 7454 Animal Taxonomic Rank Value.

Extensible, version 20160211, UID 1.2.840.10008.6.1.518.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7454
NAME: _Final[str] = "Animal Taxonomic Rank Value"
KEYWORD: _Final[str | None] = "AnimalTaxonomicRankValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.518"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160211"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HomoSapiens: _Final[_Code] = _Code("SCT", "337915000", "Homo sapiens", (7454,))
"""Homo sapiens (SCT 337915000)."""

Felis: _Final[_Code] = _Code("SCT", "388626009", "Felis", (7454,))
"""Felis (SCT 388626009)."""

FelisCatus: _Final[_Code] = _Code("SCT", "448169003", "Felis catus", (7454,))
"""Felis catus (SCT 448169003)."""

Equus: _Final[_Code] = _Code("SCT", "388445009", "Equus", (7454,))
"""Equus (SCT 388445009)."""

EquusCaballus: _Final[_Code] = _Code("SCT", "35354009", "Equus caballus", (7454,))
"""Equus caballus (SCT 35354009)."""

Ovis: _Final[_Code] = _Code("SCT", "388254009", "Ovis", (7454,))
"""Ovis (SCT 388254009)."""

OvisAries: _Final[_Code] = _Code("SCT", "125099002", "Ovis aries", (7454,))
"""Ovis aries (SCT 125099002)."""

Sus: _Final[_Code] = _Code("SCT", "388393002", "Sus", (7454,))
"""Sus (SCT 388393002)."""

SusScrofa: _Final[_Code] = _Code("SCT", "78678003", "Sus scrofa", (7454,))
"""Sus scrofa (SCT 78678003)."""

Capra: _Final[_Code] = _Code("SCT", "388249000", "Capra", (7454,))
"""Capra (SCT 388249000)."""

CapraHircus: _Final[_Code] = _Code("SCT", "125097000", "Capra hircus", (7454,))
"""Capra hircus (SCT 125097000)."""

Canis: _Final[_Code] = _Code("SCT", "388490000", "Canis", (7454,))
"""Canis (SCT 388490000)."""

CanisLupus: _Final[_Code] = _Code("SCT", "36855005", "Canis lupus", (7454,))
"""Canis lupus (SCT 36855005)."""

CanisLupusFamiliaris: _Final[_Code] = _Code("SCT", "448771007", "Canis lupus familiaris", (7454,))
"""Canis lupus familiaris (SCT 448771007)."""

Bos: _Final[_Code] = _Code("SCT", "388168008", "Bos", (7454,))
"""Bos (SCT 388168008)."""

Bovinae: _Final[_Code] = _Code("SCT", "107007004", "Bovinae", (7454,))
"""Bovinae (SCT 107007004)."""

BosTaurus: _Final[_Code] = _Code("SCT", "34618005", "Bos taurus", (7454,))
"""Bos taurus (SCT 34618005)."""

MusGenus: _Final[_Code] = _Code("SCT", "447482001", "Mus genus", (7454,))
"""Mus genus (SCT 447482001)."""

MusMusculus: _Final[_Code] = _Code("SCT", "447612001", "Mus musculus", (7454,))
"""Mus musculus (SCT 447612001)."""

PeromyscusLeucopus: _Final[_Code] = _Code("ITIS_TSN", "180278", "Peromyscus leucopus", (7454,))
"""Peromyscus leucopus (ITIS_TSN 180278)."""

PeromyscusManiculatus: _Final[_Code] = _Code(
    "ITIS_TSN", "180276", "Peromyscus maniculatus", (7454,)
)
"""Peromyscus maniculatus (ITIS_TSN 180276)."""

Rattus: _Final[_Code] = _Code("SCT", "371564000", "Rattus", (7454,))
"""Rattus (SCT 371564000)."""

RattusNorvegicus: _Final[_Code] = _Code("SCT", "371565004", "Rattus norvegicus", (7454,))
"""Rattus norvegicus (SCT 371565004)."""

SigmodonGenus: _Final[_Code] = _Code("ITIS_TSN", "180346", "Sigmodon genus", (7454,))
"""Sigmodon genus (ITIS_TSN 180346)."""

CaviaPorcellus: _Final[_Code] = _Code("SCT", "125076001", "Cavia porcellus", (7454,))
"""Cavia porcellus (SCT 125076001)."""

MustelaPutoriusFuro: _Final[_Code] = _Code("SCT", "449310008", "Mustela putorius furo", (7454,))
"""Mustela putorius furo (SCT 449310008)."""

OryctolagusCuniculus: _Final[_Code] = _Code("SCT", "36571002", "Oryctolagus cuniculus", (7454,))
"""Oryctolagus cuniculus (SCT 36571002)."""

CallithrixJacchus: _Final[_Code] = _Code("SCT", "406733009", "Callithrix jacchus", (7454,))
"""Callithrix jacchus (SCT 406733009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HomoSapiens,
    Felis,
    FelisCatus,
    Equus,
    EquusCaballus,
    Ovis,
    OvisAries,
    Sus,
    SusScrofa,
    Capra,
    CapraHircus,
    Canis,
    CanisLupus,
    CanisLupusFamiliaris,
    Bos,
    Bovinae,
    BosTaurus,
    MusGenus,
    MusMusculus,
    PeromyscusLeucopus,
    PeromyscusManiculatus,
    Rattus,
    RattusNorvegicus,
    SigmodonGenus,
    CaviaPorcellus,
    MustelaPutoriusFuro,
    OryctolagusCuniculus,
    CallithrixJacchus,
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
