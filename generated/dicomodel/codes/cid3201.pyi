"""CID 3201 Indications for Stress Test.

Extensible, version 20240611, UID 1.2.840.10008.6.1.756.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ChestPain: _Final[_groups.Cid3201Code]
PreOperative: _Final[_groups.Cid3201Code]
CoronaryArteryDisease: _Final[_groups.Cid3201Code]
HeartFailure: _Final[_groups.Cid3201Code]
HeartDiseaseRiskFactors: _Final[_groups.Cid3201Code]
Dyspnea: _Final[_groups.Cid3201Code]
PostPTCA: _Final[_groups.Cid3201Code]
HistoryOfCABG: _Final[_groups.Cid3201Code]
AbnormalExerciseToleranceTest: _Final[_groups.Cid3201Code]
AbnormalECG: _Final[_groups.Cid3201Code]
Arrhythmia: _Final[_groups.Cid3201Code]
AnginaPectoris: _Final[_groups.Cid3201Code]
Hypertension: _Final[_groups.Cid3201Code]
Palpitations: _Final[_groups.Cid3201Code]
SupraventricularTachycardia: _Final[_groups.Cid3201Code]
Syncope: _Final[_groups.Cid3201Code]
HistoryOfMyocardialInfarction: _Final[_groups.Cid3201Code]
LeftBundleBranchBlock: _Final[_groups.Cid3201Code]
ValvularHeartDisease: _Final[_groups.Cid3201Code]
OccupationalRequirement: _Final[_groups.Cid3201Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3201Code]]
