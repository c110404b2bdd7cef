"""CID 43 Numeric Value Failure Qualifier.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1356.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 43
NAME: _Final[str] = "Numeric Value Failure Qualifier"
KEYWORD: _Final[str | None] = "NumericValueFailureQualifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1356"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NotANumber: _Final[_Code] = _Code("DCM", "114000", "Not a number", (43,))
"""Not a number (DCM 114000)."""

NegativeInfinity: _Final[_Code] = _Code("DCM", "114001", "Negative Infinity", (43,))
"""Negative Infinity (DCM 114001)."""

PositiveInfinity: _Final[_Code] = _Code("DCM", "114002", "Positive Infinity", (43,))
"""Positive Infinity (DCM 114002)."""

DivideByZero: _Final[_Code] = _Code("DCM", "114003", "Divide by zero", (43,))
"""Divide by zero (DCM 114003)."""

Underflow: _Final[_Code] = _Code("DCM", "114004", "Underflow", (43,))
"""Underflow (DCM 114004)."""

Overflow: _Final[_Code] = _Code("DCM", "114005", "Overflow", (43,))
"""Overflow (DCM 114005)."""

MeasurementFailure: _Final[_Code] = _Code("DCM", "114006", "Measurement failure", (43,))
"""Measurement failure (DCM 114006)."""

CalculationFailure: _Final[_Code] = _Code("DCM", "114008", "Calculation failure", (43,))
"""Calculation failure (DCM 114008)."""

ValueOutOfRange: _Final[_Code] = _Code("DCM", "114009", "Value out of range", (43,))
"""Value out of range (DCM 114009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NotANumber,
    NegativeInfinity,
    PositiveInfinity,
    DivideByZero,
    Underflow,
    Overflow,
    MeasurementFailure,
    CalculationFailure,
    ValueOutOfRange,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
