"""CID 7153 CNS Segmentation Type.

Extensible, version 20220402, UID 1.2.840.10008.6.1.499.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7153
NAME: _Final[str] = "CNS Segmentation Type"
KEYWORD: _Final[str | None] = "CNSSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.499"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Adenohypophysis: _Final[_Code] = _Code("SCT", "62818001", "Adenohypophysis", (7153,))
"""Adenohypophysis (SCT 62818001)."""

Amygdala: _Final[_Code] = _Code("SCT", "4958002", "Amygdala", (7140, 7153))
"""Amygdala (SCT 4958002)."""

Arachnoid: _Final[_Code] = _Code("SCT", "75042008", "Arachnoid", (7153,))
"""Arachnoid (SCT 75042008)."""

ArcuateFasciculus: _Final[_Code] = _Code("FMA", "276650", "Arcuate Fasciculus", (7153,))
"""Arcuate Fasciculus (FMA 276650)."""

Brain: _Final[_Code] = _Code("SCT", "12738006", "Brain", (644, 645, 4030, 7153, 10044))
"""Brain (SCT 12738006)."""

BrainCerebrospinalFluidPathway: _Final[_Code] = _Code(
    "SCT", "280371009", "Brain cerebrospinal fluid pathway", (7153,)
)
"""Brain cerebrospinal fluid pathway (SCT 280371009)."""

BrainStem: _Final[_Code] = _Code("SCT", "119238007", "Brain stem", (7140, 7153))
"""Brain stem (SCT 119238007)."""

BrainVentricle: _Final[_Code] = _Code("SCT", "35764002", "Brain ventricle", (7153,))
"""Brain ventricle (SCT 35764002)."""

CaudateNucleus: _Final[_Code] = _Code("SCT", "11000004", "Caudate nucleus", (7140, 7153))
"""Caudate nucleus (SCT 11000004)."""

CentralNervousSystem: _Final[_Code] = _Code(
    "SCT", "21483005", "Central nervous system", (645, 7153)
)
"""Central nervous system (SCT 21483005)."""

CerebellarWhiteMatter: _Final[_Code] = _Code(
    "SCT", "33060004", "Cerebellar white matter", (7140, 7153, 7710)
)
"""Cerebellar white matter (SCT 33060004)."""

Cerebellum: _Final[_Code] = _Code(
    "SCT", "113305005", "Cerebellum", (4030, 7140, 7153, 12020, 12022)
)
"""Cerebellum (SCT 113305005)."""

CerebralAqueduct: _Final[_Code] = _Code("SCT", "80447000", "Cerebral aqueduct", (7153,))
"""Cerebral aqueduct (SCT 80447000)."""

CerebralCortex: _Final[_Code] = _Code("SCT", "40146001", "Cerebral cortex", (7140, 7153))
"""Cerebral cortex (SCT 40146001)."""

CerebralFornix: _Final[_Code] = _Code("SCT", "87463005", "Cerebral fornix", (7153, 7704))
"""Cerebral fornix (SCT 87463005)."""

CerebralHemisphere: _Final[_Code] = _Code("SCT", "372073000", "Cerebral hemisphere", (7153, 12022))
"""Cerebral hemisphere (SCT 372073000)."""

CerebralWhiteMatter: _Final[_Code] = _Code(
    "SCT", "68523003", "Cerebral White Matter", (7140, 7153, 7710)
)
"""Cerebral White Matter (SCT 68523003)."""

CerebrospinalFluid: _Final[_Code] = _Code("SCT", "65216001", "Cerebrospinal Fluid", (7153,))
"""Cerebrospinal Fluid (SCT 65216001)."""

Cingulum: _Final[_Code] = _Code("SCT", "37035000", "Cingulum", (7153, 7704))
"""Cingulum (SCT 37035000)."""

CorpusCallosum: _Final[_Code] = _Code("SCT", "88442005", "Corpus callosum", (7153, 7705))
"""Corpus callosum (SCT 88442005)."""

CorpusStriatum: _Final[_Code] = _Code("SCT", "31428008", "Corpus striatum", (7153,))
"""Corpus striatum (SCT 31428008)."""

Diencephalon: _Final[_Code] = _Code("SCT", "87563008", "Diencephalon", (7153,))
"""Diencephalon (SCT 87563008)."""

DuraMater: _Final[_Code] = _Code("SCT", "18545000", "Dura mater", (5, 7153))
"""Dura mater (SCT 18545000)."""

EntorhinalCortex: _Final[_Code] = _Code("SCT", "3937002", "Entorhinal Cortex", (7153,))
"""Entorhinal Cortex (SCT 3937002)."""

FourthVentricle: _Final[_Code] = _Code("SCT", "35918002", "Fourth ventricle", (7140, 7153))
"""Fourth ventricle (SCT 35918002)."""

FrontalLobe: _Final[_Code] = _Code("SCT", "83251001", "Frontal lobe", (7153,))
"""Frontal lobe (SCT 83251001)."""

GlobusPallidus: _Final[_Code] = _Code("SCT", "14738005", "Globus pallidus", (7140, 7153))
"""Globus pallidus (SCT 14738005)."""

GrayMatter: _Final[_Code] = _Code("SCT", "389081007", "Gray Matter", (7153,))
"""Gray Matter (SCT 389081007)."""

Hippocampus: _Final[_Code] = _Code("SCT", "5366008", "Hippocampus", (7140, 7153))
"""Hippocampus (SCT 5366008)."""

InferiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "67701001", "Inferior cerebellar peduncle", (7153, 7701)
)
"""Inferior cerebellar peduncle (SCT 67701001)."""

InferiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "55233005", "Inferior longitudinal fasciculus", (7153, 7703)
)
"""Inferior longitudinal fasciculus (SCT 55233005)."""

Insula: _Final[_Code] = _Code("SCT", "36169008", "Insula", (7153,))
"""Insula (SCT 36169008)."""

LateralCorticospinalTract: _Final[_Code] = _Code(
    "SCT", "461002", "Lateral corticospinal tract", (7153,)
)
"""Lateral corticospinal tract (SCT 461002)."""

LateralVentricle: _Final[_Code] = _Code("SCT", "66720007", "Lateral ventricle", (7140, 7153, 12022))
"""Lateral ventricle (SCT 66720007)."""

LimbicLobe: _Final[_Code] = _Code("SCT", "279215006", "Limbic lobe", (7153,))
"""Limbic lobe (SCT 279215006)."""

MedialLemniscus: _Final[_Code] = _Code("SCT", "30114003", "Medial Lemniscus", (7153, 7701))
"""Medial Lemniscus (SCT 30114003)."""

Meninges: _Final[_Code] = _Code("SCT", "1231004", "Meninges", (7153,))
"""Meninges (SCT 1231004)."""

Midbrain: _Final[_Code] = _Code("SCT", "61962009", "Midbrain", (7153,))
"""Midbrain (SCT 61962009)."""

MiddleCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "33723005", "Middle cerebellar peduncle", (7153, 7701)
)
"""Middle cerebellar peduncle (SCT 33723005)."""

NucleusAccumbens: _Final[_Code] = _Code("SCT", "427667007", "Nucleus accumbens", (7140, 7153))
"""Nucleus accumbens (SCT 427667007)."""

Neurohypophysis: _Final[_Code] = _Code("SCT", "37512009", "Neurohypophysis", (7153,))
"""Neurohypophysis (SCT 37512009)."""

OccipitalLobe: _Final[_Code] = _Code("SCT", "31065004", "Occipital lobe", (7153,))
"""Occipital lobe (SCT 31065004)."""

OpticChiasm: _Final[_Code] = _Code("SCT", "244453006", "Optic chiasm", (7153,))
"""Optic chiasm (SCT 244453006)."""

OpticRadiation: _Final[_Code] = _Code("SCT", "70105001", "Optic radiation", (7153, 7702))
"""Optic radiation (SCT 70105001)."""

OpticTract: _Final[_Code] = _Code("SCT", "53238003", "Optic tract", (7153,))
"""Optic tract (SCT 53238003)."""

ParietalLobe: _Final[_Code] = _Code("SCT", "16630005", "Parietal lobe", (7153,))
"""Parietal lobe (SCT 16630005)."""

PiaMater: _Final[_Code] = _Code("SCT", "23180006", "Pia mater", (5, 7153))
"""Pia mater (SCT 23180006)."""

PinealGland: _Final[_Code] = _Code("SCT", "45793000", "Pineal Gland", (7153,))
"""Pineal Gland (SCT 45793000)."""

Pituitary: _Final[_Code] = _Code("SCT", "56329008", "Pituitary", (7153,))
"""Pituitary (SCT 56329008)."""

PosteriorCerebralCommissure: _Final[_Code] = _Code(
    "SCT", "279336005", "Posterior cerebral commissure", (7101, 7153, 7705)
)
"""Posterior cerebral commissure (SCT 279336005)."""

Putamen: _Final[_Code] = _Code("SCT", "89278009", "Putamen", (7140, 7153))
"""Putamen (SCT 89278009)."""

SpinalCerebrospinalFluidPathway: _Final[_Code] = _Code(
    "SCT", "280401006", "Spinal cerebrospinal fluid pathway", (7153,)
)
"""Spinal cerebrospinal fluid pathway (SCT 280401006)."""

SpinalCord: _Final[_Code] = _Code("SCT", "2748008", "Spinal cord", (4, 7153))
"""Spinal cord (SCT 2748008)."""

SpinalCordGrayMatter: _Final[_Code] = _Code("SCT", "12958003", "Spinal cord gray matter", (7153,))
"""Spinal cord gray matter (SCT 12958003)."""

SpinalCordWhiteMatter: _Final[_Code] = _Code(
    "SCT", "27088001", "Spinal cord white matter", (7153, 7710)
)
"""Spinal cord white matter (SCT 27088001)."""

SubarachnoidSpace: _Final[_Code] = _Code("SCT", "35951006", "Subarachnoid space", (7153,))
"""Subarachnoid space (SCT 35951006)."""

SubcorticalGrayMatter: _Final[_Code] = _Code("FMA", "223151", "Subcortical gray matter", (7153,))
"""Subcortical gray matter (FMA 223151)."""

SubstantiaNigra: _Final[_Code] = _Code("SCT", "70007007", "Substantia nigra", (7153,))
"""Substantia nigra (SCT 70007007)."""

SuperiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "11089000", "Superior cerebellar peduncle", (7153, 7701)
)
"""Superior cerebellar peduncle (SCT 11089000)."""

SuperiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "89202009", "Superior longitudinal fasciculus", (7153,)
)
"""Superior longitudinal fasciculus (SCT 89202009)."""

Telencephalon: _Final[_Code] = _Code("SCT", "11628009", "Telencephalon", (7153,))
"""Telencephalon (SCT 11628009)."""

TemporalLobe: _Final[_Code] = _Code("SCT", "78277001", "Temporal lobe", (7153,))
"""Temporal lobe (SCT 78277001)."""

Thalamus: _Final[_Code] = _Code("SCT", "42695009", "Thalamus", (7153,))
"""Thalamus (SCT 42695009)."""

ThirdVentricle: _Final[_Code] = _Code("SCT", "49841001", "Third ventricle", (7140, 7153))
"""Third ventricle (SCT 49841001)."""

UncinateFasciculus: _Final[_Code] = _Code("SCT", "26230003", "Uncinate fasciculus", (7153, 7703))
"""Uncinate fasciculus (SCT 26230003)."""

WhiteMatter: _Final[_Code] = _Code("SCT", "389080008", "White Matter", (7153, 7710))
"""White Matter (SCT 389080008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Adenohypophysis,
    Amygdala,
    Arachnoid,
    ArcuateFasciculus,
    Brain,
    BrainCerebrospinalFluidPathway,
    BrainStem,
    BrainVentricle,
    CaudateNucleus,
    CentralNervousSystem,
    CerebellarWhiteMatter,
    Cerebellum,
    CerebralAqueduct,
    CerebralCortex,
    CerebralFornix,
    CerebralHemisphere,
    CerebralWhiteMatter,
    CerebrospinalFluid,
    Cingulum,
    CorpusCallosum,
    CorpusStriatum,
    Diencephalon,
    DuraMater,
    EntorhinalCortex,
    FourthVentricle,
    FrontalLobe,
    GlobusPallidus,
    GrayMatter,
    Hippocampus,
    InferiorCerebellarPeduncle,
    InferiorLongitudinalFasciculus,
    Insula,
    LateralCorticospinalTract,
    LateralVentricle,
    LimbicLobe,
    MedialLemniscus,
    Meninges,
    Midbrain,
    MiddleCerebellarPeduncle,
    NucleusAccumbens,
    Neurohypophysis,
    OccipitalLobe,
    OpticChiasm,
    OpticRadiation,
    OpticTract,
    ParietalLobe,
    PiaMater,
    PinealGland,
    Pituitary,
    PosteriorCerebralCommissure,
    Putamen,
    SpinalCerebrospinalFluidPathway,
    SpinalCord,
    SpinalCordGrayMatter,
    SpinalCordWhiteMatter,
    SubarachnoidSpace,
    SubcorticalGrayMatter,
    SubstantiaNigra,
    SuperiorCerebellarPeduncle,
    SuperiorLongitudinalFasciculus,
    Telencephalon,
    TemporalLobe,
    Thalamus,
    ThirdVentricle,
    UncinateFasciculus,
    WhiteMatter,
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
