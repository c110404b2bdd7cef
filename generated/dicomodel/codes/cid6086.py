"""CID 6086 Menopausal Phase.

Extensible, version 20040112, UID 1.2.840.10008.6.1.408.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6086
NAME: _Final[str] = "Menopausal Phase"
KEYWORD: _Final[str | None] = "MenopausalPhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.408"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BeforeMenopause: _Final[_Code] = _Code("SCT", "309606002", "Before menopause", (6086,))
"""Before menopause (SCT 309606002)."""

DuringMenopause: _Final[_Code] = _Code("SCT", "303111005", "During menopause", (6086,))
"""During menopause (SCT 303111005)."""

AfterMenopause: _Final[_Code] = _Code("SCT", "307429007", "After menopause", (6086,))
"""After menopause (SCT 307429007)."""

PostsurgicalMenopause: _Final[_Code] = _Code("SCT", "371036001", "Postsurgical menopause", (6086,))
"""Postsurgical menopause (SCT 371036001)."""

ArtificialMenopauseState: _Final[_Code] = _Code(
    "SCT", "31351009", "Artificial menopause state", (6086,)
)
"""Artificial menopause state (SCT 31351009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BeforeMenopause,
    DuringMenopause,
    AfterMenopause,
    PostsurgicalMenopause,
    ArtificialMenopauseState,
)
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
