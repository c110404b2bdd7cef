"""CID 3805 Stenosis Type.

Extensible, version 20051103, UID 1.2.840.10008.6.1.266.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3805
NAME: _Final[str] = "Stenosis Type"
KEYWORD: _Final[str | None] = "StenosisType"
UID: _Final[str | None] = "1.2.840.10008.6.1.266"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ArterioscleroticVascularDisease: _Final[_Code] = _Code(
    "SCT", "72092001", "arteriosclerotic vascular disease", (3805,)
)
"""arteriosclerotic vascular disease (SCT 72092001)."""

Compression: _Final[_Code] = _Code("SCT", "71173004", "compression", (3805,))
"""compression (SCT 71173004)."""

Fibrous: _Final[_Code] = _Code("SCT", "255423002", "fibrous", (3802, 3805))
"""fibrous (SCT 255423002)."""

RaynaudDisease: _Final[_Code] = _Code("SCT", "195295006", "Raynaud's disease", (3805,))
"""Raynaud's disease (SCT 195295006)."""

Entrapment: _Final[_Code] = _Code("SCT", "363563002", "entrapment", (3805,))
"""entrapment (SCT 363563002)."""

Vasculitis: _Final[_Code] = _Code("SCT", "31996006", "vasculitis", (3805, 3815))
"""vasculitis (SCT 31996006)."""

Thrombosis: _Final[_Code] = _Code("SCT", "264579008", "thrombosis", (3805,))
"""thrombosis (SCT 264579008)."""

Embolism: _Final[_Code] = _Code("SCT", "55584005", "embolism", (3805, 3810, 3815, 7159))
"""embolism (SCT 55584005)."""

CysticAdventitialDisease: _Final[_Code] = _Code(
    "SCT", "234021009", "cystic adventitial disease", (3805,)
)
"""cystic adventitial disease (SCT 234021009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ArterioscleroticVascularDisease,
    Compression,
    Fibrous,
    RaynaudDisease,
    Entrapment,
    Vasculitis,
    Thrombosis,
    Embolism,
    CysticAdventitialDisease,
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
