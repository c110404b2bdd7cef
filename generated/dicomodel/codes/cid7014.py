"""CID 7014 Export Additional Information Document Title.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1178.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7014
NAME: Final[str] = "Export Additional Information Document Title"
KEYWORD: Final[str | None] = "ExportAdditionalInformationDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.1178"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ForTeachingFileExport: Final[Code] = Code("DCM", "128710", "For Teaching File Export", (7014,))
"""For Teaching File Export (DCM 128710)."""

ForClinicalTrialExport: Final[Code] = Code("DCM", "128711", "For Clinical Trial Export", (7014,))
"""For Clinical Trial Export (DCM 128711)."""

ForResearchCollectionExport: Final[Code] = Code(
    "DCM", "128713", "For Research Collection Export", (7014,)
)
"""For Research Collection Export (DCM 128713)."""

ForPublicationExport: Final[Code] = Code("DCM", "128714", "For Publication Export", (7014,))
"""For Publication Export (DCM 128714)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ForTeachingFileExport,
    ForClinicalTrialExport,
    ForResearchCollectionExport,
    ForPublicationExport,
)
"""The resolved membership: own members, then those of the included groups, in order."""
