"""CID 3045 Waveform Filter Lookup Table Output Magnitude Unit.

Non-extensible, version 20220630, UID 1.2.840.10008.6.1.1456.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DbΜv: _Final[_groups.Cid3045Code]
DbMv: _Final[_groups.Cid3045Code]
MagnitudeNormalized: _Final[_groups.Cid3045Code]
Mv: _Final[_groups.Cid3045Code]
Μv: _Final[_groups.Cid3045Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3045Code]]
