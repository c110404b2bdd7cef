"""CID 3044 Waveform Filter Lookup Table Input Frequency Unit.

Non-extensible, version 20220630, UID 1.2.840.10008.6.1.1455.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Hz: _Final[_groups.Cid3044Code]
RadS: _Final[_groups.Cid3044Code]
HzNormalized: _Final[_groups.Cid3044Code]
HzAngular: _Final[_groups.Cid3044Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3044Code]]
