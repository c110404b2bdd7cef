"""CID 8109 Specimen Collection Procedure.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1047.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8109
NAME: Final[str] = "Specimen Collection Procedure"
KEYWORD: Final[str | None] = "SpecimenCollectionProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.1047"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Aspiration: Final[Code] = Code("SCT", "14766002", "Aspiration", (8109,))
"""Aspiration (SCT 14766002)."""

Biopsy: Final[Code] = Code("SCT", "86273004", "Biopsy", (9, 8109))
"""Biopsy (SCT 86273004)."""

Excision: Final[Code] = Code("SCT", "65801008", "Excision", (8109,))
"""Excision (SCT 65801008)."""

HarvestingOfTissue: Final[Code] = Code("SCT", "53958007", "Harvesting of tissue", (8109,))
"""Harvesting of tissue (SCT 53958007)."""

RemovalOfDevice: Final[Code] = Code("SCT", "128538000", "Removal of device", (8109,))
"""Removal of device (SCT 128538000)."""

Venipuncture: Final[Code] = Code("SCT", "22778000", "Venipuncture", (8109,))
"""Venipuncture (SCT 22778000)."""

TakingOfSwab: Final[Code] = Code("SCT", "285570007", "Taking of swab", (8109,))
"""Taking of swab (SCT 285570007)."""

SpecimenCollection: Final[Code] = Code("SCT", "17636008", "Specimen collection", (3515, 8109, 8111))
"""Specimen collection (SCT 17636008)."""

Scraping: Final[Code] = Code("SCT", "56757003", "Scraping", (8109,))
"""Scraping (SCT 56757003)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
