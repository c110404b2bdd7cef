"""CID 4205 Ophthalmic Lens.

Extensible, version 20040921, UID 1.2.840.10008.6.1.321.

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
IndirectOphthalmoscopyLens: _Final[_groups.Cid4205Code]
ConcaveContactFundusLens: _Final[_groups.Cid4205Code]
ConcaveNoncontactFundusLens: _Final[_groups.Cid4205Code]
ContactFundusLens: _Final[_groups.Cid4205Code]
Goniolens: _Final[_groups.Cid4205Code]
ConvexNoncontactFundusLens: _Final[_groups.Cid4205Code]
NoncontactFundusLens: _Final[_groups.Cid4205Code]
ConvexContactFundusLens: _Final[_groups.Cid4205Code]
MEMBERS: _Final[tuple[_groups.Cid4205Code, ...]]
