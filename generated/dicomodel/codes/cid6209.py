"""CID 6209 Colon Morphology Descriptor.

Extensible, version 20090402, UID 1.2.840.10008.6.1.796.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6209
NAME: _Final[str] = "Colon Morphology Descriptor"
KEYWORD: _Final[str | None] = "ColonMorphologyDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.796"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Sessile: _Final[_Code] = _Code("SCT", "5712003", "Sessile", (6209,))
"""Sessile (SCT 5712003)."""

Pedunculated: _Final[_Code] = _Code("SCT", "25126001", "Pedunculated", (6209,))
"""Pedunculated (SCT 25126001)."""

Flat: _Final[_Code] = _Code("SCT", "6041008", "Flat", (6209,))
"""Flat (SCT 6041008)."""

Circumferential: _Final[_Code] = _Code("SCT", "255593009", "Circumferential", (6209,))
"""Circumferential (SCT 255593009)."""

Ulcer: _Final[_Code] = _Code("SCT", "56208002", "Ulcer", (6209,))
"""Ulcer (SCT 56208002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Sessile, Pedunculated, Flat, Circumferential, Ulcer)
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
