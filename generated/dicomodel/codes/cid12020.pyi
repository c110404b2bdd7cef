"""CID 12020 Fetal Biometry Anatomic Site.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1005.

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
Abdomen: _Final[_groups.Cid12020Code]
Cerebellum: _Final[_groups.Cid12020Code]
CisternaMagna: _Final[_groups.Cid12020Code]
Femur: _Final[_groups.Cid12020Code]
Foot: _Final[_groups.Cid12020Code]
Kidney: _Final[_groups.Cid12020Code]
Skull: _Final[_groups.Cid12020Code]
Thorax: _Final[_groups.Cid12020Code]
Trunk: _Final[_groups.Cid12020Code]
MEMBERS: _Final[tuple[_groups.Cid12020Code, ...]]
