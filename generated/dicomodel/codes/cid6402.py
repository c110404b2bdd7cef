"""CID 6402 Non-lesion Object Type - Substance.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1186.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6402
NAME: _Final[str] = "Non-lesion Object Type - Substance"
KEYWORD: _Final[str | None] = "NonLesionObjectTypeSubstance"
UID: _Final[str | None] = "1.2.840.10008.6.1.1186"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ContrastAgent: _Final[_Code] = _Code("SCT", "7140000", "Contrast agent", (12, 6402))
"""Contrast agent (SCT 7140000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ContrastAgent,)
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
