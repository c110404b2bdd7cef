"""CID 4243 Ophthalmic Quality Metric Type.

Extensible, version 20100623, UID 1.2.840.10008.6.1.889.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4243
NAME: Final[str] = "Ophthalmic Quality Metric Type"
KEYWORD: Final[str | None] = "OphthalmicQualityMetricType"
UID: Final[str | None] = "1.2.840.10008.6.1.889"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StandardDeviationOfMeasurementsUsed: Final[Code] = Code(
    "DCM", "111786", "Standard Deviation of measurements used", (4243,)
)
"""Standard Deviation of measurements used (DCM 111786)."""

SignalToNoiseRatio: Final[Code] = Code("DCM", "111787", "Signal to Noise Ratio", (4243,))
"""Signal to Noise Ratio (DCM 111787)."""

MEMBERS: Final[tuple[Code, ...]] = (StandardDeviationOfMeasurementsUsed, SignalToNoiseRatio)
"""The resolved membership: own members, then those of the included groups, in order."""
