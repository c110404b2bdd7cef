"""CID 3230 ECG Finding.

Extensible, version 20230630, UID 1.2.840.10008.6.1.776.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Normal: _Final[_groups.Cid3230Code]
AtrialPrematureContraction: _Final[_groups.Cid3230Code]
VentricularPrematureContraction: _Final[_groups.Cid3230Code]
AtrialFibrillation: _Final[_groups.Cid3230Code]
SupraventricularTachycardia: _Final[_groups.Cid3230Code]
NonSustainedVentricularTachycardia: _Final[_groups.Cid3230Code]
VentricularTachycardia: _Final[_groups.Cid3230Code]
VentricularFibrillation: _Final[_groups.Cid3230Code]
IntraventricularConductionDisturbance: _Final[_groups.Cid3230Code]
LeftBundleBranchBlock: _Final[_groups.Cid3230Code]
RightBundleBranchBlock: _Final[_groups.Cid3230Code]
IncompleteLeftBundleBranchBlock: _Final[_groups.Cid3230Code]
IncompleteRightBundleBranchBlock: _Final[_groups.Cid3230Code]
BifascicularBlock: _Final[_groups.Cid3230Code]
LeftAnteriorFascicularBlock: _Final[_groups.Cid3230Code]
LeftPosteriorFascicularBlock: _Final[_groups.Cid3230Code]
FirstDegreeAtrioventricularBlock: _Final[_groups.Cid3230Code]
SecondDegreeAtrioventricularBlock: _Final[_groups.Cid3230Code]
ThirdDegreeAtrioventricularBlock: _Final[_groups.Cid3230Code]
VentricularPreExcitation: _Final[_groups.Cid3230Code]
STDepression: _Final[_groups.Cid3230Code]
STElevation: _Final[_groups.Cid3230Code]
EarlyRepolarization: _Final[_groups.Cid3230Code]
NonspecificSTTAbnormality: _Final[_groups.Cid3230Code]
SecondarySTTAbnormality: _Final[_groups.Cid3230Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3230Code]]
