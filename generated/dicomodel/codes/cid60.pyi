"""CID 60 Imaging Agent Administration Adverse Event.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1250.
Includes CID 10043.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NauseaAndVomiting: _Final[_groups.Cid60Code]
TasteSenseAltered: _Final[_groups.Cid60Code]
Sweating: _Final[_groups.Cid60Code]
Cough: _Final[_groups.Cid60Code]
Itching: _Final[_groups.Cid60Code]
DrugRash: _Final[_groups.Cid60Code]
SensationOfBeingWarm: _Final[_groups.Cid60Code]
PallorPaleComplexion: _Final[_groups.Cid60Code]
NasalCongestion: _Final[_groups.Cid60Code]
Headache: _Final[_groups.Cid60Code]
DrugInducedFlushing: _Final[_groups.Cid60Code]
FacialSwelling: _Final[_groups.Cid60Code]
DrugInducedDizziness: _Final[_groups.Cid60Code]
ChillsAndFever: _Final[_groups.Cid60Code]
Anxiety: _Final[_groups.Cid60Code]
Shaking: _Final[_groups.Cid60Code]
TachycardiaBradycardia: _Final[_groups.Cid60Code]
Bronchospasm: _Final[_groups.Cid60Code]
Hypertension: _Final[_groups.Cid60Code]
LaryngealEdema: _Final[_groups.Cid60Code]
DiffuseInflammatoryErythema: _Final[_groups.Cid60Code]
DrugInducedHypotension: _Final[_groups.Cid60Code]
Dyspnea: _Final[_groups.Cid60Code]
EpilepticConvulsions: _Final[_groups.Cid60Code]
Hypotension: _Final[_groups.Cid60Code]
NoMotorResponseToCommand: _Final[_groups.Cid60Code]
CardiacArrhythmia: _Final[_groups.Cid60Code]
CardiorespiratoryArrest: _Final[_groups.Cid60Code]
InjectionSiteExtravasation: _Final[_groups.Cid60Code]
PatientConditionPreventedContinuing: _Final[_groups.Cid60Code]
InjectionSiteAbscess: _Final[_groups.Cid60Code]
InjectionSiteAnesthesia: _Final[_groups.Cid60Code]
InjectionSiteAtrophy: _Final[_groups.Cid60Code]
InjectionSiteBruising: _Final[_groups.Cid60Code]
InjectionSiteBurning: _Final[_groups.Cid60Code]
InjectionSiteCyst: _Final[_groups.Cid60Code]
InjectionSiteDermatitis: _Final[_groups.Cid60Code]
InjectionSiteDisorder: _Final[_groups.Cid60Code]
InjectionSiteEdema: _Final[_groups.Cid60Code]
InjectionSiteFibrosis: _Final[_groups.Cid60Code]
InjectionSiteGranuloma: _Final[_groups.Cid60Code]
InjectionSiteHemorrhage: _Final[_groups.Cid60Code]
InjectionSiteHypersensitivity: _Final[_groups.Cid60Code]
InjectionSiteInduration: _Final[_groups.Cid60Code]
InjectionSiteInfection: _Final[_groups.Cid60Code]
InjectionSiteInflammation: _Final[_groups.Cid60Code]
InjectionSiteIrritation: _Final[_groups.Cid60Code]
InjectionSiteMalabsorption: _Final[_groups.Cid60Code]
InjectionSiteMass: _Final[_groups.Cid60Code]
InjectionSiteNecrosis: _Final[_groups.Cid60Code]
InjectionSiteNerveDamage: _Final[_groups.Cid60Code]
InjectionSitePain: _Final[_groups.Cid60Code]
InjectionSiteParesthesia: _Final[_groups.Cid60Code]
InjectionSitePigmentationChange: _Final[_groups.Cid60Code]
InjectionSiteScar: _Final[_groups.Cid60Code]
InjectionSiteSterileAbscess: _Final[_groups.Cid60Code]
InjectionSiteThrombosis: _Final[_groups.Cid60Code]
InjectionSiteUlcer: _Final[_groups.Cid60Code]
InjectionSiteUrticaria: _Final[_groups.Cid60Code]
ExtravasationVisibleInImage: _Final[_groups.Cid60Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid60Code]]
