"""CID 42 Numeric Value Qualifier.

Extensible, version 20020114, UID 1.2.840.10008.6.1.22.
Includes CID 43, CID 44.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 42
NAME: _Final[str] = "Numeric Value Qualifier"
KEYWORD: _Final[str | None] = "NumericValueQualifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.22"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020114"
INCLUDES: _Final[tuple[int, ...]] = (43, 44)
EXTERNAL_SCHEME: _Final[str | None] = None

NotANumber: _Final[_Code] = _Code("DCM", "114000", "Not a number", (43,))
"""Not a number (DCM 114000). Included from CID 43."""

NegativeInfinity: _Final[_Code] = _Code("DCM", "114001", "Negative Infinity", (43,))
"""Negative Infinity (DCM 114001). Included from CID 43."""

PositiveInfinity: _Final[_Code] = _Code("DCM", "114002", "Positive Infinity", (43,))
"""Positive Infinity (DCM 114002). Included from CID 43."""

DivideByZero: _Final[_Code] = _Code("DCM", "114003", "Divide by zero", (43,))
"""Divide by zero (DCM 114003). Included from CID 43."""

Underflow: _Final[_Code] = _Code("DCM", "114004", "Underflow", (43,))
"""Underflow (DCM 114004). Included from CID 43."""

Overflow: _Final[_Code] = _Code("DCM", "114005", "Overflow", (43,))
"""Overflow (DCM 114005). Included from CID 43."""

MeasurementFailure: _Final[_Code] = _Code("DCM", "114006", "Measurement failure", (43,))
"""Measurement failure (DCM 114006). Included from CID 43."""

CalculationFailure: _Final[_Code] = _Code("DCM", "114008", "Calculation failure", (43,))
"""Calculation failure (DCM 114008). Included from CID 43."""

ValueOutOfRange: _Final[_Code] = _Code("DCM", "114009", "Value out of range", (43,))
"""Value out of range (DCM 114009). Included from CID 43."""

MeasurementNotAttempted: _Final[_Code] = _Code("DCM", "114007", "Measurement not attempted", (44,))
"""Measurement not attempted (DCM 114007). Included from CID 44."""

ValueUnknown: _Final[_Code] = _Code("DCM", "114010", "Value unknown", (44,))
"""Value unknown (DCM 114010). Included from CID 44."""

ValueIndeterminate: _Final[_Code] = _Code("DCM", "114011", "Value indeterminate", (44,))
"""Value indeterminate (DCM 114011). Included from CID 44."""

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
    MeasurementNotAttempted,
    ValueUnknown,
    ValueIndeterminate,
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
