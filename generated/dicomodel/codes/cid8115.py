"""CID 8115 Specimen Embedding Media.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1053.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8115
NAME: Final[str] = "Specimen Embedding Media"
KEYWORD: Final[str | None] = "SpecimenEmbeddingMedia"
UID: Final[str | None] = "1.2.840.10008.6.1.1053"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ParaffinWax: Final[Code] = Code("SCT", "311731000", "Paraffin wax", (8115,))
"""Paraffin wax (SCT 311731000)."""

TissueFreezingMedium: Final[Code] = Code("SCT", "433469005", "Tissue freezing medium", (8115,))
"""Tissue freezing medium (SCT 433469005)."""

Plastic: Final[Code] = Code("SCT", "61088005", "Plastic", (8115,))
"""Plastic (SCT 61088005)."""

Agar: Final[Code] = Code("SCT", "10249006", "Agar", (8115,))
"""Agar (SCT 10249006)."""

EpoxyResin: Final[Code] = Code("SCT", "65345002", "Epoxy resin", (8115,))
"""Epoxy resin (SCT 65345002)."""

AcrylicResin: Final[Code] = Code("SCT", "261712009", "Acrylic resin", (8115,))
"""Acrylic resin (SCT 261712009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ParaffinWax,
    TissueFreezingMedium,
    Plastic,
    Agar,
    EpoxyResin,
    AcrylicResin,
)
"""The resolved membership: own members, then those of the included groups, in order."""
