"""CID 69 Imaging Agent Administration Consumable.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1259.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 69
NAME: _Final[str] = "Imaging Agent Administration Consumable"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationConsumable"
UID: _Final[str | None] = "1.2.840.10008.6.1.1259"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Syringe: _Final[_Code] = _Code("SCT", "61968008", "Syringe", (69, 4051))
"""Syringe (SCT 61968008)."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001)."""

Tube: _Final[_Code] = _Code("SCT", "83059008", "Tube", (69,))
"""Tube (SCT 83059008)."""

Needle: _Final[_Code] = _Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005)."""

Bottle: _Final[_Code] = _Code("SCT", "68276009", "Bottle", (68, 69))
"""Bottle (SCT 68276009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Syringe, Catheter, Tube, Needle, Bottle)
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
