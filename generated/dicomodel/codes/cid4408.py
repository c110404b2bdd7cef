"""CID 4408 Lesion Visual Finding.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1353.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4408
NAME: _Final[str] = "Lesion Visual Finding"
KEYWORD: _Final[str | None] = "LesionVisualFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.1353"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20201115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BleedingSkin: _Final[_Code] = _Code("SCT", "297968009", "Bleeding skin", (4406, 4408))
"""Bleeding skin (SCT 297968009)."""

Erythema: _Final[_Code] = _Code("SCT", "247441003", "Erythema", (4406, 4408, 6055))
"""Erythema (SCT 247441003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BleedingSkin, Erythema)
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
