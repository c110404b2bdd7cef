"""CID 4208 Mydriatic Agent.

Extensible, version 20190817, UID 1.2.840.10008.6.1.324.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4208
NAME: Final[str] = "Mydriatic Agent"
KEYWORD: Final[str | None] = "MydriaticAgent"
UID: Final[str | None] = "1.2.840.10008.6.1.324"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Atropine: Final[Code] = Code("SCT", "771928002", "Atropine", (4208,))
"""Atropine (SCT 771928002)."""

Homatropine: Final[Code] = Code("SCT", "82264009", "Homatropine", (4208,))
"""Homatropine (SCT 82264009)."""

Cyclopentolate: Final[Code] = Code("SCT", "8348002", "Cyclopentolate", (4208,))
"""Cyclopentolate (SCT 8348002)."""

Phenylephrine: Final[Code] = Code("SCT", "386693003", "Phenylephrine", (4208,))
"""Phenylephrine (SCT 386693003)."""

Tropicamide: Final[Code] = Code("SCT", "9190005", "Tropicamide", (4208,))
"""Tropicamide (SCT 9190005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Atropine,
    Homatropine,
    Cyclopentolate,
    Phenylephrine,
    Tropicamide,
)
"""The resolved membership: own members, then those of the included groups, in order."""
