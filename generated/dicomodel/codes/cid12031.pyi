"""CID 12031 Protocol Interval Event.

Extensible, version 20090409, UID 1.2.840.10008.6.1.806.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StartOfDrugDoseAdministration: _Final[_groups.Cid12031Code]
StartOfContrastAgentAdministration: _Final[_groups.Cid12031Code]
DestructionOfMicrobubbles: _Final[_groups.Cid12031Code]
OnsetOfExercise: _Final[_groups.Cid12031Code]
CessationOfExercise: _Final[_groups.Cid12031Code]
OnsetOfStimulation: _Final[_groups.Cid12031Code]
CessationOfStimulation: _Final[_groups.Cid12031Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12031Code]]
