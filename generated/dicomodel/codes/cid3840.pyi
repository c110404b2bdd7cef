"""CID 3840 Pulmonary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.290.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PulmonaryVein: _Final[_groups.Cid3840Code]
LeftPulmonaryVein: _Final[_groups.Cid3840Code]
InferiorLeftPulmonaryVein: _Final[_groups.Cid3840Code]
SuperiorLeftPulmonaryVein: _Final[_groups.Cid3840Code]
RightPulmonaryVein: _Final[_groups.Cid3840Code]
InferiorRightPulmonaryVein: _Final[_groups.Cid3840Code]
SuperiorRightPulmonaryVein: _Final[_groups.Cid3840Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3840Code]]
