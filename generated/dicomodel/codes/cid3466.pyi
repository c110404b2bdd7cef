"""CID 3466 Plane Identification.

Extensible, version 20130806, UID 1.2.840.10008.6.1.108.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RightAnteriorOblique: _Final[_groups.Cid3466Code]
LeftAnteriorOblique: _Final[_groups.Cid3466Code]
AnteroPosterior: _Final[_groups.Cid3466Code]
LeftLateral: _Final[_groups.Cid3466Code]
CranialLAO: _Final[_groups.Cid3466Code]
CranialRAO: _Final[_groups.Cid3466Code]
CaudalLAO: _Final[_groups.Cid3466Code]
CaudalRAO: _Final[_groups.Cid3466Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3466Code]]
