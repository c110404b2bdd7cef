"""CID 4102 Perfusion Measurement Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.987.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4102
NAME: _Final[str] = "Perfusion Measurement Method"
KEYWORD: _Final[str | None] = "PerfusionMeasurementMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.987"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PerfusionAnalysisByStableXenonCTTechnique: _Final[_Code] = _Code(
    "DCM", "126300", "Perfusion analysis by Stable Xenon CT technique", (4102,)
)
"""Perfusion analysis by Stable Xenon CT technique (DCM 126300)."""

PerfusionAnalysisByIVIodinatedContrastCTTechnique: _Final[_Code] = _Code(
    "DCM", "126301", "Perfusion analysis by IV Iodinated Contrast CT technique", (4102,)
)
"""Perfusion analysis by IV Iodinated Contrast CT technique (DCM 126301)."""

PerfusionAnalysisByArterialSpinLabelingMRTechnique: _Final[_Code] = _Code(
    "DCM", "126302", "Perfusion analysis by Arterial Spin Labeling MR technique", (4102,)
)
"""Perfusion analysis by Arterial Spin Labeling MR technique (DCM 126302)."""

PerfusionAnalysisBySusceptibilityMRTechnique: _Final[_Code] = _Code(
    "DCM", "126303", "Perfusion analysis by Susceptibility MR technique", (4102,)
)
"""Perfusion analysis by Susceptibility MR technique (DCM 126303)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PerfusionAnalysisByStableXenonCTTechnique,
    PerfusionAnalysisByIVIodinatedContrastCTTechnique,
    PerfusionAnalysisByArterialSpinLabelingMRTechnique,
    PerfusionAnalysisBySusceptibilityMRTechnique,
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
