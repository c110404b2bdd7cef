"""CID 8125 Microscopy Illuminator Type.

Extensible, version 20100824, UID 1.2.840.10008.6.1.902.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8125
NAME: _Final[str] = "Microscopy Illuminator Type"
KEYWORD: _Final[str | None] = "MicroscopyIlluminatorType"
UID: _Final[str | None] = "1.2.840.10008.6.1.902"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100824"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TungstenHalogenLamp: _Final[_Code] = _Code("SCT", "445679001", "Tungsten halogen lamp", (8125,))
"""Tungsten halogen lamp (SCT 445679001)."""

MercuryArcLamp: _Final[_Code] = _Code("SCT", "445685008", "Mercury arc lamp", (8125,))
"""Mercury arc lamp (SCT 445685008)."""

XenonArcLamp: _Final[_Code] = _Code("SCT", "445671003", "Xenon arc lamp", (8125,))
"""Xenon arc lamp (SCT 445671003)."""

LightEmittingDiode: _Final[_Code] = _Code("SCT", "445683001", "Light emitting diode", (8125,))
"""Light emitting diode (SCT 445683001)."""

Laser: _Final[_Code] = _Code("SCT", "122456005", "Laser", (8125,))
"""Laser (SCT 122456005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TungstenHalogenLamp,
    MercuryArcLamp,
    XenonArcLamp,
    LightEmittingDiode,
    Laser,
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
