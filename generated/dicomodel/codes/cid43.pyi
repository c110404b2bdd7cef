"""CID 43 Numeric Value Failure Qualifier.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1356.

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
NotANumber: _Final[_groups.Cid43Code]
NegativeInfinity: _Final[_groups.Cid43Code]
PositiveInfinity: _Final[_groups.Cid43Code]
DivideByZero: _Final[_groups.Cid43Code]
Underflow: _Final[_groups.Cid43Code]
Overflow: _Final[_groups.Cid43Code]
MeasurementFailure: _Final[_groups.Cid43Code]
CalculationFailure: _Final[_groups.Cid43Code]
ValueOutOfRange: _Final[_groups.Cid43Code]
MEMBERS: _Final[tuple[_groups.Cid43Code, ...]]
