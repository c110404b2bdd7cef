"""CID 7070 Real Time Video Rendition Title.

Extensible, version 20190915, UID 1.2.840.10008.6.1.1303.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
RTVRendition: _Final[_Code]
RTVAudioAndVideoRendition: _Final[_Code]
RTVStereoVideoRendition: _Final[_Code]
RTVAudioAndStereoVideoRendition: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
