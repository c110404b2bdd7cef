"""CID 12131 Organ Part (Lateralized).

Extensible, version 20200310, UID 1.2.840.10008.6.1.1317.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12131
NAME: _Final[str] = "Organ Part (Lateralized)"
KEYWORD: _Final[str | None] = "OrganPartLateralized"
UID: _Final[str | None] = "1.2.840.10008.6.1.1317"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftLobeOfThyroid: _Final[_Code] = _Code("SCT", "79163004", "Left lobe of thyroid", (12131,))
"""Left lobe of thyroid (SCT 79163004)."""

RightLobeOfThyroid: _Final[_Code] = _Code("SCT", "29565003", "Right lobe of thyroid", (12131,))
"""Right lobe of thyroid (SCT 29565003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LeftLobeOfThyroid, RightLobeOfThyroid)
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
