"""CID 3703 Wall Motion.

Extensible, version 20111028, UID 1.2.840.10008.6.1.205.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NotEvaluated: _Final[_groups.Cid3703Code]
Unknown: _Final[_groups.Cid3703Code]
NotVisualized: _Final[_groups.Cid3703Code]
NormalWallMotion: _Final[_groups.Cid3703Code]
HyperkineticRegion: _Final[_groups.Cid3703Code]
Hypokinesis: _Final[_groups.Cid3703Code]
MildHypokinesis: _Final[_groups.Cid3703Code]
ModerateHypokinesis: _Final[_groups.Cid3703Code]
SevereHypokinesis: _Final[_groups.Cid3703Code]
Akinesis: _Final[_groups.Cid3703Code]
Dyskinesis: _Final[_groups.Cid3703Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3703Code]]
