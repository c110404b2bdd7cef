"""CID 4242 Cornea Measurement Method Descriptor.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1275.
Includes CID 4235.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TotalCorneaPowerMeasurementMethod: _Final[_groups.Cid4242Code]
PosteriorCorneaSurfaceMeasurementMethod: _Final[_groups.Cid4242Code]
ManualKeratometry: _Final[_groups.Cid4242Code]
AutoKeratometry: _Final[_groups.Cid4242Code]
SimulatedKeratometry: _Final[_groups.Cid4242Code]
EquivalentKReading: _Final[_groups.Cid4242Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4242Code]]
