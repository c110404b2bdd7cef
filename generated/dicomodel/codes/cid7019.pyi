"""CID 7019 Segmentation Non-Image Source Purpose of Reference.

Extensible, version 20240914, UID 1.2.840.10008.6.1.1183.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SourceRealWorldValueMap: _Final[_groups.Cid7019Code]
SourceSegmentation: _Final[_groups.Cid7019Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7019Code]]
