"""CID 6120 Chest Border Definition.

Extensible, version 20190326, UID 1.2.840.10008.6.1.440.

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
WellDefined: _Final[_groups.Cid6120Code]
SharplyDefined: _Final[_groups.Cid6120Code]
PoorlyDefined: _Final[_groups.Cid6120Code]
DistinctlyDefined: _Final[_groups.Cid6120Code]
WellDemarcated: _Final[_groups.Cid6120Code]
SharplyDemarcated: _Final[_groups.Cid6120Code]
PoorlyDemarcated: _Final[_groups.Cid6120Code]
Circumscribed: _Final[_groups.Cid6120Code]
MEMBERS: _Final[tuple[_groups.Cid6120Code, ...]]
