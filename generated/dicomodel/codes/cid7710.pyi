"""CID 7710 Tractography Anatomic Site.

Extensible, version 20221224, UID 1.2.840.10008.6.1.1020.
Includes CID 7701, CID 7702, CID 7703, CID 7704, CID 7705, CID 7706, CID 7707.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CerebellarWhiteMatter: _Final[_groups.Cid7710Code]
CerebralWhiteMatter: _Final[_groups.Cid7710Code]
SpinalCordWhiteMatter: _Final[_groups.Cid7710Code]
WhiteMatterOfBrainAndSpinalCord: _Final[_groups.Cid7710Code]
PerilesionalWhiteMatter: _Final[_groups.Cid7710Code]
PeripheralNerve: _Final[_groups.Cid7710Code]
SkeletalMuscle: _Final[_groups.Cid7710Code]
CardiacMuscle: _Final[_groups.Cid7710Code]
Phantom: _Final[_groups.Cid7710Code]
SuperiorCerebellarPeduncle: _Final[_groups.Cid7710Code]
MiddleCerebellarPeduncle: _Final[_groups.Cid7710Code]
InferiorCerebellarPeduncle: _Final[_groups.Cid7710Code]
CorticospinalTractInBrainstem: _Final[_groups.Cid7710Code]
MedialLemniscus: _Final[_groups.Cid7710Code]
LateralLemniscus: _Final[_groups.Cid7710Code]
MedialLongitudinalFasciculus: _Final[_groups.Cid7710Code]
CorticobulbarTract: _Final[_groups.Cid7710Code]
CorticospinalTract: _Final[_groups.Cid7710Code]
InternalCapsule: _Final[_groups.Cid7710Code]
ExternalCapsule: _Final[_groups.Cid7710Code]
AuditoryRadiation: _Final[_groups.Cid7710Code]
OpticRadiation: _Final[_groups.Cid7710Code]
InferiorOpticRadiationMeyerLoop: _Final[_groups.Cid7710Code]
SuperiorOpticRadiationBaumLoop: _Final[_groups.Cid7710Code]
AnteriorThalamicRadiation: _Final[_groups.Cid7710Code]
SuperiorThalamicRadiation: _Final[_groups.Cid7710Code]
InferiorThalamicRadiation: _Final[_groups.Cid7710Code]
PosteriorThalamicRadiation: _Final[_groups.Cid7710Code]
SuperiorLongitudinalFasciculus: _Final[_groups.Cid7710Code]
SuperiorLongitudinalFasciculusI: _Final[_groups.Cid7710Code]
SuperiorLongitudinalFasciculusII: _Final[_groups.Cid7710Code]
SuperiorLongitudinalFasciculusIII: _Final[_groups.Cid7710Code]
ArcuateFasciculus: _Final[_groups.Cid7710Code]
InferiorLongitudinalFasciculus: _Final[_groups.Cid7710Code]
SuperiorFrontoOccipitalFasciculus: _Final[_groups.Cid7710Code]
InferiorFrontoOccipitalFasciculus: _Final[_groups.Cid7710Code]
UncinateFasciculus: _Final[_groups.Cid7710Code]
VerticalOccipitalFasciculus: _Final[_groups.Cid7710Code]
Cingulum: _Final[_groups.Cid7710Code]
Fornix: _Final[_groups.Cid7710Code]
StriaTerminalis: _Final[_groups.Cid7710Code]
AnteriorCommissure: _Final[_groups.Cid7710Code]
CorpusCallosum: _Final[_groups.Cid7710Code]
GenuOfCorpusCallosum: _Final[_groups.Cid7710Code]
SpleniumOfCorpusCallosum: _Final[_groups.Cid7710Code]
TapetumOfCorpusCallosum: _Final[_groups.Cid7710Code]
ForcepsMinor: _Final[_groups.Cid7710Code]
ForcepsMajor: _Final[_groups.Cid7710Code]
PosteriorCommissure: _Final[_groups.Cid7710Code]
HabenularCommissure: _Final[_groups.Cid7710Code]
OlfactoryTract: _Final[_groups.Cid7710Code]
OpticNerve: _Final[_groups.Cid7710Code]
OculomotorNerve: _Final[_groups.Cid7710Code]
TrochlearNerve: _Final[_groups.Cid7710Code]
TrigeminalNerve: _Final[_groups.Cid7710Code]
AbducensNerve: _Final[_groups.Cid7710Code]
FacialNerve: _Final[_groups.Cid7710Code]
VestibulocochlearNerve: _Final[_groups.Cid7710Code]
GlossopharyngealNerve: _Final[_groups.Cid7710Code]
VagusNerve: _Final[_groups.Cid7710Code]
AccessoryNerve: _Final[_groups.Cid7710Code]
HypoglossalNerve: _Final[_groups.Cid7710Code]
DorsalFuniculus: _Final[_groups.Cid7710Code]
VentralFuniculus: _Final[_groups.Cid7710Code]
LateralFuniculus: _Final[_groups.Cid7710Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7710Code]]
