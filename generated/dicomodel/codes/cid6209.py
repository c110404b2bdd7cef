"""CID 6209 Colon Morphology Descriptor.

Extensible, version 20090402, UID 1.2.840.10008.6.1.796.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6209
NAME: Final[str] = "Colon Morphology Descriptor"
KEYWORD: Final[str | None] = "ColonMorphologyDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.796"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Sessile: Final[Code] = Code("SCT", "5712003", "Sessile", (6209,))
"""Sessile (SCT 5712003)."""

Pedunculated: Final[Code] = Code("SCT", "25126001", "Pedunculated", (6209,))
"""Pedunculated (SCT 25126001)."""

Flat: Final[Code] = Code("SCT", "6041008", "Flat", (6209,))
"""Flat (SCT 6041008)."""

Circumferential: Final[Code] = Code("SCT", "255593009", "Circumferential", (6209,))
"""Circumferential (SCT 255593009)."""

Ulcer: Final[Code] = Code("SCT", "56208002", "Ulcer", (6209,))
"""Ulcer (SCT 56208002)."""

MEMBERS: Final[tuple[Code, ...]] = (Sessile, Pedunculated, Flat, Circumferential, Ulcer)
"""The resolved membership: own members, then those of the included groups, in order."""
