"""CID 3761 Antilipemic Agent.

Extensible, version 20190817, UID 1.2.840.10008.6.1.255.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3761
NAME: _Final[str] = "Antilipemic Agent"
KEYWORD: _Final[str | None] = "AntilipemicAgent"
UID: _Final[str | None] = "1.2.840.10008.6.1.255"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnionExchangeResin: _Final[_Code] = _Code("SCT", "346322006", "Anion exchange resin", (3761,))
"""Anion exchange resin (SCT 346322006)."""

BileAcidSequestrant: _Final[_Code] = _Code("SCT", "372872006", "Bile acid sequestrant", (3761,))
"""Bile acid sequestrant (SCT 372872006)."""

Fibrate: _Final[_Code] = _Code("NCIt", "C98150", "Fibrate", (3761,))
"""Fibrate (NCIt C98150)."""

FishOils: _Final[_Code] = _Code("SCT", "346441008", "Fish oils", (3761,))
"""Fish oils (SCT 346441008)."""

Statins: _Final[_Code] = _Code("SCT", "96302009", "Statins", (3761,))
"""Statins (SCT 96302009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnionExchangeResin,
    BileAcidSequestrant,
    Fibrate,
    FishOils,
    Statins,
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
