"""CID 6091 Relative Frequency of Event Value.

Extensible, version 20040112, UID 1.2.840.10008.6.1.413.

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
Continuous: _Final[_groups.Cid6091Code]
Frequent: _Final[_groups.Cid6091Code]
MidFrequency: _Final[_groups.Cid6091Code]
Infrequent: _Final[_groups.Cid6091Code]
AsRequired: _Final[_groups.Cid6091Code]
SingleEvent: _Final[_groups.Cid6091Code]
MEMBERS: _Final[tuple[_groups.Cid6091Code, ...]]
