"""CID 639 Tumor Graft Histologic Type.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1104.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Adenocarcinoma: _Final[_groups.Cid639Code]
AdenocarcinomaOfLargeIntestine: _Final[_groups.Cid639Code]
AdenocarcinomaOfLung: _Final[_groups.Cid639Code]
AdenocarcinomaOfPancreas: _Final[_groups.Cid639Code]
AdenocarcinomaOfRectum: _Final[_groups.Cid639Code]
AlveolarSoftPartSarcoma: _Final[_groups.Cid639Code]
AmelanoticMelanoma: _Final[_groups.Cid639Code]
Astrocytoma: _Final[_groups.Cid639Code]
BladderCancer: _Final[_groups.Cid639Code]
BronchioloalveolarAdenocarcinoma: _Final[_groups.Cid639Code]
CancerOfCervix: _Final[_groups.Cid639Code]
CancerOfColon: _Final[_groups.Cid639Code]
CancerOfSalivaryGland: _Final[_groups.Cid639Code]
Carcinoma: _Final[_groups.Cid639Code]
Carcinosarcoma: _Final[_groups.Cid639Code]
CarcinosarcomaOfUterus: _Final[_groups.Cid639Code]
Cystadenocarcinoma: _Final[_groups.Cid639Code]
EwingSarcoma: _Final[_groups.Cid639Code]
EwingSarcomaPeripheralNeuroectodermalTumor: _Final[_groups.Cid639Code]
Fibrosarcoma: _Final[_groups.Cid639Code]
Glioblastoma: _Final[_groups.Cid639Code]
InfiltratingDuctalCarcinomaOfBreast: _Final[_groups.Cid639Code]
LargeCellCarcinoma: _Final[_groups.Cid639Code]
Leukemia: _Final[_groups.Cid639Code]
LungCancer: _Final[_groups.Cid639Code]
MalignantMelanoma: _Final[_groups.Cid639Code]
MerkelCellCarcinoma: _Final[_groups.Cid639Code]
MalignantMesothelioma: _Final[_groups.Cid639Code]
MalignantPeripheralNerveSheathTumor: _Final[_groups.Cid639Code]
MixedSmallCellCarcinoma: _Final[_groups.Cid639Code]
NeuroendocrineTumor: _Final[_groups.Cid639Code]
NonSmallCellCarcinoma: _Final[_groups.Cid639Code]
NonSmallCellLungCancer: _Final[_groups.Cid639Code]
NonUterineLeiomyosarcoma: _Final[_groups.Cid639Code]
Osteosarcoma: _Final[_groups.Cid639Code]
OvarianCancer: _Final[_groups.Cid639Code]
PapillaryThyroidCarcinoma: _Final[_groups.Cid639Code]
RenalCellCarcinoma: _Final[_groups.Cid639Code]
Sarcoma: _Final[_groups.Cid639Code]
SarcomaOfSoftTissue: _Final[_groups.Cid639Code]
SmallCellCarcinoma: _Final[_groups.Cid639Code]
SoftTissueSarcomaExcludingRhabdomyosarcoma: _Final[_groups.Cid639Code]
SpindleCellCarcinoma: _Final[_groups.Cid639Code]
SquamousCellCarcinoma: _Final[_groups.Cid639Code]
SquamousCellCarcinomaOfAnus: _Final[_groups.Cid639Code]
SquamousCellCarcinomaOfHeadAndNeck: _Final[_groups.Cid639Code]
SquamousCellCarcinomaOfLaryngealCartilage: _Final[_groups.Cid639Code]
SquamousCellCarcinomaOfLung: _Final[_groups.Cid639Code]
SquamousCellCarcinomaOfMouth: _Final[_groups.Cid639Code]
SquamousCellCarcinomaOfSkin: _Final[_groups.Cid639Code]
TransitionalCellCarcinoma: _Final[_groups.Cid639Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid639Code]]
