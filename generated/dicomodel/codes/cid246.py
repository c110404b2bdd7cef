"""CID 246 Relative Laterality.

Non-extensible, version 20190326, UID 1.2.840.10008.6.1.1279.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 246
NAME: _Final[str] = "Relative Laterality"
KEYWORD: _Final[str | None] = "RelativeLaterality"
UID: _Final[str | None] = "1.2.840.10008.6.1.1279"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20190326"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Ipsilateral: _Final[_Code] = _Code("SCT", "255208005", "Ipsilateral", (246,))
"""Ipsilateral (SCT 255208005)."""

Contralateral: _Final[_Code] = _Code("SCT", "255209002", "Contralateral", (246,))
"""Contralateral (SCT 255209002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Ipsilateral, Contralateral)
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
