"""CID 7018 Miscellaneous Document Title.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1182.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7018
NAME: Final[str] = "Miscellaneous Document Title"
KEYWORD: Final[str | None] = "MiscellaneousDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.1182"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AdditionalTeachingFileInformation: Final[Code] = Code(
    "DCM", "128712", "Additional Teaching File Information", (7018,)
)
"""Additional Teaching File Information (DCM 128712)."""

MEMBERS: Final[tuple[Code, ...]] = (AdditionalTeachingFileInformation,)
"""The resolved membership: own members, then those of the included groups, in order."""
