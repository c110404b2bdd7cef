"""CID 4238 Refractive Error Type.

Extensible, version 20100623, UID 1.2.840.10008.6.1.884.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4238
NAME: Final[str] = "Refractive Error Type"
KEYWORD: Final[str | None] = "RefractiveErrorType"
UID: Final[str | None] = "1.2.840.10008.6.1.884"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Myopia: Final[Code] = Code("SCT", "57190000", "Myopia", (4238,))
"""Myopia (SCT 57190000)."""

Hyperopia: Final[Code] = Code("SCT", "38101003", "Hyperopia", (4238,))
"""Hyperopia (SCT 38101003)."""

MEMBERS: Final[tuple[Code, ...]] = (Myopia, Hyperopia)
"""The resolved membership: own members, then those of the included groups, in order."""
