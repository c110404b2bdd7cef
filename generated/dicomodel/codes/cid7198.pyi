"""CID 7198 Substance Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1197.
Includes CID 6402.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ContrastAgent: _Final[_groups.Cid7198Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7198Code]]
