"""CID 6345 MRI Enhancement Pattern.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1402.
Includes CID 6346.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EarlyPhaseWashIn: _Final[_groups.Cid6345Code]
DelayedPhase: _Final[_groups.Cid6345Code]
PersistentDelayedPhase: _Final[_groups.Cid6345Code]
PersistentDelayedPhaseType1Curve: _Final[_groups.Cid6345Code]
PlateauDelayedPhase: _Final[_groups.Cid6345Code]
PlateauDelayedPhaseType2Curve: _Final[_groups.Cid6345Code]
WashoutDelayedPhase: _Final[_groups.Cid6345Code]
WashoutDelayedPhaseType3Curve: _Final[_groups.Cid6345Code]
PositiveDCE: _Final[_groups.Cid6345Code]
NegativeDCE: _Final[_groups.Cid6345Code]
LateContrastEnhancement: _Final[_groups.Cid6345Code]
EarlyContrastEnhancement: _Final[_groups.Cid6345Code]
DiffuseContrastEnhancement: _Final[_groups.Cid6345Code]
FocalContrastEnhancement: _Final[_groups.Cid6345Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6345Code]]
