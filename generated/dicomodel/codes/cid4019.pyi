"""CID 4019 Primary Anatomic Structure for Intra-oral Radiography (Deciduous Dentition - Designation of Teeth).

Non-extensible, version 20230119, UID 1.2.840.10008.6.1.303.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DeciduousMaxillaryRightCentralIncisorTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryRightLateralIncisorTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryRightCanineTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryRightFirstMolarTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryRightSecondMolarTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryLeftCentralIncisorTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryLeftLateralIncisorTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryLeftCanineTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryLeftFirstMolarTooth: _Final[_groups.Cid4019Code]
DeciduousMaxillaryLeftSecondMolarTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularLeftCentralIncisorTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularLeftLateralIncisorTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularLeftCanineTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularLeftFirstMolarTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularLeftSecondMolarTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularRightCentralIncisorTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularRightLateralIncisorTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularRightCanineTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularRightFirstMolarTooth: _Final[_groups.Cid4019Code]
DeciduousMandibularRightSecondMolarTooth: _Final[_groups.Cid4019Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4019Code]]
