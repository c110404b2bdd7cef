"""CID 702 RT Content Assessment Type.

Extensible, version 20160318, UID 1.2.840.10008.6.1.1117.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RTPreTreatmentDoseCheck: _Final[_groups.Cid702Code]
RTPreTreatmentConsistencyCheck: _Final[_groups.Cid702Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid702Code]]
