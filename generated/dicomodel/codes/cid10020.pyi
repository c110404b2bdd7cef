"""CID 10020 Source of Projection X-Ray Dose Information.

Extensible, version 20120406, UID 1.2.840.10008.6.1.1054.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AutomatedDataCollection: _Final[_groups.Cid10020Code]
ManualEntry: _Final[_groups.Cid10020Code]
MPPSContent: _Final[_groups.Cid10020Code]
Dosimeter: _Final[_groups.Cid10020Code]
CopiedFromImageAttributes: _Final[_groups.Cid10020Code]
ComputedFromImageAttributes: _Final[_groups.Cid10020Code]
DerivedFromHumanReadableReports: _Final[_groups.Cid10020Code]
SystemCalculated: _Final[_groups.Cid10020Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10020Code]]
