"""CID 9548 General Accessory Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1295.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9548
NAME: _Final[str] = "General Accessory Device Type"
KEYWORD: _Final[str | None] = "GeneralAccessoryDeviceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1295"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Graticule: _Final[_Code] = _Code("DCM", "130349", "Graticule", (9548,))
"""Graticule (DCM 130349)."""

Reticle: _Final[_Code] = _Code("DCM", "130350", "Reticle", (9548,))
"""Reticle (DCM 130350)."""

ImageDetector: _Final[_Code] = _Code("DCM", "130351", "Image Detector", (9548,))
"""Image Detector (DCM 130351)."""

FilmHolder: _Final[_Code] = _Code("DCM", "130352", "Film Holder", (9548,))
"""Film Holder (DCM 130352)."""

WinstonLutzPointer: _Final[_Code] = _Code("DCM", "130353", "Winston-Lutz Pointer", (9548,))
"""Winston-Lutz Pointer (DCM 130353)."""

BowtieFilter: _Final[_Code] = _Code("DCM", "130354", "Bowtie Filter", (9548,))
"""Bowtie Filter (DCM 130354)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Graticule,
    Reticle,
    ImageDetector,
    FilmHolder,
    WinstonLutzPointer,
    BowtieFilter,
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
