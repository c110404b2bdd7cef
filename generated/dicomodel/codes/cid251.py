"""CID 251 Complication Severity.

Extensible, version 20040112, UID 1.2.840.10008.6.1.39.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 251
NAME: Final[str] = "Complication Severity"
KEYWORD: Final[str | None] = "ComplicationSeverity"
UID: Final[str | None] = "1.2.840.10008.6.1.39"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Major: Final[Code] = Code("SCT", "255603008", "Major", (251,))
"""Major (SCT 255603008)."""

Minor: Final[Code] = Code("SCT", "255606000", "Minor", (251,))
"""Minor (SCT 255606000)."""

MEMBERS: Final[tuple[Code, ...]] = (Major, Minor)
"""The resolved membership: own members, then those of the included groups, in order."""
