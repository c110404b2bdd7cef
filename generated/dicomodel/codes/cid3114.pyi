"""CID 3114 Study Quality.

Extensible, version 20080927, UID 1.2.840.10008.6.1.746.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ExcellentImageQuality: _Final[_groups.Cid3114Code]
GoodImageQuality: _Final[_groups.Cid3114Code]
PoorImageQuality: _Final[_groups.Cid3114Code]
UnusableQualityRendersImageUnusable: _Final[_groups.Cid3114Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3114Code]]
