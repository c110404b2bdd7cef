"""CID 7003 Diagnostic Imaging Report Purpose of Reference.

Extensible, version 20100604, UID 1.2.840.10008.6.1.484.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7003
NAME: _Final[str] = "Diagnostic Imaging Report Purpose of Reference"
KEYWORD: _Final[str | None] = "DiagnosticImagingReportPurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.484"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100604"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Baseline: _Final[_Code] = _Code("DCM", "121079", "Baseline", (280, 7003))
"""Baseline (DCM 121079)."""

BestIllustrationOfFinding: _Final[_Code] = _Code(
    "DCM", "121080", "Best illustration of finding", (7003,)
)
"""Best illustration of finding (DCM 121080)."""

SourceOfMeasurement: _Final[_Code] = _Code("DCM", "121112", "Source of Measurement", (7003, 7552))
"""Source of Measurement (DCM 121112)."""

IllustrationOfROI: _Final[_Code] = _Code("DCM", "121200", "Illustration of ROI", (7003,))
"""Illustration of ROI (DCM 121200)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Baseline,
    BestIllustrationOfFinding,
    SourceOfMeasurement,
    IllustrationOfROI,
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
