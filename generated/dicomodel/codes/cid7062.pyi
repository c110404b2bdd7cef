"""CID 7062 Purpose of Reference to Predecessor 3D Model.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1203.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EditedModel: _Final[_groups.Cid7062Code]
ComponentModel: _Final[_groups.Cid7062Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7062Code]]
