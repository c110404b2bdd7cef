"""CID 6158 Correlation to Other Finding.

Extensible, version 20050822, UID 1.2.840.10008.6.1.472.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6158
NAME: _Final[str] = "Correlation to Other Finding"
KEYWORD: _Final[str | None] = "CorrelationToOtherFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.472"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CorrelatesToPhysicalExaminationFindings: _Final[_Code] = _Code(
    "DCM", "111381", "Correlates to physical examination findings", (6158,)
)
"""Correlates to physical examination findings (DCM 111381)."""

CorrelatesToMammographyFindings: _Final[_Code] = _Code(
    "DCM", "111382", "Correlates to mammography findings", (6158,)
)
"""Correlates to mammography findings (DCM 111382)."""

CorrelatesToMRIFindings: _Final[_Code] = _Code(
    "DCM", "111383", "Correlates to MRI findings", (6158,)
)
"""Correlates to MRI findings (DCM 111383)."""

CorrelatesToUltrasoundFindings: _Final[_Code] = _Code(
    "DCM", "111384", "Correlates to ultrasound findings", (6158,)
)
"""Correlates to ultrasound findings (DCM 111384)."""

CorrelatesToOtherImagingFindings: _Final[_Code] = _Code(
    "DCM", "111385", "Correlates to other imaging findings", (6158,)
)
"""Correlates to other imaging findings (DCM 111385)."""

NoCorrelationToOtherImagingFindings: _Final[_Code] = _Code(
    "DCM", "111386", "No correlation to other imaging findings", (6158,)
)
"""No correlation to other imaging findings (DCM 111386)."""

NoCorrelationToClinicalFindings: _Final[_Code] = _Code(
    "DCM", "111387", "No correlation to clinical findings", (6158,)
)
"""No correlation to clinical findings (DCM 111387)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CorrelatesToPhysicalExaminationFindings,
    CorrelatesToMammographyFindings,
    CorrelatesToMRIFindings,
    CorrelatesToUltrasoundFindings,
    CorrelatesToOtherImagingFindings,
    NoCorrelationToOtherImagingFindings,
    NoCorrelationToClinicalFindings,
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
