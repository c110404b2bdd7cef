"""CID 12309 Core Echo Strain Measurement.

Non-extensible, version 20211112, UID 1.2.840.10008.6.1.1426.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12309
NAME: _Final[str] = "Core Echo Strain Measurement"
KEYWORD: _Final[str | None] = "CoreEchoStrainMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1426"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LVEndSystolicGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130686", "LV End-systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV End-systolic GLS Multiview Mean (Endocardial) (DCM 130686)."""

LVEndSystolicGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130687", "LV End-systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 4CH (Endocardial) (DCM 130687)."""

LVEndSystolicGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130688", "LV End-systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV End-systolic GLS 2CH (Endocardial) (DCM 130688)."""

LVEndSystolicGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130689", "LV End-systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV End-systolic GLS ALAX (Endocardial) (DCM 130689)."""

LVEndSystolicMechanicalDispersion: _Final[_Code] = _Code(
    "DCM", "130698", "LV End-systolic Mechanical Dispersion", (12309,)
)
"""LV End-systolic Mechanical Dispersion (DCM 130698)."""

LVPeakSystolicGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130690", "LV Peak Systolic GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS Multiview Mean (Endocardial) (DCM 130690)."""

LVPeakSystolicGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130691", "LV Peak Systolic GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 4CH (Endocardial) (DCM 130691)."""

LVPeakSystolicGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130692", "LV Peak Systolic GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS 2CH (Endocardial) (DCM 130692)."""

LVPeakSystolicGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130693", "LV Peak Systolic GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak Systolic GLS ALAX (Endocardial) (DCM 130693)."""

LVPeakGLSMultiviewMeanEndocardial: _Final[_Code] = _Code(
    "DCM", "130694", "LV Peak GLS Multiview Mean (Endocardial)", (12309,)
)
"""LV Peak GLS Multiview Mean (Endocardial) (DCM 130694)."""

LVPeakGLS4CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130695", "LV Peak GLS 4CH (Endocardial)", (12309,)
)
"""LV Peak GLS 4CH (Endocardial) (DCM 130695)."""

LVPeakGLS2CHEndocardial: _Final[_Code] = _Code(
    "DCM", "130696", "LV Peak GLS 2CH (Endocardial)", (12309,)
)
"""LV Peak GLS 2CH (Endocardial) (DCM 130696)."""

LVPeakGLSALAXEndocardial: _Final[_Code] = _Code(
    "DCM", "130697", "LV Peak GLS ALAX (Endocardial)", (12309,)
)
"""LV Peak GLS ALAX (Endocardial) (DCM 130697)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
