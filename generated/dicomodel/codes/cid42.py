"""CID 42 Numeric Value Qualifier.

Extensible, version 20020114, UID 1.2.840.10008.6.1.22.
Includes CID 43, CID 44.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 42
NAME: Final[str] = "Numeric Value Qualifier"
KEYWORD: Final[str | None] = "NumericValueQualifier"
UID: Final[str | None] = "1.2.840.10008.6.1.22"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020114"
INCLUDES: Final[tuple[int, ...]] = (43, 44)
EXTERNAL_SCHEME: Final[str | None] = None

NotANumber: Final[Code] = Code("DCM", "114000", "Not a number", (43,))
"""Not a number (DCM 114000). Included from CID 43."""

NegativeInfinity: Final[Code] = Code("DCM", "114001", "Negative Infinity", (43,))
"""Negative Infinity (DCM 114001). Included from CID 43."""

PositiveInfinity: Final[Code] = Code("DCM", "114002", "Positive Infinity", (43,))
"""Positive Infinity (DCM 114002). Included from CID 43."""

DivideByZero: Final[Code] = Code("DCM", "114003", "Divide by zero", (43,))
"""Divide by zero (DCM 114003). Included from CID 43."""

Underflow: Final[Code] = Code("DCM", "114004", "Underflow", (43,))
"""Underflow (DCM 114004). Included from CID 43."""

Overflow: Final[Code] = Code("DCM", "114005", "Overflow", (43,))
"""Overflow (DCM 114005). Included from CID 43."""

MeasurementFailure: Final[Code] = Code("DCM", "114006", "Measurement failure", (43,))
"""Measurement failure (DCM 114006). Included from CID 43."""

CalculationFailure: Final[Code] = Code("DCM", "114008", "Calculation failure", (43,))
"""Calculation failure (DCM 114008). Included from CID 43."""

ValueOutOfRange: Final[Code] = Code("DCM", "114009", "Value out of range", (43,))
"""Value out of range (DCM 114009). Included from CID 43."""

MeasurementNotAttempted: Final[Code] = Code("DCM", "114007", "Measurement not attempted", (44,))
"""Measurement not attempted (DCM 114007). Included from CID 44."""

ValueUnknown: Final[Code] = Code("DCM", "114010", "Value unknown", (44,))
"""Value unknown (DCM 114010). Included from CID 44."""

ValueIndeterminate: Final[Code] = Code("DCM", "114011", "Value indeterminate", (44,))
"""Value indeterminate (DCM 114011). Included from CID 44."""

MEMBERS: Final[tuple[Code, ...]] = (
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
