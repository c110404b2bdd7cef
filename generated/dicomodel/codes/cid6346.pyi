"""CID 6346 Prostate MRI Enhancement Pattern from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1403.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EarlyPhaseWashIn: _Final[_groups.Cid6346Code]
DelayedPhase: _Final[_groups.Cid6346Code]
PersistentDelayedPhase: _Final[_groups.Cid6346Code]
PersistentDelayedPhaseType1Curve: _Final[_groups.Cid6346Code]
PlateauDelayedPhase: _Final[_groups.Cid6346Code]
PlateauDelayedPhaseType2Curve: _Final[_groups.Cid6346Code]
WashoutDelayedPhase: _Final[_groups.Cid6346Code]
WashoutDelayedPhaseType3Curve: _Final[_groups.Cid6346Code]
PositiveDCE: _Final[_groups.Cid6346Code]
NegativeDCE: _Final[_groups.Cid6346Code]
LateContrastEnhancement: _Final[_groups.Cid6346Code]
EarlyContrastEnhancement: _Final[_groups.Cid6346Code]
DiffuseContrastEnhancement: _Final[_groups.Cid6346Code]
FocalContrastEnhancement: _Final[_groups.Cid6346Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6346Code]]
