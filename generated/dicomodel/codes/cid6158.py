"""CID 6158 Correlation to Other Finding.

Extensible, version 20050822, UID 1.2.840.10008.6.1.472.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6158
NAME: Final[str] = "Correlation to Other Finding"
KEYWORD: Final[str | None] = "CorrelationToOtherFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.472"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CorrelatesToPhysicalExaminationFindings: Final[Code] = Code(
    "DCM", "111381", "Correlates to physical examination findings", (6158,)
)
"""Correlates to physical examination findings (DCM 111381)."""

CorrelatesToMammographyFindings: Final[Code] = Code(
    "DCM", "111382", "Correlates to mammography findings", (6158,)
)
"""Correlates to mammography findings (DCM 111382)."""

CorrelatesToMRIFindings: Final[Code] = Code("DCM", "111383", "Correlates to MRI findings", (6158,))
"""Correlates to MRI findings (DCM 111383)."""

CorrelatesToUltrasoundFindings: Final[Code] = Code(
    "DCM", "111384", "Correlates to ultrasound findings", (6158,)
)
"""Correlates to ultrasound findings (DCM 111384)."""

CorrelatesToOtherImagingFindings: Final[Code] = Code(
    "DCM", "111385", "Correlates to other imaging findings", (6158,)
)
"""Correlates to other imaging findings (DCM 111385)."""

NoCorrelationToOtherImagingFindings: Final[Code] = Code(
    "DCM", "111386", "No correlation to other imaging findings", (6158,)
)
"""No correlation to other imaging findings (DCM 111386)."""

NoCorrelationToClinicalFindings: Final[Code] = Code(
    "DCM", "111387", "No correlation to clinical findings", (6158,)
)
"""No correlation to clinical findings (DCM 111387)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CorrelatesToPhysicalExaminationFindings,
    CorrelatesToMammographyFindings,
    CorrelatesToMRIFindings,
    CorrelatesToUltrasoundFindings,
    CorrelatesToOtherImagingFindings,
    NoCorrelationToOtherImagingFindings,
    NoCorrelationToClinicalFindings,
)
"""The resolved membership: own members, then those of the included groups, in order."""
