"""CID 9564 Treatment Session Confirmation Assertion.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1321.

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
BolusPresent: _Final[_groups.Cid9564Code]
Conepresent: _Final[_groups.Cid9564Code]
BlockPresent: _Final[_groups.Cid9564Code]
ApplicatorPresent: _Final[_groups.Cid9564Code]
HeadframePresent: _Final[_groups.Cid9564Code]
MEMBERS: _Final[tuple[_groups.Cid9564Code, ...]]
