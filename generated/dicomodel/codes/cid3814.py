"""CID 3814 Stent Composition.

Extensible, version 20051103, UID 1.2.840.10008.6.1.273.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3814
NAME: _Final[str] = "Stent Composition"
KEYWORD: _Final[str | None] = "StentComposition"
UID: _Final[str | None] = "1.2.840.10008.6.1.273"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MetalStent: _Final[_Code] = _Code("SCT", "257363003", "metal stent", (3814,))
"""metal stent (SCT 257363003)."""

PlasticStent: _Final[_Code] = _Code("SCT", "257362008", "plastic stent", (3814,))
"""plastic stent (SCT 257362008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MetalStent, PlasticStent)
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
