"""CID 12021 Fetal Long Bone Anatomic Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1006.

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
Clavicle: _Final[_groups.Cid12021Code]
Femur: _Final[_groups.Cid12021Code]
Fibula: _Final[_groups.Cid12021Code]
Radius: _Final[_groups.Cid12021Code]
Tibia: _Final[_groups.Cid12021Code]
Ulna: _Final[_groups.Cid12021Code]
MEMBERS: _Final[tuple[_groups.Cid12021Code, ...]]
