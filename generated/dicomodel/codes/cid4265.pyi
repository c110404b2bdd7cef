"""CID 4265 Ophthalmic Thickness Deviation Category.

Extensible, version 20110825, UID 1.2.840.10008.6.1.941.

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
PGreaterThan5Percent: _Final[_groups.Cid4265Code]
PLesserThan5Percent: _Final[_groups.Cid4265Code]
PLesserThan2Percent: _Final[_groups.Cid4265Code]
PLesserThan1Percent: _Final[_groups.Cid4265Code]
PLesserThan0Point5Percent: _Final[_groups.Cid4265Code]
MEMBERS: _Final[tuple[_groups.Cid4265Code, ...]]
