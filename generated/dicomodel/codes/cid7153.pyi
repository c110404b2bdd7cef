"""CID 7153 CNS Segmentation Type.

Extensible, version 20220402, UID 1.2.840.10008.6.1.499.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Adenohypophysis: _Final[_groups.Cid7153Code]
Amygdala: _Final[_groups.Cid7153Code]
Arachnoid: _Final[_groups.Cid7153Code]
ArcuateFasciculus: _Final[_groups.Cid7153Code]
Brain: _Final[_groups.Cid7153Code]
BrainCerebrospinalFluidPathway: _Final[_groups.Cid7153Code]
BrainStem: _Final[_groups.Cid7153Code]
BrainVentricle: _Final[_groups.Cid7153Code]
CaudateNucleus: _Final[_groups.Cid7153Code]
CentralNervousSystem: _Final[_groups.Cid7153Code]
CerebellarWhiteMatter: _Final[_groups.Cid7153Code]
Cerebellum: _Final[_groups.Cid7153Code]
CerebralAqueduct: _Final[_groups.Cid7153Code]
CerebralCortex: _Final[_groups.Cid7153Code]
CerebralFornix: _Final[_groups.Cid7153Code]
CerebralHemisphere: _Final[_groups.Cid7153Code]
CerebralWhiteMatter: _Final[_groups.Cid7153Code]
CerebrospinalFluid: _Final[_groups.Cid7153Code]
Cingulum: _Final[_groups.Cid7153Code]
CorpusCallosum: _Final[_groups.Cid7153Code]
CorpusStriatum: _Final[_groups.Cid7153Code]
Diencephalon: _Final[_groups.Cid7153Code]
DuraMater: _Final[_groups.Cid7153Code]
EntorhinalCortex: _Final[_groups.Cid7153Code]
FourthVentricle: _Final[_groups.Cid7153Code]
FrontalLobe: _Final[_groups.Cid7153Code]
GlobusPallidus: _Final[_groups.Cid7153Code]
GrayMatter: _Final[_groups.Cid7153Code]
Hippocampus: _Final[_groups.Cid7153Code]
InferiorCerebellarPeduncle: _Final[_groups.Cid7153Code]
InferiorLongitudinalFasciculus: _Final[_groups.Cid7153Code]
Insula: _Final[_groups.Cid7153Code]
LateralCorticospinalTract: _Final[_groups.Cid7153Code]
LateralVentricle: _Final[_groups.Cid7153Code]
LimbicLobe: _Final[_groups.Cid7153Code]
MedialLemniscus: _Final[_groups.Cid7153Code]
Meninges: _Final[_groups.Cid7153Code]
Midbrain: _Final[_groups.Cid7153Code]
MiddleCerebellarPeduncle: _Final[_groups.Cid7153Code]
NucleusAccumbens: _Final[_groups.Cid7153Code]
Neurohypophysis: _Final[_groups.Cid7153Code]
OccipitalLobe: _Final[_groups.Cid7153Code]
OpticChiasm: _Final[_groups.Cid7153Code]
OpticRadiation: _Final[_groups.Cid7153Code]
OpticTract: _Final[_groups.Cid7153Code]
ParietalLobe: _Final[_groups.Cid7153Code]
PiaMater: _Final[_groups.Cid7153Code]
PinealGland: _Final[_groups.Cid7153Code]
Pituitary: _Final[_groups.Cid7153Code]
PosteriorCerebralCommissure: _Final[_groups.Cid7153Code]
Putamen: _Final[_groups.Cid7153Code]
SpinalCerebrospinalFluidPathway: _Final[_groups.Cid7153Code]
SpinalCord: _Final[_groups.Cid7153Code]
SpinalCordGrayMatter: _Final[_groups.Cid7153Code]
SpinalCordWhiteMatter: _Final[_groups.Cid7153Code]
SubarachnoidSpace: _Final[_groups.Cid7153Code]
SubcorticalGrayMatter: _Final[_groups.Cid7153Code]
SubstantiaNigra: _Final[_groups.Cid7153Code]
SuperiorCerebellarPeduncle: _Final[_groups.Cid7153Code]
SuperiorLongitudinalFasciculus: _Final[_groups.Cid7153Code]
Telencephalon: _Final[_groups.Cid7153Code]
TemporalLobe: _Final[_groups.Cid7153Code]
Thalamus: _Final[_groups.Cid7153Code]
ThirdVentricle: _Final[_groups.Cid7153Code]
UncinateFasciculus: _Final[_groups.Cid7153Code]
WhiteMatter: _Final[_groups.Cid7153Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7153Code]]
