"""CID 4102 Perfusion Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.987.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4102
NAME: Final[str] = "Perfusion Measurement Method"
KEYWORD: Final[str | None] = "PerfusionMeasurementMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.987"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PerfusionAnalysisByStableXenonCTTechnique: Final[Code] = Code(
    "DCM", "126300", "Perfusion analysis by Stable Xenon CT technique", (4102,)
)
"""Perfusion analysis by Stable Xenon CT technique (DCM 126300)."""

PerfusionAnalysisByIVIodinatedContrastCTTechnique: Final[Code] = Code(
    "DCM", "126301", "Perfusion analysis by IV Iodinated Contrast CT technique", (4102,)
)
"""Perfusion analysis by IV Iodinated Contrast CT technique (DCM 126301)."""

PerfusionAnalysisByArterialSpinLabelingMRTechnique: Final[Code] = Code(
    "DCM", "126302", "Perfusion analysis by Arterial Spin Labeling MR technique", (4102,)
)
"""Perfusion analysis by Arterial Spin Labeling MR technique (DCM 126302)."""

PerfusionAnalysisBySusceptibilityMRTechnique: Final[Code] = Code(
    "DCM", "126303", "Perfusion analysis by Susceptibility MR technique", (4102,)
)
"""Perfusion analysis by Susceptibility MR technique (DCM 126303)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PerfusionAnalysisByStableXenonCTTechnique,
    PerfusionAnalysisByIVIodinatedContrastCTTechnique,
    PerfusionAnalysisByArterialSpinLabelingMRTechnique,
    PerfusionAnalysisBySusceptibilityMRTechnique,
)
"""The resolved membership: own members, then those of the included groups, in order."""
