"""CID 42 Numeric Value Qualifier.

Extensible, version 20020114, UID 1.2.840.10008.6.1.22.
Includes CID 43, CID 44.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid42Code, ...]]
