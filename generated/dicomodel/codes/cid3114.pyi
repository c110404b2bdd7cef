"""CID 3114 Study Quality.

Extensible, version 20080927, UID 1.2.840.10008.6.1.746.

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
ExcellentImageQuality: _Final[_groups.Cid3114Code]
GoodImageQuality: _Final[_groups.Cid3114Code]
PoorImageQuality: _Final[_groups.Cid3114Code]
UnusableQualityRendersImageUnusable: _Final[_groups.Cid3114Code]
MEMBERS: _Final[tuple[_groups.Cid3114Code, ...]]
