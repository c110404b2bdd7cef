"""CID 3413 Adverse Outcome.

Extensible, version 20030327, UID 1.2.840.10008.6.1.78.
Includes CID 3754, CID 3755.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DeathDuringCatheterization: _Final[_groups.Cid3413Code]
Bleeding: _Final[_groups.Cid3413Code]
OcclusionOfArtery: _Final[_groups.Cid3413Code]
LossOfDistalPulse: _Final[_groups.Cid3413Code]
ArterialDissection: _Final[_groups.Cid3413Code]
Pseudoaneurysm: _Final[_groups.Cid3413Code]
AVFistula: _Final[_groups.Cid3413Code]
CardiogenicShock: _Final[_groups.Cid3413Code]
Arrhythmia: _Final[_groups.Cid3413Code]
CerebrovascularAccidentOrStroke: _Final[_groups.Cid3413Code]
CardiacTamponade: _Final[_groups.Cid3413Code]
ContrastMediaAdverseReaction: _Final[_groups.Cid3413Code]
CongestiveHeartFailure: _Final[_groups.Cid3413Code]
RenalFailure: _Final[_groups.Cid3413Code]
EmergencyPercutaneousCoronaryIntervention: _Final[_groups.Cid3413Code]
EmergencyCoronaryArteryBypass: _Final[_groups.Cid3413Code]
CardiacArrest: _Final[_groups.Cid3413Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3413Code]]
