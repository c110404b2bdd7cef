"""CID 3778 Stage.

Extensible, version 20081027, UID 1.2.840.10008.6.1.638.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3778
NAME: _Final[str] = "Stage"
KEYWORD: _Final[str | None] = "Stage"
UID: _Final[str | None] = "1.2.840.10008.6.1.638"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20081027"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Stage0: _Final[_Code] = _Code("SCT", "261613009", "Stage 0", (3778,))
"""Stage 0 (SCT 261613009)."""

Stage1: _Final[_Code] = _Code("SCT", "258215001", "Stage 1", (3778,))
"""Stage 1 (SCT 258215001)."""

Stage2: _Final[_Code] = _Code("SCT", "258219007", "Stage 2", (3778,))
"""Stage 2 (SCT 258219007)."""

Stage3: _Final[_Code] = _Code("SCT", "258224005", "Stage 3", (3778,))
"""Stage 3 (SCT 258224005)."""

Stage4: _Final[_Code] = _Code("SCT", "258228008", "Stage 4", (3778,))
"""Stage 4 (SCT 258228008)."""

Stage5: _Final[_Code] = _Code("SCT", "261617005", "Stage 5", (3778,))
"""Stage 5 (SCT 261617005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Stage0, Stage1, Stage2, Stage3, Stage4, Stage5)
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
