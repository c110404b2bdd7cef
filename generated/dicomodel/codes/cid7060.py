"""CID 7060 Encapsulated Document Source Purpose of Reference.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1201.
Includes CID 7013.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7060
NAME: Final[str] = "Encapsulated Document Source Purpose of Reference"
KEYWORD: Final[str | None] = "EncapsulatedDocumentSourcePurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.1201"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180403"
INCLUDES: Final[tuple[int, ...]] = (7013,)
EXTERNAL_SCHEME: Final[str | None] = None

SourceImage: Final[Code] = Code("DCM", "121324", "Source image", (7060, 7061, 7205))
"""Source image (DCM 121324)."""

SourceMeasurement: Final[Code] = Code("DCM", "128224", "Source measurement", (7013,))
"""Source measurement (DCM 128224). Included from CID 7013."""

SourceReport: Final[Code] = Code("DCM", "128225", "Source report", (7013,))
"""Source report (DCM 128225). Included from CID 7013."""

SourceRawData: Final[Code] = Code("DCM", "128226", "Source raw data", (7013,))
"""Source raw data (DCM 128226). Included from CID 7013."""

SourceDeformableSpatialRegistration: Final[Code] = Code(
    "DCM", "125028", "Source Deformable Spatial Registration", (7013,)
)
"""Source Deformable Spatial Registration (DCM 125028). Included from CID 7013."""

SourceRealWorldValueMap: Final[Code] = Code("DCM", "128227", "Source real world value map", (7019,))
"""Source real world value map (DCM 128227). Included from CID 7019."""

SourceSegmentation: Final[Code] = Code("DCM", "128228", "Source segmentation", (7019,))
"""Source segmentation (DCM 128228). Included from CID 7019."""

MEMBERS: Final[tuple[Code, ...]] = (
    SourceImage,
    SourceMeasurement,
    SourceReport,
    SourceRawData,
    SourceDeformableSpatialRegistration,
    SourceRealWorldValueMap,
    SourceSegmentation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
