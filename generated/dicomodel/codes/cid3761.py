"""CID 3761 Antilipemic Agent.

Extensible, version 20190817, UID 1.2.840.10008.6.1.255.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3761
NAME: Final[str] = "Antilipemic Agent"
KEYWORD: Final[str | None] = "AntilipemicAgent"
UID: Final[str | None] = "1.2.840.10008.6.1.255"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnionExchangeResin: Final[Code] = Code("SCT", "346322006", "Anion exchange resin", (3761,))
"""Anion exchange resin (SCT 346322006)."""

BileAcidSequestrant: Final[Code] = Code("SCT", "372872006", "Bile acid sequestrant", (3761,))
"""Bile acid sequestrant (SCT 372872006)."""

Fibrate: Final[Code] = Code("NCIt", "C98150", "Fibrate", (3761,))
"""Fibrate (NCIt C98150)."""

FishOils: Final[Code] = Code("SCT", "346441008", "Fish oils", (3761,))
"""Fish oils (SCT 346441008)."""

Statins: Final[Code] = Code("SCT", "96302009", "Statins", (3761,))
"""Statins (SCT 96302009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnionExchangeResin,
    BileAcidSequestrant,
    Fibrate,
    FishOils,
    Statins,
)
"""The resolved membership: own members, then those of the included groups, in order."""
