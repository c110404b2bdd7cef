"""CID 9567 Machine Tolerance Violation Type.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1324.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

JawPositionToleranceViolation: _Final[_groups.Cid9567Code]
MLCPositionToleranceViolation: _Final[_groups.Cid9567Code]
SourcePositionToleranceViolation: _Final[_groups.Cid9567Code]
DoseRateToleranceViolation: _Final[_groups.Cid9567Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9567Code]]
