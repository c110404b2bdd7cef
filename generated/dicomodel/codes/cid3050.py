"""CID 3050 Patient Consciousness.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1490.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3050
NAME: Final[str] = "Patient Consciousness"
KEYWORD: Final[str | None] = "PatientConsciousness"
UID: Final[str | None] = "1.2.840.10008.6.1.1490"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240616"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Asleep: Final[Code] = Code("SCT", "248220008", "Asleep", (3050,))
"""Asleep (SCT 248220008)."""

Awake: Final[Code] = Code("SCT", "248218005", "Awake", (3050,))
"""Awake (SCT 248218005)."""

Drowsy: Final[Code] = Code("SCT", "271782001", "Drowsy", (3035, 3050))
"""Drowsy (SCT 271782001)."""

MEMBERS: Final[tuple[Code, ...]] = (Asleep, Awake, Drowsy)
"""The resolved membership: own members, then those of the included groups, in order."""
