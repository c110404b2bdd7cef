"""CID 7196 Spatial and Relational Concept Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1195.
Includes CID 7165.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7196
NAME: _Final[str] = "Spatial and Relational Concept Segmentation Property Type"
KEYWORD: _Final[str | None] = "SpatialAndRelationalConceptSegmentationPropertyType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1195"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = (7165,)
EXTERNAL_SCHEME: _Final[str | None] = None

Interface: _Final[_Code] = _Code("DCM", "112082", "Interface", (6109, 7196))
"""Interface (DCM 112082)."""

Line: _Final[_Code] = _Code("DCM", "112083", "Line", (6109, 7196))
"""Line (DCM 112083)."""

Lucency: _Final[_Code] = _Code("DCM", "112084", "Lucency", (6109, 7196))
"""Lucency (DCM 112084)."""

Background: _Final[_Code] = _Code("DCM", "125040", "Background", (7165, 7169, 12322))
"""Background (DCM 125040). Included from CID 7165."""

Tissue: _Final[_Code] = _Code("SCT", "85756007", "Tissue", (7150, 7165, 7166))
"""Tissue (SCT 85756007). Included from CID 7165."""

TissueNotOfInterest: _Final[_Code] = _Code("DCM", "130751", "Tissue not of interest", (7165,))
"""Tissue not of interest (DCM 130751). Included from CID 7165."""

WasteMaterial: _Final[_Code] = _Code("SCT", "289925000", "Waste Material", (7165,))
"""Waste Material (SCT 289925000). Included from CID 7165."""

RegistrationInput: _Final[_Code] = _Code("DCM", "125041", "Registration Input", (7165,))
"""Registration Input (DCM 125041). Included from CID 7165."""

SingleSubjectExtractedFromGroup: _Final[_Code] = _Code(
    "DCM", "113132", "Single subject extracted from group", (7165,)
)
"""Single subject extracted from group (DCM 113132). Included from CID 7165."""

ReferenceRegion: _Final[_Code] = _Code("NCIt", "C94970", "Reference Region", (7165, 9000))
"""Reference Region (NCIt C94970). Included from CID 7165."""

Normal: _Final[_Code] = _Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005). Included from CID 7165."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Interface,
    Line,
    Lucency,
    Background,
    Tissue,
    TissueNotOfInterest,
    WasteMaterial,
    RegistrationInput,
    SingleSubjectExtractedFromGroup,
    ReferenceRegion,
    Normal,
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
