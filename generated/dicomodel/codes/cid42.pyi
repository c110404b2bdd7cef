"""CID 42 Numeric Value Qualifier.

Extensible, version 20020114, UID 1.2.840.10008.6.1.22.
Includes CID 43, CID 44.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
NotANumber: _Final[_Code]
NegativeInfinity: _Final[_Code]
PositiveInfinity: _Final[_Code]
DivideByZero: _Final[_Code]
Underflow: _Final[_Code]
Overflow: _Final[_Code]
MeasurementFailure: _Final[_Code]
CalculationFailure: _Final[_Code]
ValueOutOfRange: _Final[_Code]
MeasurementNotAttempted: _Final[_Code]
ValueUnknown: _Final[_Code]
ValueIndeterminate: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
