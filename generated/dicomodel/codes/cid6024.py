"""CID 6024 Depth.

Extensible, version 20020904, UID 1.2.840.10008.6.1.354.
Includes CID 6025.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6024
NAME: _Final[str] = "Depth"
KEYWORD: _Final[str | None] = "Depth"
UID: _Final[str | None] = "1.2.840.10008.6.1.354"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6025,)
EXTERNAL_SCHEME: _Final[str | None] = None

Anterior: _Final[_Code] = _Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009). Included from CID 6025."""

Middle: _Final[_Code] = _Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569). Included from CID 6025."""

Posterior: _Final[_Code] = _Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008). Included from CID 6025."""

MEMBERS: _Final[tuple[_Code, ...]] = (Anterior, Middle, Posterior)
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
