"""CID 8115 Specimen Embedding Media.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1053.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8115
NAME: _Final[str] = "Specimen Embedding Media"
KEYWORD: _Final[str | None] = "SpecimenEmbeddingMedia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1053"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ParaffinWax: _Final[_Code] = _Code("SCT", "311731000", "Paraffin wax", (8115,))
"""Paraffin wax (SCT 311731000)."""

TissueFreezingMedium: _Final[_Code] = _Code("SCT", "433469005", "Tissue freezing medium", (8115,))
"""Tissue freezing medium (SCT 433469005)."""

Plastic: _Final[_Code] = _Code("SCT", "61088005", "Plastic", (8115,))
"""Plastic (SCT 61088005)."""

Agar: _Final[_Code] = _Code("SCT", "10249006", "Agar", (8115,))
"""Agar (SCT 10249006)."""

EpoxyResin: _Final[_Code] = _Code("SCT", "65345002", "Epoxy resin", (8115,))
"""Epoxy resin (SCT 65345002)."""

AcrylicResin: _Final[_Code] = _Code("SCT", "261712009", "Acrylic resin", (8115,))
"""Acrylic resin (SCT 261712009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ParaffinWax,
    TissueFreezingMedium,
    Plastic,
    Agar,
    EpoxyResin,
    AcrylicResin,
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
