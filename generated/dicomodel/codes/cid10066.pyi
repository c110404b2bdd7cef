"""CID 10066 Attenuator Category.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1160.

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
Table: _Final[_groups.Cid10066Code]
TableCore: _Final[_groups.Cid10066Code]
TableOuterLiner: _Final[_groups.Cid10066Code]
TablePad: _Final[_groups.Cid10066Code]
XRayShield: _Final[_groups.Cid10066Code]
BeamBlock: _Final[_groups.Cid10066Code]
ShieldingBlock: _Final[_groups.Cid10066Code]
PatientSupport: _Final[_groups.Cid10066Code]
XRayFilters: _Final[_groups.Cid10066Code]
MEMBERS: _Final[tuple[_groups.Cid10066Code, ...]]
