"""CID 3019 Cardiovascular Anatomic Structure Modifier.

Extensible, version 20240611, UID 1.2.840.10008.6.1.49.
Includes CID 247, CID 212.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GraftToDistalAnastomosis: _Final[_groups.Cid3019Code]
GraftToProximalAnastomosis: _Final[_groups.Cid3019Code]
Ostium: _Final[_groups.Cid3019Code]
EntireVessel: _Final[_groups.Cid3019Code]
AneurysmOnCitedVessel: _Final[_groups.Cid3019Code]
GraftToCitedSegmentProximalSection: _Final[_groups.Cid3019Code]
GraftToCitedSegmentMidSection: _Final[_groups.Cid3019Code]
GraftToCitedSegmentDistalSection: _Final[_groups.Cid3019Code]
Right: _Final[_groups.Cid3019Code]
Left: _Final[_groups.Cid3019Code]
Anterior: _Final[_groups.Cid3019Code]
Central: _Final[_groups.Cid3019Code]
Distal: _Final[_groups.Cid3019Code]
Inferior: _Final[_groups.Cid3019Code]
Lateral: _Final[_groups.Cid3019Code]
Median: _Final[_groups.Cid3019Code]
Middle: _Final[_groups.Cid3019Code]
MidLongitudinal: _Final[_groups.Cid3019Code]
Posterior: _Final[_groups.Cid3019Code]
Proximal: _Final[_groups.Cid3019Code]
Superior: _Final[_groups.Cid3019Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3019Code]]
