"""CID 44 Numeric Value Unknown Qualifier.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1357.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MeasurementNotAttempted: _Final[_groups.Cid44Code]
ValueUnknown: _Final[_groups.Cid44Code]
ValueIndeterminate: _Final[_groups.Cid44Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid44Code]]
