"""CID 7060 Encapsulated Document Source Purpose of Reference.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1201.
Includes CID 7013.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7060
NAME: _Final[str] = "Encapsulated Document Source Purpose of Reference"
KEYWORD: _Final[str | None] = "EncapsulatedDocumentSourcePurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.1201"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180403"
INCLUDES: _Final[tuple[int, ...]] = (7013,)
EXTERNAL_SCHEME: _Final[str | None] = None

SourceImage: _Final[_Code] = _Code("DCM", "121324", "Source image", (7060, 7061, 7205))
"""Source image (DCM 121324)."""

SourceMeasurement: _Final[_Code] = _Code("DCM", "128224", "Source measurement", (7013,))
"""Source measurement (DCM 128224). Included from CID 7013."""

SourceReport: _Final[_Code] = _Code("DCM", "128225", "Source report", (7013,))
"""Source report (DCM 128225). Included from CID 7013."""

SourceRawData: _Final[_Code] = _Code("DCM", "128226", "Source raw data", (7013,))
"""Source raw data (DCM 128226). Included from CID 7013."""

SourceDeformableSpatialRegistration: _Final[_Code] = _Code(
    "DCM", "125028", "Source Deformable Spatial Registration", (7013,)
)
"""Source Deformable Spatial Registration (DCM 125028). Included from CID 7013."""

SourceRealWorldValueMap: _Final[_Code] = _Code(
    "DCM", "128227", "Source real world value map", (7019,)
)
"""Source real world value map (DCM 128227). Included from CID 7019."""

SourceSegmentation: _Final[_Code] = _Code("DCM", "128228", "Source segmentation", (7019,))
"""Source segmentation (DCM 128228). Included from CID 7019."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SourceImage,
    SourceMeasurement,
    SourceReport,
    SourceRawData,
    SourceDeformableSpatialRegistration,
    SourceRealWorldValueMap,
    SourceSegmentation,
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
