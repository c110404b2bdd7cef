"""CID 12309 Core Echo Strain Measurement.

Non-extensible, version 20211112, UID 1.2.840.10008.6.1.1426.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12309
NAME: Final[str] = "Core Echo Strain Measurement"
KEYWORD: Final[str | None] = "CoreEchoStrainMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1426"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20211112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LVEndSystolicGLSMultiviewMeanEndocardial: Final[Code] = Code(
    "DCM", "130686", "LV End-systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV End-systolic GLS Multiview Mean (Endocardial) (DCM 130686)."""

LVEndSystolicGLS4CHEndocardial: Final[Code] = Code(
    "DCM", "130687", "LV End-systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 4CH (Endocardial) (DCM 130687)."""

LVEndSystolicGLS2CHEndocardial: Final[Code] = Code(
    "DCM", "130688", "LV End-systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 2CH (Endocardial) (DCM 130688)."""

LVEndSystolicGLSALAXEndocardial: Final[Code] = Code(
    "DCM", "130689", "LV End-systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV End-systolic GLS ALAX (Endocardial) (DCM 130689)."""

LVEndSystolicMechanicalDispersion: Final[Code] = Code(
    "DCM", "130698", "LV End-systolic Mechanical Dispersion", (12309,)
)
"""LV End-systolic Mechanical Dispersion (DCM 130698)."""

LVPeakSystolicGLSMultiviewMeanEndocardial: Final[Code] = Code(
    "DCM", "130690", "LV Peak Systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS Multiview Mean (Endocardial) (DCM 130690)."""

LVPeakSystolicGLS4CHEndocardial: Final[Code] = Code(
    "DCM", "130691", "LV Peak Systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 4CH (Endocardial) (DCM 130691)."""

LVPeakSystolicGLS2CHEndocardial: Final[Code] = Code(
    "DCM", "130692", "LV Peak Systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 2CH (Endocardial) (DCM 130692)."""

LVPeakSystolicGLSALAXEndocardial: Final[Code] = Code(
    "DCM", "130693", "LV Peak Systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS ALAX (Endocardial) (DCM 130693)."""

LVPeakGLSMultiviewMeanEndocardial: Final[Code] = Code(
    "DCM", "130694", "LV Peak GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak GLS Multiview Mean (Endocardial) (DCM 130694)."""

LVPeakGLS4CHEndocardial: Final[Code] = Code(
    "DCM", "130695", "LV Peak GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak GLS 4CH (Endocardial) (DCM 130695)."""

LVPeakGLS2CHEndocardial: Final[Code] = Code(
    "DCM", "130696", "LV Peak GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak GLS 2CH (Endocardial) (DCM 130696)."""

LVPeakGLSALAXEndocardial: Final[Code] = Code(
    "DCM", "130697", "LV Peak GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak GLS ALAX (Endocardial) (DCM 130697)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LVEndSystolicGLSMultiviewMeanEndocardial,
    LVEndSystolicGLS4CHEndocardial,
    LVEndSystolicGLS2CHEndocardial,
    LVEndSystolicGLSALAXEndocardial,
    LVEndSystolicMechanicalDispersion,
    LVPeakSystolicGLSMultiviewMeanEndocardial,
    LVPeakSystolicGLS4CHEndocardial,
    LVPeakSystolicGLS2CHEndocardial,
    LVPeakSystolicGLSALAXEndocardial,
    LVPeakGLSMultiviewMeanEndocardial,
    LVPeakGLS4CHEndocardial,
    LVPeakGLS2CHEndocardial,
    LVPeakGLSALAXEndocardial,
)
"""The resolved membership: own members, then those of the included groups, in order."""
