"""CID 7710 Tractography Anatomic Site.

Extensible, version 20221224, UID 1.2.840.10008.6.1.1020.
Includes CID 7701, CID 7702, CID 7703, CID 7704, CID 7705, CID 7706, CID 7707.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7710
NAME: _Final[str] = "Tractography Anatomic Site"
KEYWORD: _Final[str | None] = "TractographyAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1020"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221224"
INCLUDES: _Final[tuple[int, ...]] = (7701, 7702, 7703, 7704, 7705, 7706, 7707)
EXTERNAL_SCHEME: _Final[str | None] = None

CerebellarWhiteMatter: _Final[_Code] = _Code(
    "SCT", "33060004", "Cerebellar white matter", (7140, 7153, 7710)
)
"""Cerebellar white matter (SCT 33060004)."""

CerebralWhiteMatter: _Final[_Code] = _Code(
    "SCT", "68523003", "Cerebral white matter", (7140, 7153, 7710)
)
"""Cerebral white matter (SCT 68523003)."""

SpinalCordWhiteMatter: _Final[_Code] = _Code(
    "SCT", "27088001", "Spinal cord white matter", (7153, 7710)
)
"""Spinal cord white matter (SCT 27088001)."""

WhiteMatterOfBrainAndSpinalCord: _Final[_Code] = _Code(
    "SCT", "389080008", "White matter of brain and spinal cord", (7153, 7710)
)
"""White matter of brain and spinal cord (SCT 389080008)."""

PerilesionalWhiteMatter: _Final[_Code] = _Code(
    "DCM", "110706", "Perilesional White Matter", (7710,)
)
"""Perilesional White Matter (DCM 110706)."""

PeripheralNerve: _Final[_Code] = _Code("SCT", "84782009", "Peripheral nerve", (7167, 7710))
"""Peripheral nerve (SCT 84782009)."""

SkeletalMuscle: _Final[_Code] = _Code("SCT", "127954009", "Skeletal muscle", (7710,))
"""Skeletal muscle (SCT 127954009)."""

CardiacMuscle: _Final[_Code] = _Code("SCT", "122448007", "Cardiac muscle", (7710,))
"""Cardiac muscle (SCT 122448007)."""

Phantom: _Final[_Code] = _Code("SCT", "706342009", "Phantom", (4031, 4052, 7710, 10060))
"""Phantom (SCT 706342009)."""

SuperiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "11089000", "superior cerebellar peduncle", (7153, 7701)
)
"""superior cerebellar peduncle (SCT 11089000). Included from CID 7701."""

MiddleCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "33723005", "middle cerebellar peduncle", (7153, 7701)
)
"""middle cerebellar peduncle (SCT 33723005). Included from CID 7701."""

InferiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "67701001", "inferior cerebellar peduncle", (7153, 7701)
)
"""inferior cerebellar peduncle (SCT 67701001). Included from CID 7701."""

CorticospinalTractInBrainstem: _Final[_Code] = _Code(
    "SCT", "360568007", "corticospinal tract in brainstem", (7701,)
)
"""corticospinal tract in brainstem (SCT 360568007). Included from CID 7701."""

MedialLemniscus: _Final[_Code] = _Code("SCT", "30114003", "medial lemniscus", (7153, 7701))
"""medial lemniscus (SCT 30114003). Included from CID 7701."""

LateralLemniscus: _Final[_Code] = _Code("SCT", "86136007", "lateral lemniscus", (7701,))
"""lateral lemniscus (SCT 86136007). Included from CID 7701."""

MedialLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "28390009", "medial longitudinal fasciculus", (7701,)
)
"""medial longitudinal fasciculus (SCT 28390009). Included from CID 7701."""

CorticobulbarTract: _Final[_Code] = _Code("NEU", "1319", "corticobulbar tract", (7702,))
"""corticobulbar tract (NEU 1319). Included from CID 7702."""

CorticospinalTract: _Final[_Code] = _Code("NEU", "1320", "corticospinal tract", (7702,))
"""corticospinal tract (NEU 1320). Included from CID 7702."""

InternalCapsule: _Final[_Code] = _Code("SCT", "85637007", "internal capsule", (7702,))
"""internal capsule (SCT 85637007). Included from CID 7702."""

ExternalCapsule: _Final[_Code] = _Code("SCT", "10517005", "external capsule", (7702,))
"""external capsule (SCT 10517005). Included from CID 7702."""

AuditoryRadiation: _Final[_Code] = _Code("SCT", "410726006", "auditory radiation", (7702,))
"""auditory radiation (SCT 410726006). Included from CID 7702."""

OpticRadiation: _Final[_Code] = _Code("SCT", "70105001", "optic radiation", (7153, 7702))
"""optic radiation (SCT 70105001). Included from CID 7702."""

InferiorOpticRadiationMeyerLoop: _Final[_Code] = _Code(
    "NEU", "1466", "inferior optic radiation (Meyer's loop)", (7702,)
)
"""inferior optic radiation (Meyer's loop) (NEU 1466). Included from CID 7702."""

SuperiorOpticRadiationBaumLoop: _Final[_Code] = _Code(
    "NEU", "3473", "superior optic radiation (Baum's loop)", (7702,)
)
"""superior optic radiation (Baum's loop) (NEU 3473). Included from CID 7702."""

AnteriorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "1726", "anterior thalamic radiation", (7702,)
)
"""anterior thalamic radiation (NEU 1726). Included from CID 7702."""

SuperiorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2081", "superior thalamic radiation", (7702,)
)
"""superior thalamic radiation (NEU 2081). Included from CID 7702."""

InferiorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2082", "inferior thalamic radiation", (7702,)
)
"""inferior thalamic radiation (NEU 2082). Included from CID 7702."""

PosteriorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2083", "posterior thalamic radiation", (7702,)
)
"""posterior thalamic radiation (NEU 2083). Included from CID 7702."""

SuperiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "NEU", "2080", "superior longitudinal fasciculus", (7703,)
)
"""superior longitudinal fasciculus (NEU 2080). Included from CID 7703."""

SuperiorLongitudinalFasciculusI: _Final[_Code] = _Code(
    "DCM", "110703", "superior longitudinal fasciculus I", (7703,)
)
"""superior longitudinal fasciculus I (DCM 110703). Included from CID 7703."""

SuperiorLongitudinalFasciculusII: _Final[_Code] = _Code(
    "DCM", "110704", "superior longitudinal fasciculus II", (7703,)
)
"""superior longitudinal fasciculus II (DCM 110704). Included from CID 7703."""

SuperiorLongitudinalFasciculusIII: _Final[_Code] = _Code(
    "DCM", "110705", "superior longitudinal fasciculus III", (7703,)
)
"""superior longitudinal fasciculus III (DCM 110705). Included from CID 7703."""

ArcuateFasciculus: _Final[_Code] = _Code("NEU", "2063", "arcuate fasciculus", (7703,))
"""arcuate fasciculus (NEU 2063). Included from CID 7703."""

InferiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "55233005", "inferior longitudinal fasciculus", (7153, 7703)
)
"""inferior longitudinal fasciculus (SCT 55233005). Included from CID 7703."""

SuperiorFrontoOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "13958008", "superior fronto-occipital fasciculus", (7703,)
)
"""superior fronto-occipital fasciculus (SCT 13958008). Included from CID 7703."""

InferiorFrontoOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "35664009", "inferior fronto-occipital fasciculus", (7703,)
)
"""inferior fronto-occipital fasciculus (SCT 35664009). Included from CID 7703."""

UncinateFasciculus: _Final[_Code] = _Code("SCT", "26230003", "uncinate fasciculus", (7153, 7703))
"""uncinate fasciculus (SCT 26230003). Included from CID 7703."""

VerticalOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "80434005", "vertical occipital fasciculus", (7703,)
)
"""vertical occipital fasciculus (SCT 80434005). Included from CID 7703."""

Cingulum: _Final[_Code] = _Code("SCT", "37035000", "cingulum", (7153, 7704))
"""cingulum (SCT 37035000). Included from CID 7704."""

Fornix: _Final[_Code] = _Code("SCT", "87463005", "fornix", (7153, 7704))
"""fornix (SCT 87463005). Included from CID 7704."""

StriaTerminalis: _Final[_Code] = _Code("NEU", "286", "stria terminalis", (7704,))
"""stria terminalis (NEU 286). Included from CID 7704."""

AnteriorCommissure: _Final[_Code] = _Code("SCT", "62872008", "anterior commissure", (7101, 7705))
"""anterior commissure (SCT 62872008). Included from CID 7705."""

CorpusCallosum: _Final[_Code] = _Code("SCT", "88442005", "corpus callosum", (7153, 7705))
"""corpus callosum (SCT 88442005). Included from CID 7705."""

GenuOfCorpusCallosum: _Final[_Code] = _Code("SCT", "70215001", "genu of corpus callosum", (7705,))
"""genu of corpus callosum (SCT 70215001). Included from CID 7705."""

SpleniumOfCorpusCallosum: _Final[_Code] = _Code(
    "SCT", "23347006", "splenium of corpus callosum", (7705,)
)
"""splenium of corpus callosum (SCT 23347006). Included from CID 7705."""

TapetumOfCorpusCallosum: _Final[_Code] = _Code(
    "SCT", "60105000", "tapetum of corpus callosum", (7705,)
)
"""tapetum of corpus callosum (SCT 60105000). Included from CID 7705."""

ForcepsMinor: _Final[_Code] = _Code("SCT", "42932006", "forceps minor", (7705,))
"""forceps minor (SCT 42932006). Included from CID 7705."""

ForcepsMajor: _Final[_Code] = _Code("SCT", "80049006", "forceps major", (7705,))
"""forceps major (SCT 80049006). Included from CID 7705."""

PosteriorCommissure: _Final[_Code] = _Code(
    "SCT", "279336005", "posterior commissure", (7101, 7153, 7705)
)
"""posterior commissure (SCT 279336005). Included from CID 7705."""

HabenularCommissure: _Final[_Code] = _Code("SCT", "6866008", "habenular commissure", (7705,))
"""habenular commissure (SCT 6866008). Included from CID 7705."""

