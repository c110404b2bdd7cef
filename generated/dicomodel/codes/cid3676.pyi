"""CID 3676 Lead Measurement Technique.

Extensible, version 20180325, UID 1.2.840.10008.6.1.190.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Averaged: _Final[_groups.Cid3676Code]
Routine: _Final[_groups.Cid3676Code]
Median: _Final[_groups.Cid3676Code]
Representative: _Final[_groups.Cid3676Code]
SingleBeats: _Final[_groups.Cid3676Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3676Code]]
