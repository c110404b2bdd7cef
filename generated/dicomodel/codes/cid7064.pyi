"""CID 7064 Model Usage.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1205.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EducationalIntent: _Final[_groups.Cid7064Code]
DiagnosticIntent: _Final[_groups.Cid7064Code]
PlanningIntent: _Final[_groups.Cid7064Code]
ToolFabrication: _Final[_groups.Cid7064Code]
ProstheticFabrication: _Final[_groups.Cid7064Code]
ImplantFabrication: _Final[_groups.Cid7064Code]
QualityControlIntent: _Final[_groups.Cid7064Code]
SimulationIntent: _Final[_groups.Cid7064Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7064Code]]
