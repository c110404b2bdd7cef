"""CID 3691 ECG Control Text Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.896.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LowPassFilter: _Final[_groups.Cid3691Code]
HighPassFilter: _Final[_groups.Cid3691Code]
HighPassFilterDescription: _Final[_groups.Cid3691Code]
NotchFilter: _Final[_groups.Cid3691Code]
NotchFilterDescription: _Final[_groups.Cid3691Code]
BaselineDescription: _Final[_groups.Cid3691Code]
Interpolator: _Final[_groups.Cid3691Code]
InterpolatorDescription: _Final[_groups.Cid3691Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3691Code]]
