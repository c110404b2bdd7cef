"""CID 3550 Circulatory Support Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.146.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BeginCirculatorySupport: _Final[_groups.Cid3550Code]
EndCirculatorySupport: _Final[_groups.Cid3550Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3550Code]]
