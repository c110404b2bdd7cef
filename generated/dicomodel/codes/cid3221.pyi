"""CID 3221 Stress Test Termination Reason.

Extensible, version 20190817, UID 1.2.840.10008.6.1.772.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ChestPain: _Final[_groups.Cid3221Code]
AbnormalECG: _Final[_groups.Cid3221Code]
Fatigue: _Final[_groups.Cid3221Code]
Dyspnea: _Final[_groups.Cid3221Code]
PatientRefusedExerciseTest: _Final[_groups.Cid3221Code]
TargetHeartRateAchieved: _Final[_groups.Cid3221Code]
HypotensiveEpisode: _Final[_groups.Cid3221Code]
HypertensiveEpisode: _Final[_groups.Cid3221Code]
Arrhythmia: _Final[_groups.Cid3221Code]
Claudication: _Final[_groups.Cid3221Code]
EndOfProtocol: _Final[_groups.Cid3221Code]
Syncope: _Final[_groups.Cid3221Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3221Code]]
