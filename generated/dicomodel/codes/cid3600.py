"""CID 3600 Relative Time.

Extensible, version 20030327, UID 1.2.840.10008.6.1.153.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3600
NAME: _Final[str] = "Relative Time"
KEYWORD: _Final[str | None] = "RelativeTime"
UID: _Final[str | None] = "1.2.840.10008.6.1.153"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Before: _Final[_Code] = _Code("SCT", "272113006", "Before", (3600,))
"""Before (SCT 272113006)."""

During: _Final[_Code] = _Code("SCT", "272114000", "During", (3600,))
"""During (SCT 272114000)."""

After: _Final[_Code] = _Code("SCT", "288563008", "After", (3600,))
"""After (SCT 288563008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Before, During, After)
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
