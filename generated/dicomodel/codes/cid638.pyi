"""CID 638 Exogenous Substance.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1103.
Includes CID 639, CID 640, CID 641, CID 642, CID 643.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Adenocarcinoma: _Final[_groups.Cid638Code]
AdenocarcinomaOfLargeIntestine: _Final[_groups.Cid638Code]
AdenocarcinomaOfLung: _Final[_groups.Cid638Code]
AdenocarcinomaOfPancreas: _Final[_groups.Cid638Code]
AdenocarcinomaOfRectum: _Final[_groups.Cid638Code]
AlveolarSoftPartSarcoma: _Final[_groups.Cid638Code]
AmelanoticMelanoma: _Final[_groups.Cid638Code]
Astrocytoma: _Final[_groups.Cid638Code]
BladderCancer: _Final[_groups.Cid638Code]
BronchioloalveolarAdenocarcinoma: _Final[_groups.Cid638Code]
CancerOfCervix: _Final[_groups.Cid638Code]
CancerOfColon: _Final[_groups.Cid638Code]
CancerOfSalivaryGland: _Final[_groups.Cid638Code]
Carcinoma: _Final[_groups.Cid638Code]
Carcinosarcoma: _Final[_groups.Cid638Code]
CarcinosarcomaOfUterus: _Final[_groups.Cid638Code]
Cystadenocarcinoma: _Final[_groups.Cid638Code]
EwingSarcoma: _Final[_groups.Cid638Code]
EwingSarcomaPeripheralNeuroectodermalTumor: _Final[_groups.Cid638Code]
Fibrosarcoma: _Final[_groups.Cid638Code]
Glioblastoma: _Final[_groups.Cid638Code]
InfiltratingDuctalCarcinomaOfBreast: _Final[_groups.Cid638Code]
LargeCellCarcinoma: _Final[_groups.Cid638Code]
Leukemia: _Final[_groups.Cid638Code]
LungCancer: _Final[_groups.Cid638Code]
MalignantMelanoma: _Final[_groups.Cid638Code]
MerkelCellCarcinoma: _Final[_groups.Cid638Code]
MalignantMesothelioma: _Final[_groups.Cid638Code]
MalignantPeripheralNerveSheathTumor: _Final[_groups.Cid638Code]
MixedSmallCellCarcinoma: _Final[_groups.Cid638Code]
NeuroendocrineTumor: _Final[_groups.Cid638Code]
NonSmallCellCarcinoma: _Final[_groups.Cid638Code]
NonSmallCellLungCancer: _Final[_groups.Cid638Code]
NonUterineLeiomyosarcoma: _Final[_groups.Cid638Code]
Osteosarcoma: _Final[_groups.Cid638Code]
OvarianCancer: _Final[_groups.Cid638Code]
PapillaryThyroidCarcinoma: _Final[_groups.Cid638Code]
RenalCellCarcinoma: _Final[_groups.Cid638Code]
Sarcoma: _Final[_groups.Cid638Code]
SarcomaOfSoftTissue: _Final[_groups.Cid638Code]
SmallCellCarcinoma: _Final[_groups.Cid638Code]
SoftTissueSarcomaExcludingRhabdomyosarcoma: _Final[_groups.Cid638Code]
SpindleCellCarcinoma: _Final[_groups.Cid638Code]
SquamousCellCarcinoma: _Final[_groups.Cid638Code]
SquamousCellCarcinomaOfAnus: _Final[_groups.Cid638Code]
SquamousCellCarcinomaOfHeadAndNeck: _Final[_groups.Cid638Code]
SquamousCellCarcinomaOfLaryngealCartilage: _Final[_groups.Cid638Code]
SquamousCellCarcinomaOfLung: _Final[_groups.Cid638Code]
SquamousCellCarcinomaOfMouth: _Final[_groups.Cid638Code]
SquamousCellCarcinomaOfSkin: _Final[_groups.Cid638Code]
TransitionalCellCarcinoma: _Final[_groups.Cid638Code]
HumanAlphaSynucleinPreformedFibrils: _Final[_groups.Cid638Code]
MouseAlphaSynucleinPreformedFibrils: _Final[_groups.Cid638Code]
HumanTauPreformedFibrils: _Final[_groups.Cid638Code]
MouseTauPreformedFibrils: _Final[_groups.Cid638Code]
TheilerMurineEncephalomyelitisVirus: _Final[_groups.Cid638Code]
AdenoAssociatedVirusGroup: _Final[_groups.Cid638Code]
TumorNecrosisFactorAlpha: _Final[_groups.Cid638Code]
InterferonGamma: _Final[_groups.Cid638Code]
VascularEndothelialGrowthFactor: _Final[_groups.Cid638Code]
Lysophosphatidylcholine: _Final[_groups.Cid638Code]
EthidiumBromide: _Final[_groups.Cid638Code]
V6Hydroxydopamine: _Final[_groups.Cid638Code]
Lipopolysaccharide: _Final[_groups.Cid638Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid638Code]]
