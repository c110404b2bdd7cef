"""CID 3229 ECG Axis Measurement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.775.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3229
NAME: Final[str] = "ECG Axis Measurement"
KEYWORD: Final[str | None] = "ECGAxisMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.775"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

QRSAxis: Final[Code] = Code("MDC", "2:16132", "QRS axis", (3229,))
"""QRS axis (MDC 2:16132)."""

PAxis: Final[Code] = Code("MDC", "2:16128", "P Axis", (3229,))
"""P Axis (MDC 2:16128)."""

TAxis: Final[Code] = Code("MDC", "2:16136", "T axis", (3229,))
"""T axis (MDC 2:16136)."""

MEMBERS: Final[tuple[Code, ...]] = (QRSAxis, PAxis, TAxis)
"""The resolved membership: own members, then those of the included groups, in order."""
