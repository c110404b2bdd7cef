"""CID 7013 Non-Image Source Instance Purpose of Reference.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1134.
Includes CID 7019.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7013
NAME: Final[str] = "Non-Image Source Instance Purpose of Reference"
KEYWORD: Final[str | None] = "NonImageSourceInstancePurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.1134"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = (7019,)
EXTERNAL_SCHEME: Final[str | None] = None

SourceMeasurement: Final[Code] = Code("DCM", "128224", "Source measurement", (7013,))
"""Source measurement (DCM 128224)."""

SourceReport: Final[Code] = Code("DCM", "128225", "Source report", (7013,))
"""Source report (DCM 128225)."""

SourceRawData: Final[Code] = Code("DCM", "128226", "Source raw data", (7013,))
"""Source raw data (DCM 128226)."""

SourceDeformableSpatialRegistration: Final[Code] = Code(
    "DCM", "125028", "Source Deformable Spatial Registration", (7013,)
)
"""Source Deformable Spatial Registration (DCM 125028)."""

SourceRealWorldValueMap: Final[Code] = Code("DCM", "128227", "Source real world value map", (7019,))
"""Source real world value map (DCM 128227). Included from CID 7019."""

SourceSegmentation: Final[Code] = Code("DCM", "128228", "Source segmentation", (7019,))
"""Source segmentation (DCM 128228). Included from CID 7019."""

MEMBERS: Final[tuple[Code, ...]] = (
    SourceMeasurement,
    SourceReport,
    SourceRawData,
    SourceDeformableSpatialRegistration,
    SourceRealWorldValueMap,
    SourceSegmentation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
