"""CID 3712 Vessel Descriptor.

Extensible, version 20160314, UID 1.2.840.10008.6.1.213.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Ulcerated: _Final[_groups.Cid3712Code]
Restenotic: _Final[_groups.Cid3712Code]
Bifurcation: _Final[_groups.Cid3712Code]
Culprit: _Final[_groups.Cid3712Code]
Aneurysmal: _Final[_groups.Cid3712Code]
DiffuseDisease: _Final[_groups.Cid3712Code]
LuminalIrregularities: _Final[_groups.Cid3712Code]
MuscleBridge: _Final[_groups.Cid3712Code]
Stenotic: _Final[_groups.Cid3712Code]
Ectatic: _Final[_groups.Cid3712Code]
Calcified: _Final[_groups.Cid3712Code]
Thrombus: _Final[_groups.Cid3712Code]
Tortuous: _Final[_groups.Cid3712Code]
Stented: _Final[_groups.Cid3712Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3712Code]]
