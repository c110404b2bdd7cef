"""CID 4200 Ophthalmic Imaging Agent.

Extensible, version 20040921, UID 1.2.840.10008.6.1.316.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4200
NAME: _Final[str] = "Ophthalmic Imaging Agent"
KEYWORD: _Final[str | None] = "OphthalmicImagingAgent"
UID: _Final[str | None] = "1.2.840.10008.6.1.316"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040921"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Fluorescein: _Final[_Code] = _Code("SCT", "350086004", "Fluorescein", (4200,))
"""Fluorescein (SCT 350086004)."""

IndocyanineGreen: _Final[_Code] = _Code("SCT", "7292004", "Indocyanine green", (4200,))
"""Indocyanine green (SCT 7292004)."""

RoseBengal: _Final[_Code] = _Code("SCT", "330888007", "Rose Bengal", (4200,))
"""Rose Bengal (SCT 330888007)."""

TrypanBlue: _Final[_Code] = _Code("SCT", "60441008", "Trypan blue", (4200, 8112))
"""Trypan blue (SCT 60441008)."""

MethyleneBlue: _Final[_Code] = _Code("SCT", "354064008", "Methylene blue", (4200,))
"""Methylene blue (SCT 354064008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Fluorescein,
    IndocyanineGreen,
    RoseBengal,
    TrypanBlue,
    MethyleneBlue,
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
