"""CID 7021 Measurement Report Document Title.

Extensible, version 20141110, UID 1.2.840.10008.6.1.997.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7021
NAME: Final[str] = "Measurement Report Document Title"
KEYWORD: Final[str | None] = "MeasurementReportDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.997"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ImagingMeasurementReport: Final[Code] = Code("DCM", "126000", "Imaging Measurement Report", (7021,))
"""Imaging Measurement Report (DCM 126000)."""

OncologyMeasurementReport: Final[Code] = Code(
    "DCM", "126001", "Oncology Measurement Report", (7021,)
)
"""Oncology Measurement Report (DCM 126001)."""

DynamicContrastMRMeasurementReport: Final[Code] = Code(
    "DCM", "126002", "Dynamic Contrast MR Measurement Report", (7021,)
)
"""Dynamic Contrast MR Measurement Report (DCM 126002)."""

PETMeasurementReport: Final[Code] = Code("DCM", "126003", "PET Measurement Report", (7021,))
"""PET Measurement Report (DCM 126003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ImagingMeasurementReport,
    OncologyMeasurementReport,
    DynamicContrastMRMeasurementReport,
    PETMeasurementReport,
)
"""The resolved membership: own members, then those of the included groups, in order."""
