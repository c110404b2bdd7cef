"""CID 3083 Radioactivity Unit.

Extensible, version 20080927, UID 1.2.840.10008.6.1.737.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3083
NAME: _Final[str] = "Radioactivity Unit"
KEYWORD: _Final[str | None] = "RadioactivityUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.737"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Becquerel: _Final[_Code] = _Code("UCUM", "Bq", "becquerel", (3083,))
"""becquerel (UCUM Bq)."""

Megabecquerel: _Final[_Code] = _Code("UCUM", "MBq", "megabecquerel", (3083,))
"""megabecquerel (UCUM MBq)."""

Millicurie: _Final[_Code] = _Code("UCUM", "mCi", "millicurie", (3083,))
"""millicurie (UCUM mCi)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Becquerel, Megabecquerel, Millicurie)
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
