"""CID 3000 Audio Channel Source.

Extensible, version 20040326, UID 1.2.840.10008.6.1.42.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Voice: _Final[_groups.Cid3000Code]
OperatorNarrative: _Final[_groups.Cid3000Code]
AmbientRoomEnvironment: _Final[_groups.Cid3000Code]
DopplerAudio: _Final[_groups.Cid3000Code]
Phonocardiogram: _Final[_groups.Cid3000Code]
PhysiologicalAudioSignal: _Final[_groups.Cid3000Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3000Code]]
