"""CID 405 Media Type Code.

Extensible, version 20100824, UID 1.2.840.10008.6.1.908.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 405
NAME: _Final[str] = "Media Type Code"
KEYWORD: _Final[str | None] = "MediaTypeCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.908"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100824"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

USBDiskEmulation: _Final[_Code] = _Code("DCM", "110030", "USB Disk Emulation", (405,))
"""USB Disk Emulation (DCM 110030)."""

Email: _Final[_Code] = _Code("DCM", "110031", "Email", (405,))
"""Email (DCM 110031)."""

CD: _Final[_Code] = _Code("DCM", "110032", "CD", (405,))
"""CD (DCM 110032)."""

DVD: _Final[_Code] = _Code("DCM", "110033", "DVD", (405,))
"""DVD (DCM 110033)."""

CompactFlash: _Final[_Code] = _Code("DCM", "110034", "Compact Flash", (405,))
"""Compact Flash (DCM 110034)."""

MultiMediaCard: _Final[_Code] = _Code("DCM", "110035", "Multi-media Card", (405,))
"""Multi-media Card (DCM 110035)."""

SecureDigitalCard: _Final[_Code] = _Code("DCM", "110036", "Secure Digital Card", (405,))
"""Secure Digital Card (DCM 110036)."""

URI_: _Final[_Code] = _Code("DCM", "110037", "URI", (405,))
"""URI (DCM 110037)."""

Film: _Final[_Code] = _Code("DCM", "110010", "Film", (405,))
"""Film (DCM 110010)."""

PaperDocument: _Final[_Code] = _Code("DCM", "110038", "Paper Document", (405,))
"""Paper Document (DCM 110038)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
