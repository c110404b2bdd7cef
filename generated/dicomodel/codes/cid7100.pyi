"""CID 7100 RCS Registration Method Type.

Extensible, version 20200920, UID 1.2.840.10008.6.1.494.

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
FrameOfReferenceIdentity: _Final[_groups.Cid7100Code]
AcquisitionEquipmentAlignment: _Final[_groups.Cid7100Code]
VisualAlignment: _Final[_groups.Cid7100Code]
FiducialAlignment: _Final[_groups.Cid7100Code]
ImageContentBasedAlignment: _Final[_groups.Cid7100Code]
ImageContentAndFiducialBasedAlignment: _Final[_groups.Cid7100Code]
MEMBERS: _Final[tuple[_groups.Cid7100Code, ...]]
