"""Coding scheme SRT: SNOMED CT.

10 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "SRT"
NAME: _Final[str] = "SNOMED CT"
UID: _Final[str | None] = "2.16.840.1.113883.6.96"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

AnteroPosterior: _Final[_Code] = _Code("SRT", "G-5200", "Antero-posterior", (26,), retired=True)
"""Antero-posterior (SRT G-5200). Retired."""

AnteroPosteriorOblique: _Final[_Code] = _Code(
    "SRT", "G-5204", "Antero-posterior Oblique", (26,), retired=True
)
"""Antero-posterior Oblique (SRT G-5204). Retired."""

FrontalOblique: _Final[_Code] = _Code("SRT", "G-5203", "Frontal oblique", (26,), retired=True)
"""Frontal oblique (SRT G-5203). Retired."""

FrontalObliqueAxial: _Final[_Code] = _Code(
    "SRT", "G-5211", "Frontal-oblique axial", (26,), retired=True
)
"""Frontal-oblique axial (SRT G-5211). Retired."""

LeftToRightOblique: _Final[_Code] = _Code(
    "SRT", "G-5227", "Left to right oblique", (26,), retired=True
)
"""Left to right oblique (SRT G-5227). Retired."""

ObliqueSubmentoVertex: _Final[_Code] = _Code(
    "SRT", "G-5214", "Oblique submento-vertex", (26,), retired=True
)
"""Oblique submento-vertex (SRT G-5214). Retired."""

PosteroAnterior: _Final[_Code] = _Code("SRT", "G-5201", "Postero-anterior", (26,), retired=True)
"""Postero-anterior (SRT G-5201). Retired."""

PosteroAnteriorOblique: _Final[_Code] = _Code(
    "SRT", "G-5205", "Postero-anterior Oblique", (26,), retired=True
)
"""Postero-anterior Oblique (SRT G-5205). Retired."""

RightToLeftOblique: _Final[_Code] = _Code(
    "SRT", "G-5226", "Right to left oblique", (26,), retired=True
)
"""Right to left oblique (SRT G-5226). Retired."""

SubmentoVertexAxial: _Final[_Code] = _Code(
    "SRT", "G-5213", "Submento-vertex axial", (26,), retired=True
)
"""Submento-vertex axial (SRT G-5213). Retired."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnteroPosterior,
    AnteroPosteriorOblique,
    FrontalOblique,
    FrontalObliqueAxial,
    LeftToRightOblique,
    ObliqueSubmentoVertex,
    PosteroAnterior,
    PosteroAnteriorOblique,
    RightToLeftOblique,
    SubmentoVertexAxial,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
