"""CID 405 Media Type Code.

Extensible, version 20100824, UID 1.2.840.10008.6.1.908.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
USBDiskEmulation: _Final[_groups.Cid405Code]
Email: _Final[_groups.Cid405Code]
CD: _Final[_groups.Cid405Code]
DVD: _Final[_groups.Cid405Code]
CompactFlash: _Final[_groups.Cid405Code]
MultiMediaCard: _Final[_groups.Cid405Code]
SecureDigitalCard: _Final[_groups.Cid405Code]
URI_: _Final[_groups.Cid405Code]
Film: _Final[_groups.Cid405Code]
PaperDocument: _Final[_groups.Cid405Code]
MEMBERS: _Final[tuple[_groups.Cid405Code, ...]]
