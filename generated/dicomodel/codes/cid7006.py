"""CID 7006 SR Document Purpose of Reference.

Extensible, version 20061023, UID 1.2.840.10008.6.1.487.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7006
NAME: Final[str] = "SR Document Purpose of Reference"
KEYWORD: Final[str | None] = "SRDocumentPurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.487"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20061023"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EquivalentCDADocument: Final[Code] = Code("DCM", "121331", "Equivalent CDA Document", (7006,))
"""Equivalent CDA Document (DCM 121331)."""

CompleteRenderingForPresentation: Final[Code] = Code(
    "DCM", "121332", "Complete Rendering for Presentation", (7006,)
)
"""Complete Rendering for Presentation (DCM 121332)."""

PartialRenderingForPresentation: Final[Code] = Code(
    "DCM", "121333", "Partial Rendering for Presentation", (7006,)
)
"""Partial Rendering for Presentation (DCM 121333)."""

ExtendedRenderingForPresentation: Final[Code] = Code(
    "DCM", "121334", "Extended Rendering for Presentation", (7006,)
)
"""Extended Rendering for Presentation (DCM 121334)."""

SourceDocument: Final[Code] = Code("DCM", "121335", "Source Document", (7006,))
"""Source Document (DCM 121335)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EquivalentCDADocument,
    CompleteRenderingForPresentation,
    PartialRenderingForPresentation,
    ExtendedRenderingForPresentation,
    SourceDocument,
)
"""The resolved membership: own members, then those of the included groups, in order."""
