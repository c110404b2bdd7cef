"""CID 3220 Stress Symptom.

Extensible, version 20160314, UID 1.2.840.10008.6.1.771.
Includes CID 3202.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Dyspnea: _Final[_groups.Cid3220Code]
Claudication: _Final[_groups.Cid3220Code]
Syncope: _Final[_groups.Cid3220Code]
Flushing: _Final[_groups.Cid3220Code]
Nausea: _Final[_groups.Cid3220Code]
Dizziness: _Final[_groups.Cid3220Code]
Fatigue: _Final[_groups.Cid3220Code]
ChestPain: _Final[_groups.Cid3220Code]
ChestDiscomfort: _Final[_groups.Cid3220Code]
StableAngina: _Final[_groups.Cid3220Code]
UnstableAngina: _Final[_groups.Cid3220Code]
AtypicalAngina: _Final[_groups.Cid3220Code]
NoncardiacChestPain: _Final[_groups.Cid3220Code]
ChestPainNotPresent: _Final[_groups.Cid3220Code]
TypicalAngina: _Final[_groups.Cid3220Code]
AnginalEquivalent: _Final[_groups.Cid3220Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3220Code]]