OlfactoryTract: _Final[_Code] = _Code("SCT", "3960005", "olfactory tract", (7706,))
"""olfactory tract (SCT 3960005). Included from CID 7706."""

OpticNerve: _Final[_Code] = _Code("SCT", "18234004", "optic nerve", (7706,))
"""optic nerve (SCT 18234004). Included from CID 7706."""

OculomotorNerve: _Final[_Code] = _Code("SCT", "56193007", "oculomotor nerve", (7706,))
"""oculomotor nerve (SCT 56193007). Included from CID 7706."""

TrochlearNerve: _Final[_Code] = _Code("SCT", "39322007", "trochlear nerve", (7706,))
"""trochlear nerve (SCT 39322007). Included from CID 7706."""

TrigeminalNerve: _Final[_Code] = _Code("SCT", "27612005", "trigeminal nerve", (7706,))
"""trigeminal nerve (SCT 27612005). Included from CID 7706."""

AbducensNerve: _Final[_Code] = _Code("SCT", "80622005", "abducens nerve", (7706,))
"""abducens nerve (SCT 80622005). Included from CID 7706."""

FacialNerve: _Final[_Code] = _Code("SCT", "56052001", "facial nerve", (7706,))
"""facial nerve (SCT 56052001). Included from CID 7706."""

VestibulocochlearNerve: _Final[_Code] = _Code("SCT", "8598002", "vestibulocochlear nerve", (7706,))
"""vestibulocochlear nerve (SCT 8598002). Included from CID 7706."""

GlossopharyngealNerve: _Final[_Code] = _Code("SCT", "21161002", "glossopharyngeal nerve", (7706,))
"""glossopharyngeal nerve (SCT 21161002). Included from CID 7706."""

VagusNerve: _Final[_Code] = _Code("SCT", "88882009", "vagus nerve", (7167, 7706))
"""vagus nerve (SCT 88882009). Included from CID 7706."""

AccessoryNerve: _Final[_Code] = _Code("SCT", "15119000", "accessory nerve", (7706,))
"""accessory nerve (SCT 15119000). Included from CID 7706."""

HypoglossalNerve: _Final[_Code] = _Code("SCT", "37899009", "hypoglossal nerve", (7706,))
"""hypoglossal nerve (SCT 37899009). Included from CID 7706."""

DorsalFuniculus: _Final[_Code] = _Code("SCT", "59752008", "dorsal funiculus", (7707,))
"""dorsal funiculus (SCT 59752008). Included from CID 7707."""

VentralFuniculus: _Final[_Code] = _Code("SCT", "31701002", "ventral funiculus", (7707,))
"""ventral funiculus (SCT 31701002). Included from CID 7707."""

LateralFuniculus: _Final[_Code] = _Code("SCT", "14892003", "lateral funiculus", (7707,))
"""lateral funiculus (SCT 14892003). Included from CID 7707."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CerebellarWhiteMatter,
    CerebralWhiteMatter,
    SpinalCordWhiteMatter,
    WhiteMatterOfBrainAndSpinalCord,
    PerilesionalWhiteMatter,
    PeripheralNerve,
    SkeletalMuscle,
    CardiacMuscle,
    Phantom,
    SuperiorCerebellarPeduncle,
    MiddleCerebellarPeduncle,
    InferiorCerebellarPeduncle,
    CorticospinalTractInBrainstem,
    MedialLemniscus,
    LateralLemniscus,
    MedialLongitudinalFasciculus,
    CorticobulbarTract,
    CorticospinalTract,
    InternalCapsule,
    ExternalCapsule,
    AuditoryRadiation,
    OpticRadiation,
    InferiorOpticRadiationMeyerLoop,
    SuperiorOpticRadiationBaumLoop,
    AnteriorThalamicRadiation,
    SuperiorThalamicRadiation,
    InferiorThalamicRadiation,
    PosteriorThalamicRadiation,
    SuperiorLongitudinalFasciculus,
    SuperiorLongitudinalFasciculusI,
    SuperiorLongitudinalFasciculusII,
    SuperiorLongitudinalFasciculusIII,
    ArcuateFasciculus,
    InferiorLongitudinalFasciculus,
    SuperiorFrontoOccipitalFasciculus,
    InferiorFrontoOccipitalFasciculus,
    UncinateFasciculus,
    VerticalOccipitalFasciculus,
    Cingulum,
    Fornix,
    StriaTerminalis,
    AnteriorCommissure,
    CorpusCallosum,
    GenuOfCorpusCallosum,
    SpleniumOfCorpusCallosum,
    TapetumOfCorpusCallosum,
    ForcepsMinor,
    ForcepsMajor,
    PosteriorCommissure,
    HabenularCommissure,
    OlfactoryTract,
    OpticNerve,
    OculomotorNerve,
    TrochlearNerve,
    TrigeminalNerve,
    AbducensNerve,
    FacialNerve,
    VestibulocochlearNerve,
    GlossopharyngealNerve,
    VagusNerve,
    AccessoryNerve,
    HypoglossalNerve,
    DorsalFuniculus,
    VentralFuniculus,
    LateralFuniculus,
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
