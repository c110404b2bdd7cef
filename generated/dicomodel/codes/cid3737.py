"""CID 3737 Ischemia Non-invasive Test.

Extensible, version 20030327, UID 1.2.840.10008.6.1.234.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3737
NAME: Final[str] = "Ischemia Non-invasive Test"
KEYWORD: Final[str | None] = "IschemiaNoninvasiveTest"
UID: Final[str | None] = "1.2.840.10008.6.1.234"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NotDone: Final[Code] = Code("NCDR", "48-1", "Not Done", (3737,))
"""Not Done (NCDR 48-1)."""

Positive: Final[Code] = Code("NCDR", "48-2", "Positive", (3737,))
"""Positive (NCDR 48-2)."""

Negative: Final[Code] = Code("NCDR", "48-3", "Negative", (3737,))
"""Negative (NCDR 48-3)."""

Equivocal: Final[Code] = Code("NCDR", "48-4", "Equivocal", (3737,))
"""Equivocal (NCDR 48-4)."""

Arrhythmia: Final[Code] = Code("NCDR", "48-5", "Arrhythmia", (3737,))
"""Arrhythmia (NCDR 48-5)."""

MEMBERS: Final[tuple[Code, ...]] = (NotDone, Positive, Negative, Equivocal, Arrhythmia)
"""The resolved membership: own members, then those of the included groups, in order."""
