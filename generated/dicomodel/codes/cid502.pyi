"""CID 502 Volumetric View Modifier.

Extensible, version 20150915, UID 1.2.840.10008.6.1.1058.
Includes CID 6, CID 23, CID 4011.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Coronal: _Final[_groups.Cid502Code]
Longitudinal: _Final[_groups.Cid502Code]
Sagittal: _Final[_groups.Cid502Code]
Parasagittal: _Final[_groups.Cid502Code]
Oblique: _Final[_groups.Cid502Code]
LongAxis: _Final[_groups.Cid502Code]
OffAxis: _Final[_groups.Cid502Code]
ShortAxis: _Final[_groups.Cid502Code]
FiveChamber: _Final[_groups.Cid502Code]
TwoChamber: _Final[_groups.Cid502Code]
FourChamber: _Final[_groups.Cid502Code]
Transverse: _Final[_groups.Cid502Code]
Cephalic: _Final[_groups.Cid502Code]
Caudal: _Final[_groups.Cid502Code]
Cephalad: _Final[_groups.Cid502Code]
Caudad: _Final[_groups.Cid502Code]
Transthoracic: _Final[_groups.Cid502Code]
Transforamenal: _Final[_groups.Cid502Code]
Transoral: _Final[_groups.Cid502Code]
Transorbital: _Final[_groups.Cid502Code]
Crosstable: _Final[_groups.Cid502Code]
MouthClosed: _Final[_groups.Cid502Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid502Code]]
