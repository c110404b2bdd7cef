"""CID 42 Numeric Value Qualifier.

Extensible, version 20020114, UID 1.2.840.10008.6.1.22.
Includes CID 43, CID 44.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NotANumber: _Final[_groups.Cid42Code]
NegativeInfinity: _Final[_groups.Cid42Code]
PositiveInfinity: _Final[_groups.Cid42Code]
DivideByZero: _Final[_groups.Cid42Code]
Underflow: _Final[_groups.Cid42Code]
Overflow: _Final[_groups.Cid42Code]
MeasurementFailure: _Final[_groups.Cid42Code]
CalculationFailure: _Final[_groups.Cid42Code]
ValueOutOfRange: _Final[_groups.Cid42Code]
MeasurementNotAttempted: _Final[_groups.Cid42Code]
ValueUnknown: _Final[_groups.Cid42Code]
ValueIndeterminate: _Final[_groups.Cid42Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid42Code]]
