"""CID 6062 Interventional Procedure Complication.

Extensible, version 20181110, UID 1.2.840.10008.6.1.391.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HemorrhagePostprocedure: _Final[_groups.Cid6062Code]
AbnormalDischarge: _Final[_groups.Cid6062Code]
HematomaPostoperative: _Final[_groups.Cid6062Code]
Weal: _Final[_groups.Cid6062Code]
HealthcareAssociatedInfection: _Final[_groups.Cid6062Code]
PersistentPainFollowingProcedure: _Final[_groups.Cid6062Code]
Pneumothorax: _Final[_groups.Cid6062Code]
Rash: _Final[_groups.Cid6062Code]
Swelling: _Final[_groups.Cid6062Code]
VasovagalSyncope: _Final[_groups.Cid6062Code]
NoComplications: _Final[_groups.Cid6062Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6062Code]]
