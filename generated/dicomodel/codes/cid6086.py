"""CID 6086 Menopausal Phase.

Extensible, version 20040112, UID 1.2.840.10008.6.1.408.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6086
NAME: Final[str] = "Menopausal Phase"
KEYWORD: Final[str | None] = "MenopausalPhase"
UID: Final[str | None] = "1.2.840.10008.6.1.408"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BeforeMenopause: Final[Code] = Code("SCT", "309606002", "Before menopause", (6086,))
"""Before menopause (SCT 309606002)."""

DuringMenopause: Final[Code] = Code("SCT", "303111005", "During menopause", (6086,))
"""During menopause (SCT 303111005)."""

AfterMenopause: Final[Code] = Code("SCT", "307429007", "After menopause", (6086,))
"""After menopause (SCT 307429007)."""

PostsurgicalMenopause: Final[Code] = Code("SCT", "371036001", "Postsurgical menopause", (6086,))
"""Postsurgical menopause (SCT 371036001)."""

ArtificialMenopauseState: Final[Code] = Code(
    "SCT", "31351009", "Artificial menopause state", (6086,)
)
"""Artificial menopause state (SCT 31351009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BeforeMenopause,
    DuringMenopause,
    AfterMenopause,
    PostsurgicalMenopause,
    ArtificialMenopauseState,
)
"""The resolved membership: own members, then those of the included groups, in order."""
