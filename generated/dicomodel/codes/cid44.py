"""CID 44 Numeric Value Unknown Qualifier.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1357.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 44
NAME: Final[str] = "Numeric Value Unknown Qualifier"
KEYWORD: Final[str | None] = "NumericValueUnknownQualifier"
UID: Final[str | None] = "1.2.840.10008.6.1.1357"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210120"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MeasurementNotAttempted: Final[Code] = Code("DCM", "114007", "Measurement not attempted", (44,))
"""Measurement not attempted (DCM 114007)."""

ValueUnknown: Final[Code] = Code("DCM", "114010", "Value unknown", (44,))
"""Value unknown (DCM 114010)."""

ValueIndeterminate: Final[Code] = Code("DCM", "114011", "Value indeterminate", (44,))
"""Value indeterminate (DCM 114011)."""

MEMBERS: Final[tuple[Code, ...]] = (MeasurementNotAttempted, ValueUnknown, ValueIndeterminate)
"""The resolved membership: own members, then those of the included groups, in order."""
