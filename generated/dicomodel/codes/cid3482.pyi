"""CID 3482 IVUS Area Measurement.

Extensible, version 20040614, UID 1.2.840.10008.6.1.117.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EEMCrossSectionalArea: _Final[_groups.Cid3482Code]
VesselLumenCrossSectionalArea: _Final[_groups.Cid3482Code]
StentCrossSectionalArea: _Final[_groups.Cid3482Code]
PlaquePlusMediaCrossSectionalArea: _Final[_groups.Cid3482Code]
InStentNeointimalCrossSectionalArea: _Final[_groups.Cid3482Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3482Code]]
