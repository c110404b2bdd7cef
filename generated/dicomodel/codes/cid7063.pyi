"""CID 7063 Model Scale Unit.

Non-extensible, version 20180403, UID 1.2.840.10008.6.1.1204.

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
M: _Final[_groups.Cid7063Code]
cm: _Final[_groups.Cid7063Code]
mm: _Final[_groups.Cid7063Code]
um: _Final[_groups.Cid7063Code]
MEMBERS: _Final[tuple[_groups.Cid7063Code, ...]]
