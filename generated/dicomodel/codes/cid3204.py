"""CID 3204 Stress Agent.

Extensible, version 20080927, UID 1.2.840.10008.6.1.759.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3204
NAME: Final[str] = "Stress Agent"
KEYWORD: Final[str | None] = "StressAgent"
UID: Final[str | None] = "1.2.840.10008.6.1.759"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Dipyridamole: Final[Code] = Code("SCT", "66859009", "Dipyridamole", (3204,))
"""Dipyridamole (SCT 66859009)."""

Dobutamine: Final[Code] = Code("SCT", "26523005", "Dobutamine", (3204,))
"""Dobutamine (SCT 26523005)."""

Adenosine: Final[Code] = Code("SCT", "108502004", "Adenosine", (3204,))
"""Adenosine (SCT 108502004)."""

Atropine: Final[Code] = Code("SCT", "73949004", "Atropine", (10, 3204))
"""Atropine (SCT 73949004)."""

AdenosineA2ReceptorAgonist: Final[Code] = Code(
    "SCT", "432062000", "Adenosine A2 receptor agonist", (3204,)
)
"""Adenosine A2 receptor agonist (SCT 432062000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Dipyridamole,
    Dobutamine,
    Adenosine,
    Atropine,
    AdenosineA2ReceptorAgonist,
)
"""The resolved membership: own members, then those of the included groups, in order."""
