"""CID 8109 Specimen Collection Procedure.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1047.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8109
NAME: _Final[str] = "Specimen Collection Procedure"
KEYWORD: _Final[str | None] = "SpecimenCollectionProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1047"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Aspiration: _Final[_Code] = _Code("SCT", "14766002", "Aspiration", (8109,))
"""Aspiration (SCT 14766002)."""

Biopsy: _Final[_Code] = _Code("SCT", "86273004", "Biopsy", (9, 8109))
"""Biopsy (SCT 86273004)."""

Excision: _Final[_Code] = _Code("SCT", "65801008", "Excision", (8109,))
"""Excision (SCT 65801008)."""

HarvestingOfTissue: _Final[_Code] = _Code("SCT", "53958007", "Harvesting of tissue", (8109,))
"""Harvesting of tissue (SCT 53958007)."""

RemovalOfDevice: _Final[_Code] = _Code("SCT", "128538000", "Removal of device", (8109,))
"""Removal of device (SCT 128538000)."""

Venipuncture: _Final[_Code] = _Code("SCT", "22778000", "Venipuncture", (8109,))
"""Venipuncture (SCT 22778000)."""

TakingOfSwab: _Final[_Code] = _Code("SCT", "285570007", "Taking of swab", (8109,))
"""Taking of swab (SCT 285570007)."""

SpecimenCollection: _Final[_Code] = _Code(
    "SCT", "17636008", "Specimen collection", (3515, 8109, 8111)
)
"""Specimen collection (SCT 17636008)."""

Scraping: _Final[_Code] = _Code("SCT", "56757003", "Scraping", (8109,))
"""Scraping (SCT 56757003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Aspiration,
    Biopsy,
    Excision,
    HarvestingOfTissue,
    RemovalOfDevice,
    Venipuncture,
    TakingOfSwab,
    SpecimenCollection,
    Scraping,
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
