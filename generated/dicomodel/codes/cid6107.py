"""CID 6107 Width Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.427.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6107
NAME: _Final[str] = "Width Descriptor"
KEYWORD: _Final[str | None] = "WidthDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.427"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Enlarged: _Final[_Code] = _Code("SCT", "260376009", "Enlarged", (6107, 6118))
"""Enlarged (SCT 260376009)."""

Narrow: _Final[_Code] = _Code("SCT", "134223000", "Narrow", (6107,))
"""Narrow (SCT 134223000)."""

Vasoconstriction: _Final[_Code] = _Code("DCM", "112077", "Vasoconstriction", (6107,))
"""Vasoconstriction (DCM 112077)."""

Vasodilation: _Final[_Code] = _Code("DCM", "112078", "Vasodilation", (6107,))
"""Vasodilation (DCM 112078)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Enlarged, Narrow, Vasoconstriction, Vasodilation)
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
