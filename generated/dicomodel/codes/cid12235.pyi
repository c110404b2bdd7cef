"""CID 12235 Mitral Valve Anatomic Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.626.

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
MedialMitralAnnulus: _Final[_groups.Cid12235Code]
LateralMitralAnnulus: _Final[_groups.Cid12235Code]
MitralAnnulus: _Final[_groups.Cid12235Code]
MEMBERS: _Final[tuple[_groups.Cid12235Code, ...]]
