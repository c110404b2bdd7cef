"""CID 7552 Generic Purpose of Reference to Images in Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1344.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7552
NAME: Final[str] = "Generic Purpose of Reference to Images in Measurement"
KEYWORD: Final[str | None] = "GenericPurposeOfReferenceToImagesInMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1344"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SourceOfMeasurement: Final[Code] = Code("DCM", "121112", "Source of Measurement", (7003, 7552))
"""Source of Measurement (DCM 121112)."""

MEMBERS: Final[tuple[Code, ...]] = (SourceOfMeasurement,)
"""The resolved membership: own members, then those of the included groups, in order."""
