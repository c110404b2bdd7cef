"""CID 6320 Abdominopelvic Intervention.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1377.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OperationOnPelvicRegionOfTrunk: _Final[_groups.Cid6320Code]
Prostatectomy: _Final[_groups.Cid6320Code]
Cryoablation: _Final[_groups.Cid6320Code]
IrreversibleElectroporation: _Final[_groups.Cid6320Code]
FocusedUltrasoundAblation: _Final[_groups.Cid6320Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6320Code]]
