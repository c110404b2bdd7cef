"""CID 12301 Measurement Selection Reason.

Extensible, version 20161109, UID 1.2.840.10008.6.1.1142.

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
Maximum: _Final[_groups.Cid12301Code]
Minimum: _Final[_groups.Cid12301Code]
UserChosenValue: _Final[_groups.Cid12301Code]
MostRecentValueChosen: _Final[_groups.Cid12301Code]
MeanValueChosen: _Final[_groups.Cid12301Code]
MEMBERS: _Final[tuple[_groups.Cid12301Code, ...]]
