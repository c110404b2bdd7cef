"""CID 7006 SR Document Purpose of Reference.

Extensible, version 20061023, UID 1.2.840.10008.6.1.487.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7006
NAME: _Final[str] = "SR Document Purpose of Reference"
KEYWORD: _Final[str | None] = "SRDocumentPurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.487"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20061023"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EquivalentCDADocument: _Final[_Code] = _Code("DCM", "121331", "Equivalent CDA Document", (7006,))
"""Equivalent CDA Document (DCM 121331)."""

CompleteRenderingForPresentation: _Final[_Code] = _Code(
    "DCM", "121332", "Complete Rendering for Presentation", (7006,)
)
"""Complete Rendering for Presentation (DCM 121332)."""

PartialRenderingForPresentation: _Final[_Code] = _Code(
    "DCM", "121333", "Partial Rendering for Presentation", (7006,)
)
"""Partial Rendering for Presentation (DCM 121333)."""

ExtendedRenderingForPresentation: _Final[_Code] = _Code(
    "DCM", "121334", "Extended Rendering for Presentation", (7006,)
)
"""Extended Rendering for Presentation (DCM 121334)."""

SourceDocument: _Final[_Code] = _Code("DCM", "121335", "Source Document", (7006,))
"""Source Document (DCM 121335)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EquivalentCDADocument,
    CompleteRenderingForPresentation,
    PartialRenderingForPresentation,
    ExtendedRenderingForPresentation,
    SourceDocument,
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
