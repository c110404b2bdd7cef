"""CID 7165 Abstract Segmentation Type.

Extensible, version 20220402, UID 1.2.840.10008.6.1.962.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7165
NAME: _Final[str] = "Abstract Segmentation Type"
KEYWORD: _Final[str | None] = "AbstractSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.962"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Background: _Final[_Code] = _Code("DCM", "125040", "Background", (7165, 7169, 12322))
"""Background (DCM 125040)."""

Tissue: _Final[_Code] = _Code("SCT", "85756007", "Tissue", (7150, 7165, 7166))
"""Tissue (SCT 85756007)."""

TissueNotOfInterest: _Final[_Code] = _Code("DCM", "130751", "Tissue not of interest", (7165,))
"""Tissue not of interest (DCM 130751)."""

WasteMaterial: _Final[_Code] = _Code("SCT", "289925000", "Waste Material", (7165,))
"""Waste Material (SCT 289925000)."""

RegistrationInput: _Final[_Code] = _Code("DCM", "125041", "Registration Input", (7165,))
"""Registration Input (DCM 125041)."""

SingleSubjectExtractedFromGroup: _Final[_Code] = _Code(
    "DCM", "113132", "Single subject extracted from group", (7165,)
)
"""Single subject extracted from group (DCM 113132)."""

ReferenceRegion: _Final[_Code] = _Code("NCIt", "C94970", "Reference Region", (7165, 9000))
"""Reference Region (NCIt C94970)."""

Normal: _Final[_Code] = _Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
