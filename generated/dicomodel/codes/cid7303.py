"""CID 7303 Implant Template Modified View Orientation.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1034.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7303
NAME: Final[str] = "Implant Template Modified View Orientation"
KEYWORD: Final[str | None] = "ImplantTemplateModifiedViewOrientation"
UID: Final[str | None] = "1.2.840.10008.6.1.1034"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20101102"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AP45_112300: Final[Code] = Code("DCM", "112300", "AP+45", (7303,))
"""AP+45 (DCM 112300)."""

AP45_112301: Final[Code] = Code("DCM", "112301", "AP-45", (7303,))
"""AP-45 (DCM 112301)."""

MEMBERS: Final[tuple[Code, ...]] = (AP45_112300, AP45_112301)
"""The resolved membership: own members, then those of the included groups, in order."""
