"""CID 405 Media Type Code.

Extensible, version 20100824, UID 1.2.840.10008.6.1.908.

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
USBDiskEmulation: _Final[_Code]
Email: _Final[_Code]
CD: _Final[_Code]
DVD: _Final[_Code]
CompactFlash: _Final[_Code]
MultiMediaCard: _Final[_Code]
SecureDigitalCard: _Final[_Code]
URI_: _Final[_Code]
Film: _Final[_Code]
PaperDocument: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
