"""CID 9535 Radiotherapy Dose Calculation Role.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1245.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PlanningOrganAtRiskVolume: _Final[_groups.Cid9535Code]
AvoidanceVolume: _Final[_groups.Cid9535Code]
OrganAtRisk: _Final[_groups.Cid9535Code]
RadiationDoseShapingVolume: _Final[_groups.Cid9535Code]
ConformalityShell: _Final[_groups.Cid9535Code]
DoseCalculationBoundingVolume: _Final[_groups.Cid9535Code]
RadiationInteractionVolume: _Final[_groups.Cid9535Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9535Code]]
