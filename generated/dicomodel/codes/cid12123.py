"""CID 12123 Carotid Ratio.

Extensible, version 20030327, UID 1.2.840.10008.6.1.589.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12123
NAME: _Final[str] = "Carotid Ratio"
KEYWORD: _Final[str | None] = "CarotidRatio"
UID: _Final[str | None] = "1.2.840.10008.6.1.589"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ICACCAVelocityRatio: _Final[_Code] = _Code("LN", "33868-1", "ICA/CCA velocity ratio", (12123,))
"""ICA/CCA velocity ratio (LN 33868-1)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ICACCAVelocityRatio,)
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
