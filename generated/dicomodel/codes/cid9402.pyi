"""CID 9402 IEC61217 Gantry Position Parameter.

Extensible, version 20130518, UID 1.2.840.10008.6.1.1024.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IEC61217GantryContinuousRollAngle: _Final[_groups.Cid9402Code]
IEC61217GantryContinuousPitchAngle: _Final[_groups.Cid9402Code]
IEC61217GantryContinuousYawAngle: _Final[_groups.Cid9402Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9402Code]]
