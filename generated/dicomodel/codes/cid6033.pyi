"""CID 6033 Malignant Pathology Code from BI-RADS®.

Extensible, version 20230630, UID 1.2.840.10008.6.1.363.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AdenoidCysticCarcinoma: _Final[_groups.Cid6033Code]
AxillaryNodeWithLymphoma: _Final[_groups.Cid6033Code]
AxillaryNodalMetastases: _Final[_groups.Cid6033Code]
ApocrineAdenocarcinoma: _Final[_groups.Cid6033Code]
Angiosarcoma: _Final[_groups.Cid6033Code]
BasalCellCarcinomaOfNipple: _Final[_groups.Cid6033Code]
BloodVesselVascularInvasion: _Final[_groups.Cid6033Code]
MucinousAdenocarcinomaColloidCarcinoma: _Final[_groups.Cid6033Code]
CarcinomaInChildren: _Final[_groups.Cid6033Code]
Chondrosarcoma: _Final[_groups.Cid6033Code]
CarcinomaInEctopicBreast: _Final[_groups.Cid6033Code]
CarcinomaWithEndocrineDifferentiation: _Final[_groups.Cid6033Code]
Comedocarcinoma: _Final[_groups.Cid6033Code]
CarcinomaInSituOfMaleBreast: _Final[_groups.Cid6033Code]
CarcinomaWithMetaplasia: _Final[_groups.Cid6033Code]
CartilaginousAndOsseousChange: _Final[_groups.Cid6033Code]
CarcinomaInPregnancyAndLactation: _Final[_groups.Cid6033Code]
Carcinosarcoma: _Final[_groups.Cid6033Code]
IntraductalComedocarcinomaWithNecrosis: _Final[_groups.Cid6033Code]
IntraductalCarcinomaHighGrade: _Final[_groups.Cid6033Code]
IntraductalCarcinomaLowGrade: _Final[_groups.Cid6033Code]
IntraductalCarcinomaMicroPapillary: _Final[_groups.Cid6033Code]
Fibrosarcoma: _Final[_groups.Cid6033Code]
GlycogenRichCarcinoma: _Final[_groups.Cid6033Code]
Hemangiopericytoma: _Final[_groups.Cid6033Code]
HodgkinLymphoma: _Final[_groups.Cid6033Code]
InvasiveCribriformCarcinoma: _Final[_groups.Cid6033Code]
IntracysticPapillaryCarcinoma: _Final[_groups.Cid6033Code]
InfiltratingDuctCarcinoma: _Final[_groups.Cid6033Code]
InvasiveAndInSituCarcinoma: _Final[_groups.Cid6033Code]
InvasiveLobularCarcinoma: _Final[_groups.Cid6033Code]
InflammatoryCarcinoma: _Final[_groups.Cid6033Code]
PapillaryCarcinoma: _Final[_groups.Cid6033Code]
LeukemicInfiltration: _Final[_groups.Cid6033Code]
Leiomyosarcoma: _Final[_groups.Cid6033Code]
Liposarcoma: _Final[_groups.Cid6033Code]
LipidRichLipidSecretingCarcinoma: _Final[_groups.Cid6033Code]
LympathicVesselInvasion: _Final[_groups.Cid6033Code]
Lymphoma: _Final[_groups.Cid6033Code]
OccultCarcinomaPresentingWithAxillaryLymphNodeMetastases: _Final[_groups.Cid6033Code]
MetastaticCancerToTheBreast: _Final[_groups.Cid6033Code]
MetastaticCancerToTheBreastFromTheColon: _Final[_groups.Cid6033Code]
MetastaticCancerToTheBreastFromTheLung: _Final[_groups.Cid6033Code]
MetastaticMelanomaToTheBreast: _Final[_groups.Cid6033Code]
MetastaticCancerToTheBreastFromTheOvary: _Final[_groups.Cid6033Code]
MetastaticSarcomaToTheBreast: _Final[_groups.Cid6033Code]
MedullaryCarcinoma: _Final[_groups.Cid6033Code]
MultifocalIntraductalCarcinoma: _Final[_groups.Cid6033Code]
MetastaticDiseaseToAxillaryNode: _Final[_groups.Cid6033Code]
MalignantFibrousHistiocytoma: _Final[_groups.Cid6033Code]
MultifocalInvasiveDuctalCarcinoma: _Final[_groups.Cid6033Code]
MetastasisToAnIntramammaryLymphNode: _Final[_groups.Cid6033Code]
MalignantMelanomaOfNipple: _Final[_groups.Cid6033Code]
NonHodgkinLymphoma: _Final[_groups.Cid6033Code]
NeoplasmOfTheMammarySkin: _Final[_groups.Cid6033Code]
Osteosarcoma: _Final[_groups.Cid6033Code]
PapillaryCarcinomaInSitu: _Final[_groups.Cid6033Code]
PagetDiseaseMammary: _Final[_groups.Cid6033Code]
Plasmacytoma: _Final[_groups.Cid6033Code]
PhyllodesTumorMalignant: _Final[_groups.Cid6033Code]
RecurrentMalignancy: _Final[_groups.Cid6033Code]
SignetRingCellCarcinoma: _Final[_groups.Cid6033Code]
SquamousCellCarcinomaOfTheNipple: _Final[_groups.Cid6033Code]
SpindleCellNodule: _Final[_groups.Cid6033Code]
SecretoryJuvenileCarcinomaOfTheBreast: _Final[_groups.Cid6033Code]
SquamousCellCarcinoma: _Final[_groups.Cid6033Code]
TubularAdenocarcinoma: _Final[_groups.Cid6033Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6033Code]]
