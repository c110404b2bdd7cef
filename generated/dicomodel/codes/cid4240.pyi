"""CID 4240 Ophthalmic Measurement or Calculation Data Source.

Extensible, version 20190124, UID 1.2.840.10008.6.1.886.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MeasurementFromThisDevice: _Final[_groups.Cid4240Code]
ManualEntry: _Final[_groups.Cid4240Code]
ExternalDataSource: _Final[_groups.Cid4240Code]
AxialMeasurementsSOPInstance: _Final[_groups.Cid4240Code]
RefractiveMeasurementsSOPInstance: _Final[_groups.Cid4240Code]
AutorefractionMeasurementsSOPInstance: _Final[_groups.Cid4240Code]
KeratometryMeasurementsSOPInstance: _Final[_groups.Cid4240Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4240Code]]
