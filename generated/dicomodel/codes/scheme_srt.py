"""Coding scheme SRT: SNOMED CT.

10 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "SRT"
NAME: Final[str] = "SNOMED CT"
UID: Final[str | None] = "2.16.840.1.113883.6.96"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

AnteroPosterior: Final[Code] = Code("SRT", "G-5200", "Antero-posterior", (26,), retired=True)
"""Antero-posterior (SRT G-5200). Retired."""

AnteroPosteriorOblique: Final[Code] = Code(
    "SRT", "G-5204", "Antero-posterior Oblique", (26,), retired=True
)
"""Antero-posterior Oblique (SRT G-5204). Retired."""

FrontalOblique: Final[Code] = Code("SRT", "G-5203", "Frontal oblique", (26,), retired=True)
"""Frontal oblique (SRT G-5203). Retired."""

FrontalObliqueAxial: Final[Code] = Code(
    "SRT", "G-5211", "Frontal-oblique axial", (26,), retired=True
)
"""Frontal-oblique axial (SRT G-5211). Retired."""

LeftToRightOblique: Final[Code] = Code(
    "SRT", "G-5227", "Left to right oblique", (26,), retired=True
)
"""Left to right oblique (SRT G-5227). Retired."""

ObliqueSubmentoVertex: Final[Code] = Code(
    "SRT", "G-5214", "Oblique submento-vertex", (26,), retired=True
)
"""Oblique submento-vertex (SRT G-5214). Retired."""

PosteroAnterior: Final[Code] = Code("SRT", "G-5201", "Postero-anterior", (26,), retired=True)
"""Postero-anterior (SRT G-5201). Retired."""

PosteroAnteriorOblique: Final[Code] = Code(
    "SRT", "G-5205", "Postero-anterior Oblique", (26,), retired=True
)
"""Postero-anterior Oblique (SRT G-5205). Retired."""

RightToLeftOblique: Final[Code] = Code(
    "SRT", "G-5226", "Right to left oblique", (26,), retired=True
)
"""Right to left oblique (SRT G-5226). Retired."""

SubmentoVertexAxial: Final[Code] = Code(
    "SRT", "G-5213", "Submento-vertex axial", (26,), retired=True
)
"""Submento-vertex axial (SRT G-5213). Retired."""

MEMBERS: Final[tuple[Code, ...]] = (
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
