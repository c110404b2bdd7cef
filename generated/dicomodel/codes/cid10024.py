"""CID 10024 Water Equivalent Diameter Method.

Extensible, version 20200919, UID 1.2.840.10008.6.1.1114.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10024
NAME: Final[str] = "Water Equivalent Diameter Method"
KEYWORD: Final[str | None] = "WaterEquivalentDiameterMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1114"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200919"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

WaterEquivalentDiameterRepresentativeValue: Final[Code] = Code(
    "DCM", "113981", "Water Equivalent Diameter Representative Value", (10024, 10069)
)
"""Water Equivalent Diameter Representative Value (DCM 113981)."""

WaterEquivalentDiameterIntegratedAcrossScanRange: Final[Code] = Code(
    "DCM", "113982", "Water Equivalent Diameter Integrated Across Scan Range", (10024, 10069)
)
"""Water Equivalent Diameter Integrated Across Scan Range (DCM 113982)."""

WaterEquivalentDiameterFromRawData: Final[Code] = Code(
    "DCM", "113983", "Water Equivalent Diameter From Raw Data", (10024, 10069)
)
"""Water Equivalent Diameter From Raw Data (DCM 113983)."""

WaterEquivalentDiameterFromLocalizer: Final[Code] = Code(
    "DCM", "113984", "Water Equivalent Diameter From Localizer", (10024, 10069)
)
"""Water Equivalent Diameter From Localizer (DCM 113984)."""

MEMBERS: Final[tuple[Code, ...]] = (
    WaterEquivalentDiameterRepresentativeValue,
    WaterEquivalentDiameterIntegratedAcrossScanRange,
    WaterEquivalentDiameterFromRawData,
    WaterEquivalentDiameterFromLocalizer,
)
"""The resolved membership: own members, then those of the included groups, in order."""
