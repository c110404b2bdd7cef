"""CID 3428 Cardiovascular Imaging Procedure.

Extensible, version 20180325, UID 1.2.840.10008.6.1.90.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Angiography: _Final[_groups.Cid3428Code]
Aortography: _Final[_groups.Cid3428Code]
CoronaryArteriography: _Final[_groups.Cid3428Code]
CardiacVentriculography: _Final[_groups.Cid3428Code]
LeftVentriculography: _Final[_groups.Cid3428Code]
RightVentriculography: _Final[_groups.Cid3428Code]
BypassGraftAngiography: _Final[_groups.Cid3428Code]
ArterialConduitAngiography: _Final[_groups.Cid3428Code]
TransesophagealEchocardiography: _Final[_groups.Cid3428Code]
TransthoracicEchocardiography: _Final[_groups.Cid3428Code]
EpicardialEchocardiography: _Final[_groups.Cid3428Code]
IntravascularUltrasound: _Final[_groups.Cid3428Code]
IntracardiacEchocardiography: _Final[_groups.Cid3428Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3428Code]]
