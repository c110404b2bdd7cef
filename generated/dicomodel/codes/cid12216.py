"""CID 12216 Echocardiography Hepatic Vein Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.608.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12216
NAME: Final[str] = "Echocardiography Hepatic Vein Measurement"
KEYWORD: Final[str | None] = "EchocardiographyHepaticVeinMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.608"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: Final[str | None] = None

HepaticVeinSystolicPeakVelocity: Final[Code] = Code(
    "LN", "29471-0", "Hepatic Vein Systolic Peak Velocity", (12216,)
)
"""Hepatic Vein Systolic Peak Velocity (LN 29471-0)."""

HepaticVeinDiastolicPeakVelocity: Final[Code] = Code(
    "LN", "29472-8", "Hepatic Vein Diastolic Peak Velocity", (12216,)
)
"""Hepatic Vein Diastolic Peak Velocity (LN 29472-8)."""

HepaticVeinSystolicToDiastolicRatio: Final[Code] = Code(
    "LN", "29473-6", "Hepatic Vein Systolic to Diastolic Ratio", (12216,)
)
"""Hepatic Vein Systolic to Diastolic Ratio (LN 29473-6)."""

HepaticVeinAtrialContractionReversalPeakVelocity: Final[Code] = Code(
    "LN", "29474-4", "Hepatic Vein Atrial Contraction Reversal Peak Velocity", (12216,)
)
"""Hepatic Vein Atrial Contraction Reversal Peak Velocity (LN 29474-4)."""

HeartRate: Final[Code] = Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: Final[tuple[Code, ...]] = (
    HepaticVeinSystolicPeakVelocity,
    HepaticVeinDiastolicPeakVelocity,
    HepaticVeinSystolicToDiastolicRatio,
    HepaticVeinAtrialContractionReversalPeakVelocity,
    HeartRate,
)
"""The resolved membership: own members, then those of the included groups, in order."""
