"""CID 3486 Vascular Measurement Site.

Extensible, version 20051103, UID 1.2.840.10008.6.1.121.

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
ProximalReference: _Final[_groups.Cid3486Code]
DistalReference: _Final[_groups.Cid3486Code]
SiteOfLumenMinimum: _Final[_groups.Cid3486Code]
SiteOfLumenMaximum: _Final[_groups.Cid3486Code]
MEMBERS: _Final[tuple[_groups.Cid3486Code, ...]]
