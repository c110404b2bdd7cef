"""CID 636 Temperature Sensor Device Component Type for Small Animal Procedure.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1101.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RectalTemperature: _Final[_groups.Cid636Code]
Thermography: _Final[_groups.Cid636Code]
CarrierTemperatureSensor: _Final[_groups.Cid636Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid636Code]]
