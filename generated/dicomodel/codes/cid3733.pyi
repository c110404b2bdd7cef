"""CID 3733 Primary Cause of Death.

Extensible, version 20030327, UID 1.2.840.10008.6.1.231.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Cardiac: _Final[_groups.Cid3733Code]
Neurologic: _Final[_groups.Cid3733Code]
Renal: _Final[_groups.Cid3733Code]
Vascular: _Final[_groups.Cid3733Code]
Infection: _Final[_groups.Cid3733Code]
Pulmonary: _Final[_groups.Cid3733Code]
Valvular: _Final[_groups.Cid3733Code]
Other: _Final[_groups.Cid3733Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3733Code]]
