"""CID 405 Media Type Code.

Extensible, version 20100824, UID 1.2.840.10008.6.1.908.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 405
NAME: Final[str] = "Media Type Code"
KEYWORD: Final[str | None] = "MediaTypeCode"
UID: Final[str | None] = "1.2.840.10008.6.1.908"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100824"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

USBDiskEmulation: Final[Code] = Code("DCM", "110030", "USB Disk Emulation", (405,))
"""USB Disk Emulation (DCM 110030)."""

Email: Final[Code] = Code("DCM", "110031", "Email", (405,))
"""Email (DCM 110031)."""

CD: Final[Code] = Code("DCM", "110032", "CD", (405,))
"""CD (DCM 110032)."""

DVD: Final[Code] = Code("DCM", "110033", "DVD", (405,))
"""DVD (DCM 110033)."""

CompactFlash: Final[Code] = Code("DCM", "110034", "Compact Flash", (405,))
"""Compact Flash (DCM 110034)."""

MultiMediaCard: Final[Code] = Code("DCM", "110035", "Multi-media Card", (405,))
"""Multi-media Card (DCM 110035)."""

SecureDigitalCard: Final[Code] = Code("DCM", "110036", "Secure Digital Card", (405,))
"""Secure Digital Card (DCM 110036)."""

URI_: Final[Code] = Code("DCM", "110037", "URI", (405,))
"""URI (DCM 110037)."""

Film: Final[Code] = Code("DCM", "110010", "Film", (405,))
"""Film (DCM 110010)."""

PaperDocument: Final[Code] = Code("DCM", "110038", "Paper Document", (405,))
"""Paper Document (DCM 110038)."""

MEMBERS: Final[tuple[Code, ...]] = (
    USBDiskEmulation,
    Email,
    CD,
    DVD,
    CompactFlash,
    MultiMediaCard,
    SecureDigitalCard,
    URI_,
    Film,
    PaperDocument,
)
"""The resolved membership: own members, then those of the included groups, in order."""
