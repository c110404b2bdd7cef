"""CID 7303 Implant Template Modified View Orientation.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1034.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7303
NAME: _Final[str] = "Implant Template Modified View Orientation"
KEYWORD: _Final[str | None] = "ImplantTemplateModifiedViewOrientation"
UID: _Final[str | None] = "1.2.840.10008.6.1.1034"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20101102"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AP45_112300: _Final[_Code] = _Code("DCM", "112300", "AP+45", (7303,))
"""AP+45 (DCM 112300)."""

AP45_112301: _Final[_Code] = _Code("DCM", "112301", "AP-45", (7303,))
"""AP-45 (DCM 112301)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AP45_112300, AP45_112301)
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
