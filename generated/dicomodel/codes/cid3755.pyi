"""CID 3755 Cath Complication.

Extensible, version 20160314, UID 1.2.840.10008.6.1.250.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CardiogenicShock: _Final[_groups.Cid3755Code]
Arrhythmia: _Final[_groups.Cid3755Code]
CerebrovascularAccidentOrStroke: _Final[_groups.Cid3755Code]
CardiacTamponade: _Final[_groups.Cid3755Code]
ContrastMediaAdverseReaction: _Final[_groups.Cid3755Code]
CongestiveHeartFailure: _Final[_groups.Cid3755Code]
RenalFailure: _Final[_groups.Cid3755Code]
EmergencyPercutaneousCoronaryIntervention: _Final[_groups.Cid3755Code]
EmergencyCoronaryArteryBypass: _Final[_groups.Cid3755Code]
CardiacArrest: _Final[_groups.Cid3755Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3755Code]]
