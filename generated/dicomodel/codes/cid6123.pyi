"""CID 6123 Chest Opacity Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.443.

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
Acinar: _Final[_groups.Cid6123Code]
AirSpace: _Final[_groups.Cid6123Code]
Fibronodular: _Final[_groups.Cid6123Code]
Fluffy: _Final[_groups.Cid6123Code]
Linear: _Final[_groups.Cid6123Code]
Profusion: _Final[_groups.Cid6123Code]
SilhouetteSign: _Final[_groups.Cid6123Code]
MEMBERS: _Final[tuple[_groups.Cid6123Code, ...]]
