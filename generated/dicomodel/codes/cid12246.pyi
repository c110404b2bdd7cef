"""CID 12246 Cardiac Ultrasound Indication for Study.

Extensible, version 20100317, UID 1.2.840.10008.6.1.827.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Fever: _Final[_groups.Cid12246Code]
Hemoptysis: _Final[_groups.Cid12246Code]
Murmur: _Final[_groups.Cid12246Code]
CongenitalHeartDisease: _Final[_groups.Cid12246Code]
ChestPain: _Final[_groups.Cid12246Code]
CoronaryArteryDisease: _Final[_groups.Cid12246Code]
HeartDiseaseRiskFactors: _Final[_groups.Cid12246Code]
Dyspnea: _Final[_groups.Cid12246Code]
AbnormalECG: _Final[_groups.Cid12246Code]
Arrhythmia: _Final[_groups.Cid12246Code]
AnginaPectoris: _Final[_groups.Cid12246Code]
Hypertension: _Final[_groups.Cid12246Code]
Palpitations: _Final[_groups.Cid12246Code]
SupraventricularTachycardia: _Final[_groups.Cid12246Code]
Syncope: _Final[_groups.Cid12246Code]
LeftBundleBranchBlock: _Final[_groups.Cid12246Code]
ValvularHeartDisease: _Final[_groups.Cid12246Code]
ImagingGuidance: _Final[_groups.Cid12246Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12246Code]]
