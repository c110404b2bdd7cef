"""CID 3425 Intervention Parameter.

Extensible, version 20030327, UID 1.2.840.10008.6.1.87.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AngioplastyInflationPressure: _Final[_groups.Cid3425Code]
AngioplastyInflationDuration: _Final[_groups.Cid3425Code]
RotationalAtherectomySpeed: _Final[_groups.Cid3425Code]
DeliveredRadiationDose: _Final[_groups.Cid3425Code]
AblationPower: _Final[_groups.Cid3425Code]
AblationFrequency: _Final[_groups.Cid3425Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3425Code]]
