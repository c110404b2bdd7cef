"""CID 3813 Stent Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.272.

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
Hypoplasia: _Final[_groups.Cid3813Code]
Stenosis: _Final[_groups.Cid3813Code]
Endoleak: _Final[_groups.Cid3813Code]
MigrationOfImplantOrInternalDevice: _Final[_groups.Cid3813Code]
StentDisintegration: _Final[_groups.Cid3813Code]
StentFracture: _Final[_groups.Cid3813Code]
MEMBERS: _Final[tuple[_groups.Cid3813Code, ...]]
