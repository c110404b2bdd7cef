"""CID 7070 Real Time Video Rendition Title.

Extensible, version 20190915, UID 1.2.840.10008.6.1.1303.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7070
NAME: Final[str] = "Real Time Video Rendition Title"
KEYWORD: Final[str | None] = "RealTimeVideoRenditionTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.1303"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190915"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTVRendition: Final[Code] = Code("DCM", "130370", "RTV Rendition", (7070,))
"""RTV Rendition (DCM 130370)."""

RTVAudioAndVideoRendition: Final[Code] = Code(
    "DCM", "130371", "RTV Audio and Video Rendition", (7070,)
)
"""RTV Audio and Video Rendition (DCM 130371)."""

RTVStereoVideoRendition: Final[Code] = Code("DCM", "130372", "RTV Stereo Video Rendition", (7070,))
"""RTV Stereo Video Rendition (DCM 130372)."""

RTVAudioAndStereoVideoRendition: Final[Code] = Code(
    "DCM", "130373", "RTV Audio and Stereo Video Rendition", (7070,)
)
"""RTV Audio and Stereo Video Rendition (DCM 130373)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RTVRendition,
    RTVAudioAndVideoRendition,
    RTVStereoVideoRendition,
    RTVAudioAndStereoVideoRendition,
)
"""The resolved membership: own members, then those of the included groups, in order."""
