"""CID 12210 Echocardiography Pulmonary Artery Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.603.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12210
NAME: Final[str] = "Echocardiography Pulmonary Artery Measurement"
KEYWORD: Final[str | None] = "EchocardiographyPulmonaryArteryMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.603"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: Final[str | None] = None

MainPulmonaryArteryDiameter: Final[Code] = Code(
    "LN", "18020-8", "Main Pulmonary Artery Diameter", (12210,)
)
"""Main Pulmonary Artery Diameter (LN 18020-8)."""

RightPulmonaryArteryDiameter: Final[Code] = Code(
    "LN", "18021-6", "Right Pulmonary Artery Diameter", (12210,)
)
"""Right Pulmonary Artery Diameter (LN 18021-6)."""

LeftPulmonaryArteryDiameter: Final[Code] = Code(
    "LN", "18019-0", "Left Pulmonary Artery Diameter", (12210,)
)
"""Left Pulmonary Artery Diameter (LN 18019-0)."""

MainPulmonaryArteryPeakVelocity: Final[Code] = Code(
    "SCT", "399048009", "Main Pulmonary Artery Peak Velocity", (12210,)
)
"""Main Pulmonary Artery Peak Velocity (SCT 399048009)."""

HeartRate: Final[Code] = Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: Final[tuple[Code, ...]] = (
    MainPulmonaryArteryDiameter,
    RightPulmonaryArteryDiameter,
    LeftPulmonaryArteryDiameter,
    MainPulmonaryArteryPeakVelocity,
    HeartRate,
)
"""The resolved membership: own members, then those of the included groups, in order."""
