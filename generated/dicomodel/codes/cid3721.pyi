"""CID 3721 Cardiovascular Surgery.

Extensible, version 20190817, UID 1.2.840.10008.6.1.222.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PercutaneousCoronaryIntervention: _Final[_groups.Cid3721Code]
CoronaryArteryBypassGraft: _Final[_groups.Cid3721Code]
OperationOnHeartValve: _Final[_groups.Cid3721Code]
AblationOperationForArrhythmia: _Final[_groups.Cid3721Code]
ImplantationOfCardiacPacemaker: _Final[_groups.Cid3721Code]
ImplantationOfAutomaticCardiacDefibrillator: _Final[_groups.Cid3721Code]
AbdominalAorticAneurysmStenting: _Final[_groups.Cid3721Code]
HeartTransplant: _Final[_groups.Cid3721Code]
CorrectionOfCongenitalCardiovascularDeformity: _Final[_groups.Cid3721Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3721Code]]
