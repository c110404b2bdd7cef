"""CID 4103 Arterial Input Function Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.988.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4103
NAME: Final[str] = "Arterial Input Function Measurement Method"
KEYWORD: Final[str | None] = "ArterialInputFunctionMeasurementMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.988"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AIFIgnored: Final[Code] = Code("DCM", "126360", "AIF Ignored", (4103,))
"""AIF Ignored (DCM 126360)."""

PopulationAveragedAIF: Final[Code] = Code("DCM", "126361", "Population Averaged AIF", (4103,))
"""Population Averaged AIF (DCM 126361)."""

UserDefinedAIFROI: Final[Code] = Code("DCM", "126362", "User-defined AIF ROI", (4103,))
"""User-defined AIF ROI (DCM 126362)."""

AutomaticallyDetectedAIFROI: Final[Code] = Code(
    "DCM", "126363", "Automatically Detected AIF ROI", (4103,)
)
"""Automatically Detected AIF ROI (DCM 126363)."""

BlindEstimationOfAIF: Final[Code] = Code("DCM", "126364", "Blind Estimation of AIF", (4103,))
"""Blind Estimation of AIF (DCM 126364)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AIFIgnored,
    PopulationAveragedAIF,
    UserDefinedAIFROI,
    AutomaticallyDetectedAIFROI,
    BlindEstimationOfAIF,
)
"""The resolved membership: own members, then those of the included groups, in order."""
