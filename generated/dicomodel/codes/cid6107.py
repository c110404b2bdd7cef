"""CID 6107 Width Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.427.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6107
NAME: Final[str] = "Width Descriptor"
KEYWORD: Final[str | None] = "WidthDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.427"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Enlarged: Final[Code] = Code("SCT", "260376009", "Enlarged", (6107, 6118))
"""Enlarged (SCT 260376009)."""

Narrow: Final[Code] = Code("SCT", "134223000", "Narrow", (6107,))
"""Narrow (SCT 134223000)."""

Vasoconstriction: Final[Code] = Code("DCM", "112077", "Vasoconstriction", (6107,))
"""Vasoconstriction (DCM 112077)."""

Vasodilation: Final[Code] = Code("DCM", "112078", "Vasodilation", (6107,))
"""Vasodilation (DCM 112078)."""

MEMBERS: Final[tuple[Code, ...]] = (Enlarged, Narrow, Vasoconstriction, Vasodilation)
"""The resolved membership: own members, then those of the included groups, in order."""
