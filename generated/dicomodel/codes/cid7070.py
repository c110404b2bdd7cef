"""CID 7070 Real Time Video Rendition Title.

Extensible, version 20190915, UID 1.2.840.10008.6.1.1303.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7070
NAME: _Final[str] = "Real Time Video Rendition Title"
KEYWORD: _Final[str | None] = "RealTimeVideoRenditionTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1303"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190915"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTVRendition: _Final[_Code] = _Code("DCM", "130370", "RTV Rendition", (7070,))
"""RTV Rendition (DCM 130370)."""

RTVAudioAndVideoRendition: _Final[_Code] = _Code(
    "DCM", "130371", "RTV Audio and Video Rendition", (7070,)
)
"""RTV Audio and Video Rendition (DCM 130371)."""

RTVStereoVideoRendition: _Final[_Code] = _Code(
    "DCM", "130372", "RTV Stereo Video Rendition", (7070,)
)
"""RTV Stereo Video Rendition (DCM 130372)."""

RTVAudioAndStereoVideoRendition: _Final[_Code] = _Code(
    "DCM", "130373", "RTV Audio and Stereo Video Rendition", (7070,)
)
"""RTV Audio and Stereo Video Rendition (DCM 130373)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTVRendition,
    RTVAudioAndVideoRendition,
    RTVStereoVideoRendition,
    RTVAudioAndStereoVideoRendition,
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
