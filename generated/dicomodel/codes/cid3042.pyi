"""CID 3042 Analog Waveform Filter.

Extensible, version 20220630, UID 1.2.840.10008.6.1.1453.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ButterworthFilter: _Final[_groups.Cid3042Code]
ChebyshevFilter: _Final[_groups.Cid3042Code]
EllipticFilter: _Final[_groups.Cid3042Code]
BesselFilter: _Final[_groups.Cid3042Code]
GaussianFilter: _Final[_groups.Cid3042Code]
KTypeFilter: _Final[_groups.Cid3042Code]
MDerivedFilter: _Final[_groups.Cid3042Code]
DoubleMDerivedFilter: _Final[_groups.Cid3042Code]
BodeFilter: _Final[_groups.Cid3042Code]
ZobelFilter: _Final[_groups.Cid3042Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3042Code]]
