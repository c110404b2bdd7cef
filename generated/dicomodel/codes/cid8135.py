"""CID 8135 Microscopy Annotation Property Type.

Extensible, version 20210712, UID 1.2.840.10008.6.1.1365.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8135
NAME: _Final[str] = "Microscopy Annotation Property Type"
KEYWORD: _Final[str | None] = "MicroscopyAnnotationPropertyType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1365"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210712"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cell: _Final[_Code] = _Code("SCT", "4421005", "Cell", (8135,))
"""Cell (SCT 4421005)."""

Nucleus: _Final[_Code] = _Code("SCT", "84640000", "Nucleus", (8135,))
"""Nucleus (SCT 84640000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Cell, Nucleus)
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
