"""CID 43 Numeric Value Failure Qualifier.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1356.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NotANumber: _Final[_groups.Cid43Code]
NegativeInfinity: _Final[_groups.Cid43Code]
PositiveInfinity: _Final[_groups.Cid43Code]
DivideByZero: _Final[_groups.Cid43Code]
Underflow: _Final[_groups.Cid43Code]
Overflow: _Final[_groups.Cid43Code]
MeasurementFailure: _Final[_groups.Cid43Code]
CalculationFailure: _Final[_groups.Cid43Code]
ValueOutOfRange: _Final[_groups.Cid43Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid43Code]]
